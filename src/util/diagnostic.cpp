#include "util/diagnostic.hpp"

#include <algorithm>
#include <tuple>

#include "util/text.hpp"

namespace aimsdoc {

std::string SourceLocation::to_string() const {
  std::string out = path.empty() ? std::string("aimsdoc") : path;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  return out;
}

namespace {
constexpr const char* kSummaryRule = "input.findings";
}

void Diagnostics::add(Diagnostic d) {
  PerFile& file = per_file_[d.location.path];
  if (file.kept < kMaxFindingsPerFile) {
    ++file.kept;
    items_.push_back(std::move(d));
  } else {
    ++(d.severity == Severity::Error ? file.dropped_errors : file.dropped_warnings);
  }
}

void Diagnostics::error(SourceLocation loc, std::string rule, std::string message,
                        std::string requirement) {
  add({std::move(loc), Severity::Error, std::move(rule), std::move(message),
       std::move(requirement)});
}

void Diagnostics::warning(SourceLocation loc, std::string rule, std::string message,
                          std::string requirement) {
  add({std::move(loc), Severity::Warning, std::move(rule), std::move(message),
       std::move(requirement)});
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& d : other.items_)
    if (d.rule != kSummaryRule) add(d);
  for (const auto& [path, counts] : other.per_file_) {
    PerFile& file = per_file_[path];
    file.dropped_errors += counts.dropped_errors;
    file.dropped_warnings += counts.dropped_warnings;
  }
}

std::size_t Diagnostics::error_count() const {
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

std::size_t Diagnostics::warning_count() const { return items_.size() - error_count(); }

void Diagnostics::sort() {
  // The summaries are made again from the counts, which later findings may have raised.
  items_.erase(std::remove_if(items_.begin(), items_.end(),
                              [](const Diagnostic& d) { return d.rule == kSummaryRule; }),
               items_.end());
  Diagnostics summaries;  // not subject to the limit they report
  for (const auto& [path, file] : per_file_) {
    std::size_t dropped = file.dropped_errors + file.dropped_warnings;
    if (dropped == 0) continue;
    std::string message =
        std::to_string(dropped) + " more findings in this file are not shown (at most " +
        std::to_string(kMaxFindingsPerFile) + " per file are); fix those shown and check again";
    if (file.dropped_errors > 0)
      summaries.error({path, 0, 0}, "input.findings", message);
    else
      summaries.warning({path, 0, 0}, "input.findings", message);
  }
  items_.insert(items_.end(), summaries.items_.begin(), summaries.items_.end());
  auto key = [](const Diagnostic& d) {
    return std::tie(d.location.path, d.location.line, d.location.column, d.rule, d.message);
  };
  std::stable_sort(items_.begin(), items_.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  items_.erase(std::unique(items_.begin(), items_.end(),
                           [&](const Diagnostic& a, const Diagnostic& b) {
                             return key(a) == key(b) && a.severity == b.severity;
                           }),
               items_.end());
}

const char* severity_name(Severity s) { return s == Severity::Error ? "error" : "warning"; }

// Paths and messages quote file names and values from the input: escaped, so a finding
// is one line whatever they hold.
std::string format_diagnostic(const Diagnostic& d) {
  return one_line(d.location.to_string()) + ": " + severity_name(d.severity) + ": " +
         one_line(d.message) + " [" + d.rule + "]";
}

}  // namespace aimsdoc
