#pragma once
// A finding from any stage: location, severity, stable rule id, actionable message.
// Stages return diagnostics as values; nothing prints until the CLI decides how.
#include <string>
#include <vector>

#include "util/source_location.hpp"

namespace aimsdoc {

enum class Severity { Error, Warning };

struct Diagnostic {
  SourceLocation location;
  Severity severity = Severity::Error;
  std::string rule;     // stable id, e.g. "coverage.evidence"
  std::string message;  // says what is wrong and what to do
  std::string requirement;  // requirement id the finding concerns, when there is one
};

class Diagnostics {
 public:
  void error(SourceLocation loc, std::string rule, std::string message,
             std::string requirement = {});
  void warning(SourceLocation loc, std::string rule, std::string message,
               std::string requirement = {});
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void append(const Diagnostics& other);

  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t error_count() const;
  std::size_t warning_count() const;
  bool has_errors() const { return error_count() > 0; }

  // Path, then line, column, rule: the order a compiler prints in.
  void sort();

 private:
  std::vector<Diagnostic> items_;
};

std::string format_diagnostic(const Diagnostic& d);
const char* severity_name(Severity s);

}  // namespace aimsdoc
