#include "render/portal/charts.hpp"

#include <cstdio>

namespace aimsdoc::portal {
namespace {

std::string fixed2(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

}  // namespace

Data chart_data(const std::vector<ChartSegment>& segments) {
  std::size_t total = 0;
  for (const auto& s : segments) total += s.count;
  List list;
  double start = 0;
  for (const auto& s : segments) {
    double pct = total ? 100.0 * static_cast<double>(s.count) / static_cast<double>(total) : 0;
    list.push_back(Object{{"key", s.key},
                          {"label", s.label},
                          {"count", std::to_string(s.count)},
                          {"percent", std::to_string(static_cast<int>(pct + 0.5))},
                          {"start", fixed2(start)},
                          {"width", fixed2(pct)},
                          {"dash", fixed2(pct)},
                          {"gap", fixed2(100 - pct)},
                          // Donuts start at 12 o'clock: SVG circles start at 3 o'clock.
                          {"offset", fixed2(25 - start)},
                          {"shown", flag(s.count > 0)}});
    start += pct;
  }
  return Object{
      {"total", std::to_string(total)}, {"segments", std::move(list)}, {"empty", flag(total == 0)}};
}

}  // namespace aimsdoc::portal
