#include "cli/bundle_command.hpp"

#include <iostream>

#include "cli/build_command.hpp"
#include "load/site_loader.hpp"
#include "output/bundle_zip.hpp"
#include "output/verify_portal.hpp"

namespace aimsdoc {
namespace {

namespace fs = std::filesystem;

// The portal's date, for every entry's timestamp: site.yaml's build date, or the epoch.
Date bundle_date(const fs::path& root) {
  Diagnostics ignored;
  auto site = load_site(root, ignored);
  return site.config.build_date.value_or(date_from_days(0));
}

}  // namespace

int run_bundle_command(const cxxopts::ParseResult& parsed) {
  BuildOptions options = build_options(parsed);
  const BuildRequest& req = options.request;
  int code = build_once(options);
  if (code != 0) {
    std::cerr << "aimsdoc: not bundling: the build "
              << (code == 1 ? "found gaps (--allow-gaps bundles a draft)" : "failed") << '\n';
    return code;
  }
  fs::path portal = planned_output_dir(req);
  fs::path folder = portal.lexically_normal();
  if (folder.filename().empty()) folder = folder.parent_path();  // "portal/" names "portal"
  fs::path zip = parsed.count("out") ? fs::path(parsed["out"].as<std::string>())
                                      : fs::path(folder.string() + ".zip");
  // Only what the manifest vouches for goes in, and only when it still matches.
  ReceivedPortal received = read_portal_folder(portal);
  VerifyReport report = verify_portal(received, std::nullopt);
  if (!received.error.empty() || !report.ok()) {
    for (const auto& p : report.problems) std::cerr << p << '\n';
    std::cerr << "aimsdoc: error: not bundling " << portal.string() << ": "
              << (received.error.empty() ? "it no longer matches its manifest" : received.error)
              << '\n';
    return 2;
  }
  std::string error;
  if (!write_bundle_zip(portal, received.files, zip, zip.stem().string(), bundle_date(req.root), error)) {
    std::cerr << "aimsdoc: error: " << error << '\n';
    return 2;
  }
  std::cerr << "bundled " << received.files.size() << " files into " << zip.string() << '\n';
  return 0;
}

}  // namespace aimsdoc
