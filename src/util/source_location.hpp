#pragma once
// Where a fact came from: a repo-relative path plus 1-based line and column (0 = unknown).
#include <string>

namespace aimsdoc {

struct SourceLocation {
  std::string path;
  int line = 0;
  int column = 0;

  std::string to_string() const;
  friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

}  // namespace aimsdoc
