#pragma once
// Every cell format of the workbook, made once per workbook (libxlsxwriter formats belong
// to a workbook), so all sheets share one look.
#include <xlsxwriter.h>

#include "render/workbook/table.hpp"

namespace aimsdoc {

struct WorkbookFormats {
  lxw_format* header = nullptr;
  lxw_format* plain = nullptr;
  lxw_format* wrap = nullptr;
  lxw_format* centered = nullptr;
  lxw_format* date = nullptr;
  lxw_format* mono = nullptr;
  lxw_format* link = nullptr;
  // Summary sheet.
  lxw_format* title = nullptr;
  lxw_format* subtitle = nullptr;
  lxw_format* section = nullptr;
  lxw_format* label = nullptr;
  lxw_format* value = nullptr;
  lxw_format* paragraph = nullptr;
  // Conditional-format fills, by tone.
  lxw_format* good = nullptr;
  lxw_format* caution = nullptr;
  lxw_format* bad = nullptr;
  lxw_format* muted = nullptr;

  lxw_format* for_style(ColumnStyle s) const;
  lxw_format* for_tone(Tone t) const;
};

WorkbookFormats make_formats(lxw_workbook* wb);

// Colours shared by formats and the summary chart.
inline constexpr lxw_color_t kNavy = 0x1F3864;
inline constexpr lxw_color_t kGoodColor = 0x70AD47;
inline constexpr lxw_color_t kCautionColor = 0xFFC000;
inline constexpr lxw_color_t kInfoColor = 0x5B9BD5;
inline constexpr lxw_color_t kMutedColor = 0xA5A5A5;
inline constexpr lxw_color_t kBadColor = 0xC00000;

}  // namespace aimsdoc
