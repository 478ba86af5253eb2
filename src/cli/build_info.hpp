#pragma once
// What this binary is: its version, the commit it was built from and the libraries it
// links, for `aimsdoc --version` and `aimsdoc version --json`. The commit is taken when
// the build is configured (cmake), so the same source gives the same binary.
#include <string>
#include <string_view>
#include <vector>

namespace aimsdoc {

struct LibraryVersion {
  std::string name;
  std::string version;
};

std::string_view aimsdoc_version();
// The full commit id, or "unknown" when built outside git (AIMSDOC_COMMIT overrides).
std::string_view source_commit();
std::vector<LibraryVersion> library_versions();
// Where `cmake --install` put a copy of the default theme (the binary embeds its own).
std::string installed_theme_dir();
std::string installed_doc_dir();  // where it put README.md

}  // namespace aimsdoc
