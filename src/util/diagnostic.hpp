#pragma once
// A finding from any stage: location, severity, stable rule id, actionable message.
// Stages return diagnostics as values; nothing prints until the CLI decides how.
#include <string>
#include <unordered_map>
#include <vector>

#include "util/source_location.hpp"

namespace aimsdoc {

enum class Severity { Error, Warning };

struct Diagnostic {
  SourceLocation location;
  Severity severity = Severity::Error;
  std::string rule;         // stable id, e.g. "coverage.evidence"
  std::string message;      // says what is wrong and what to do
  std::string requirement;  // requirement id the finding concerns, when there is one
};

// At most this many findings are kept per file; the rest are counted and reported as one
// summary finding [input.findings]: a file of a million broken references gives 200 lines,
// not gigabytes of messages.
inline constexpr std::size_t kMaxFindingsPerFile = 200;

class Diagnostics {
 public:
  void error(SourceLocation loc, std::string rule, std::string message,
             std::string requirement = {});
  void warning(SourceLocation loc, std::string rule, std::string message,
               std::string requirement = {});
  void add(Diagnostic d);
  void append(const Diagnostics& other);

  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t error_count() const;
  std::size_t warning_count() const;
  bool has_errors() const { return error_count() > 0; }

  // Path, then line, column, rule: the order a compiler prints in. Adds the summary of
  // each file's findings past kMaxFindingsPerFile.
  void sort();

 private:
  struct PerFile {
    std::size_t kept = 0, dropped_errors = 0, dropped_warnings = 0;
  };
  std::vector<Diagnostic> items_;
  std::unordered_map<std::string, PerFile> per_file_;
};

std::string format_diagnostic(const Diagnostic& d);
const char* severity_name(Severity s);

}  // namespace aimsdoc
