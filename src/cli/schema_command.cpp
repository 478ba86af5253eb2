#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/init_command.hpp"
#include "load/format_schema.hpp"

namespace aimsdoc {

int run_schema_command(const cxxopts::ParseResult& parsed) {
  std::filesystem::path out = parsed["out"].as<std::string>();
  std::error_code ec;
  std::filesystem::create_directories(out, ec);
  for (const FormatSpec* format : all_formats()) {
    std::filesystem::path file = out / schema_file_name(*format);
    std::ofstream stream(file, std::ios::binary | std::ios::trunc);
    stream << json_schema(*format);
    if (!stream.flush()) {
      std::cerr << "aimsdoc: cannot write " << file.string() << '\n';
      return 2;
    }
    std::cout << "wrote " << file.string() << '\n';
  }
  return 0;
}

}  // namespace aimsdoc
