#pragma once
// `aimsdoc init [DIR]`: a starter AIMS (site.yaml, a policy, one record per requirement of
// the built-in catalog); `aimsdoc new KIND ID`: one file from the theme's archetype.
// Neither ever overwrites a file. `aimsdoc schema`: the editor schemas init writes too.
#include <cxxopts.hpp>

namespace aimsdoc {

int run_init_command(const cxxopts::ParseResult& parsed);
int run_new_command(const cxxopts::ParseResult& parsed);
// `aimsdoc schema [--out DIR]`: the JSON Schemas of the YAML formats (schema_command.cpp).
int run_schema_command(const cxxopts::ParseResult& parsed);

}  // namespace aimsdoc
