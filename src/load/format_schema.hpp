#pragma once
// JSON Schemas (draft-07) of the YAML input formats, generated from load/formats.hpp, the
// table the loaders read their keys from: editors (yaml-language-server) check and complete
// what aimsdoc would check.
#include <string>

#include "load/formats.hpp"

namespace aimsdoc {

// Where `init` puts the schemas, relative to the AIMS root.
inline constexpr const char* kSchemaDir = ".aimsdoc/schemas";

// File name of a format's schema: "record.schema.json".
std::string schema_file_name(const FormatSpec& format);

// The schema, as indented JSON ending in a newline. Unknown keys are refused (aimsdoc warns
// about them), and YAML's unquoted numbers are taken where aimsdoc reads an id ("4.1").
std::string json_schema(const FormatSpec& format);

// The comment yaml-language-server reads, for a file at `file_path` (relative to the AIMS
// root) whose schemas lie in `schema_dir` (relative to the root), ending in a newline.
std::string schema_comment(const FormatSpec& format, const std::string& file_path,
                           const std::string& schema_dir);

}  // namespace aimsdoc
