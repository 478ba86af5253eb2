#include "util/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace aimsdoc {

std::string SourceLocation::to_string() const {
  std::string out = path.empty() ? std::string("aimsdoc") : path;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  return out;
}

void Diagnostics::error(SourceLocation loc, std::string rule, std::string message,
                        std::string requirement) {
  items_.push_back({std::move(loc), Severity::Error, std::move(rule), std::move(message),
                    std::move(requirement)});
}

void Diagnostics::warning(SourceLocation loc, std::string rule, std::string message,
                          std::string requirement) {
  items_.push_back({std::move(loc), Severity::Warning, std::move(rule), std::move(message),
                    std::move(requirement)});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::size_t Diagnostics::error_count() const {
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

std::size_t Diagnostics::warning_count() const { return items_.size() - error_count(); }

void Diagnostics::sort() {
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

std::string format_diagnostic(const Diagnostic& d) {
  return d.location.to_string() + ": " + severity_name(d.severity) + ": " + d.message + " [" +
         d.rule + "]";
}

}  // namespace aimsdoc
