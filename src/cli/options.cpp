#include "cli/options.hpp"

#include <iostream>
#include "util/text.hpp"

namespace aimsdoc {

std::optional<cxxopts::ParseResult> parse_options(cxxopts::Options& options,
                                                  const std::vector<std::string>& args,
                                                  int& exit_code) {
  options.add_options()("h,help", "show this help");
  std::vector<const char*> argv{"aimsdoc"};
  for (const auto& a : args) argv.push_back(a.c_str());
  try {
    auto result = options.parse(static_cast<int>(argv.size()), argv.data());
    if (result.count("help")) {
      std::cout << options.help();
      exit_code = 0;
      return std::nullopt;
    }
    if (!result.unmatched().empty()) {
      std::cerr << "aimsdoc: unexpected argument '" << one_line(result.unmatched().front()) << "'\n";
      exit_code = 2;
      return std::nullopt;
    }
    return result;
  } catch (const cxxopts::exceptions::exception& e) {
    std::cerr << "aimsdoc: " << one_line(e.what()) << "\n" << options.help();
    exit_code = 2;
    return std::nullopt;
  }
}

}  // namespace aimsdoc
