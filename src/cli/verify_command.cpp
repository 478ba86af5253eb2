#include "cli/verify_command.hpp"

#include <iostream>

#include "output/verify_portal.hpp"
#include "util/paths.hpp"

namespace aimsdoc {
namespace {

namespace fs = std::filesystem;

bool is_zip(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

}  // namespace

int run_verify_command(const cxxopts::ParseResult& parsed) {
  std::optional<PublicKey> trusted;
  if (parsed.count("pub")) {
    std::string path = parsed["pub"].as<std::string>(), error;
    auto text = read_file(path, &error);
    if (text) trusted = parse_public_key(*text, error);
    if (!trusted) {
      std::cerr << "aimsdoc: error: " << path << ": " << error << '\n';
      return 2;
    }
  }
  fs::path target = parsed["portal"].as<std::string>();
  ReceivedPortal portal = is_zip(target) ? read_portal_zip(target) : read_portal_folder(target);
  if (!portal.error.empty()) {
    std::cerr << "aimsdoc: error: " << portal.error << '\n';
    return 2;
  }
  VerifyReport report = verify_portal(portal, trusted);
  for (const auto& p : report.problems) std::cout << p << '\n';
  for (const auto& n : report.notes) std::cout << "note: " << n << '\n';
  if (report.ok())
    std::cout << "VERIFIED: " << target.string() << ": all " << report.files_checked
              << " files match manifest.json\n";
  else
    std::cout << "NOT VERIFIED: " << target.string() << ": " << report.problems.size()
              << (report.problems.size() == 1 ? " problem\n" : " problems\n");
  return report.ok() ? 0 : 1;
}

}  // namespace aimsdoc
