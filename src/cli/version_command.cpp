#include "cli/version_command.hpp"

#include <iostream>

#include "cli/build_info.hpp"
#include "util/allocator.hpp"
#include "util/json.hpp"

namespace aimsdoc {

int run_version_command(const cxxopts::ParseResult& parsed) {
  if (!parsed.count("json")) {
    std::cout << "aimsdoc " << aimsdoc_version() << " (commit " << source_commit() << ")\n";
    return 0;
  }
  std::cout << "{\"name\":\"aimsdoc\",\"version\":" << json_string(aimsdoc_version())
            << ",\"commit\":" << json_string(source_commit())
            << ",\"installed_theme\":" << json_string(installed_theme_dir())
            << ",\"allocator\":" << json_string(allocator_name()) << ",\"libraries\":{";
  bool first = true;
  for (const auto& lib : library_versions()) {
    std::cout << (first ? "" : ",") << json_string(lib.name) << ":" << json_string(lib.version);
    first = false;
  }
  std::cout << "}}\n";
  return 0;
}

}  // namespace aimsdoc
