#include "render/workbook/workbook_formats.hpp"

namespace aimsdoc {
namespace {

constexpr lxw_color_t kGridColor = 0xBFBFBF;

// A table body cell: top-aligned (rows grow with wrapped neighbours) with a light grid.
lxw_format* body_format(lxw_workbook* wb) {
  lxw_format* f = workbook_add_format(wb);
  format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(f, LXW_BORDER_THIN);
  format_set_border_color(f, kGridColor);
  return f;
}

lxw_format* header_format(lxw_workbook* wb) {
  lxw_format* f = workbook_add_format(wb);
  format_set_bold(f);
  format_set_font_color(f, LXW_COLOR_WHITE);
  format_set_bg_color(f, kNavy);
  format_set_text_wrap(f);
  format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border(f, LXW_BORDER_THIN);
  format_set_border_color(f, kGridColor);
  return f;
}

// Conditional formats (dxf): a fill and a darker font of the same hue.
lxw_format* tone_format(lxw_workbook* wb, lxw_color_t fill, lxw_color_t font) {
  lxw_format* f = workbook_add_format(wb);
  format_set_bg_color(f, fill);
  format_set_font_color(f, font);
  return f;
}

void add_body_formats(lxw_workbook* wb, WorkbookFormats& f) {
  f.plain = body_format(wb);
  f.wrap = body_format(wb);
  format_set_text_wrap(f.wrap);
  f.centered = body_format(wb);
  format_set_align(f.centered, LXW_ALIGN_CENTER);
  f.date = body_format(wb);
  format_set_align(f.date, LXW_ALIGN_CENTER);
  format_set_num_format(f.date, "yyyy-mm-dd");
  f.mono = body_format(wb);
  format_set_font_name(f.mono, "Consolas");
  format_set_font_size(f.mono, 9);
  f.link = body_format(wb);
  format_set_underline(f.link, LXW_UNDERLINE_SINGLE);
  format_set_font_color(f.link, 0x0563C1);
  format_set_text_wrap(f.link);
}

void add_summary_formats(lxw_workbook* wb, WorkbookFormats& f) {
  f.title = workbook_add_format(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 18);
  format_set_font_color(f.title, kNavy);
  f.subtitle = workbook_add_format(wb);
  format_set_font_size(f.subtitle, 12);
  format_set_font_color(f.subtitle, 0x595959);
  f.section = workbook_add_format(wb);
  format_set_bold(f.section);
  format_set_font_size(f.section, 13);
  format_set_font_color(f.section, kNavy);
  format_set_bottom(f.section, LXW_BORDER_MEDIUM);
  format_set_bottom_color(f.section, kNavy);
  f.label = workbook_add_format(wb);
  format_set_bold(f.label);
  format_set_align(f.label, LXW_ALIGN_VERTICAL_TOP);
  f.value = workbook_add_format(wb);
  format_set_align(f.value, LXW_ALIGN_LEFT);
  format_set_align(f.value, LXW_ALIGN_VERTICAL_TOP);
  f.paragraph = workbook_add_format(wb);
  format_set_text_wrap(f.paragraph);
  format_set_align(f.paragraph, LXW_ALIGN_VERTICAL_TOP);
}

}  // namespace

WorkbookFormats make_formats(lxw_workbook* wb) {
  WorkbookFormats f;
  f.header = header_format(wb);
  add_body_formats(wb, f);
  add_summary_formats(wb, f);
  f.good = tone_format(wb, 0xC6EFCE, 0x006100);
  f.caution = tone_format(wb, 0xFFEB9C, 0x9C5700);
  f.bad = tone_format(wb, 0xFFC7CE, 0x9C0006);
  f.muted = tone_format(wb, 0xEDEDED, 0x595959);
  return f;
}

lxw_format* WorkbookFormats::for_style(ColumnStyle s) const {
  switch (s) {
    case ColumnStyle::Plain: return plain;
    case ColumnStyle::Wrap: return wrap;
    case ColumnStyle::Centered: return centered;
    case ColumnStyle::Date: return date;
    case ColumnStyle::Mono: return mono;
  }
  return plain;
}

lxw_format* WorkbookFormats::for_tone(Tone t) const {
  switch (t) {
    case Tone::Good: return good;
    case Tone::Caution: return caution;
    case Tone::Bad: return bad;
    case Tone::Muted: return muted;
  }
  return bad;
}

}  // namespace aimsdoc
