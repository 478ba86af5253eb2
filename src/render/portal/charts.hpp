#pragma once
// Numbers for the dashboard's inline SVG charts. Templates draw; this computes where each
// segment starts and how long it is, as percentages of the whole.
#include <string>
#include <vector>

#include "render/portal/mustache_data.hpp"

namespace aimsdoc::portal {

struct ChartSegment {
  std::string key;    // css class suffix: "implemented", "gap" ...
  std::string label;  // legend text
  std::size_t count = 0;
};

// {total, segments: [{key, label, count, percent, start, end, dash, gap, offset, shown}]}:
// start/end for stacked bars (viewBox width 100), dash/gap/offset for a donut whose circle
// has circumference 100. Empty segments stay in the legend but draw nothing (shown=false).
Data chart_data(const std::vector<ChartSegment>& segments);

}  // namespace aimsdoc::portal
