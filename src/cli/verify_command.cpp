#include "cli/verify_command.hpp"

#include <iostream>

#include "cli/options.hpp"
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

int run_verify_command(const std::vector<std::string>& args) {
  cxxopts::Options options("aimsdoc verify",
                           "Check a received portal (folder or zip) against its manifest and "
                           "signature.");
  options.add_options()
      ("portal", "portal folder or bundle zip", cxxopts::value<std::string>())
      ("pub", "the publisher's public key (minisign format)", cxxopts::value<std::string>());
  options.parse_positional({"portal"});
  options.positional_help("PORTAL_DIR_OR_ZIP");
  int exit_code = 0;
  auto parsed = parse_options(options, args, exit_code);
  if (!parsed) return exit_code;
  if (!parsed->count("portal")) {
    std::cerr << "aimsdoc: verify needs a portal folder or zip\n" << options.help();
    return 2;
  }
  std::optional<PublicKey> trusted;
  if (parsed->count("pub")) {
    std::string path = (*parsed)["pub"].as<std::string>(), error;
    auto text = read_file(path, &error);
    if (text) trusted = parse_public_key(*text, error);
    if (!trusted) {
      std::cerr << "aimsdoc: error: " << path << ": " << error << '\n';
      return 2;
    }
  }
  fs::path target = (*parsed)["portal"].as<std::string>();
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
