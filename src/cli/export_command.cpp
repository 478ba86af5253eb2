#include "cli/export_command.hpp"

#include <iostream>

#include "cli/options.hpp"
#include "cli/report_printer.hpp"
#include "pipeline.hpp"
#include "render/export/model_json.hpp"
#include "render/export/oscal.hpp"
#include "util/paths.hpp"

namespace aimsdoc {
namespace {

namespace fs = std::filesystem;

int write_outputs(const std::vector<std::pair<std::string, std::string>>& files,
                  const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  for (const auto& [name, text] : files) {
    std::string error;
    if (!write_file_atomically(dir / name, text, &error)) {
      std::cerr << "aimsdoc: error: cannot write " << error << '\n';
      return 2;
    }
    std::cerr << "wrote " << (dir / name).string() << '\n';
  }
  return 0;
}

}  // namespace

int run_export_command(const cxxopts::ParseResult& parsed) {
  std::string format = parsed["format"].as<std::string>();
  if (format == "oscal" && !parsed.count("out")) {
    std::cerr << "aimsdoc: export oscal needs --out DIR\n";
    return 2;
  }
  CheckedAims checked = load_and_check(parsed["root"].as<std::string>(), readiness_option(parsed));
  if (checked.unusable) {
    print_text_report(checked, std::cerr);
    return 2;
  }
  BuildView view{checked.aims, checked.report, checked.diagnostics, checked.theme, checked.root};
  if (format == "oscal") return write_outputs(render_oscal(view), parsed["out"].as<std::string>());
  std::string json = render_model_json(view);
  if (!parsed.count("out")) {
    std::cout << json;
    return 0;
  }
  fs::path out = parsed["out"].as<std::string>();
  return write_outputs({{out.filename().string(), json}},
                       out.parent_path().empty() ? "." : out.parent_path());
}

}  // namespace aimsdoc
