#pragma once
// cxxopts glue shared by the commands: parse or explain, never throw past here.
#include <cxxopts.hpp>
#include <optional>
#include <string>
#include <vector>

#include "model/aims.hpp"

namespace aimsdoc {

// Parses `args` (without the command word). On --help prints help and returns nullopt with
// `exit_code` 0; on a usage error prints it and returns nullopt with `exit_code` 2.
std::optional<cxxopts::ParseResult> parse_options(cxxopts::Options& options,
                                                  const std::vector<std::string>& args,
                                                  int& exit_code);

// --readiness draft|certification: false (usage error printed) when it names neither.
bool readiness_option(const cxxopts::ParseResult& parsed, std::optional<Readiness>& out);
inline constexpr const char* kReadinessHelp =
    "judge at this level instead of site.yaml's: draft (not implemented is a warning) or "
    "certification";

}  // namespace aimsdoc
