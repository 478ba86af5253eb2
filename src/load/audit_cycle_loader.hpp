#pragma once
// audits/**/*.yaml -> Audit (with its findings) and reviews/**/*.yaml -> ManagementReview.
// Shapes and values are checked here; references (requirements, owners, records) are
// joined by build_aims, and the programme rules run in check/audit_rules.cpp.
#include <filesystem>
#include <optional>
#include <string>

#include "model/aims.hpp"
#include "util/diagnostic.hpp"
#include "util/input_folders.hpp"

namespace aimsdoc {

// `root` is where the report file is looked for; an empty root skips that check (tests).
std::optional<Audit> parse_audit(const std::string& text, const std::string& path,
                                 const std::filesystem::path& root, Diagnostics& diags);
std::optional<ManagementReview> parse_review(const std::string& text, const std::string& path,
                                             Diagnostics& diags);

std::optional<Audit> load_audit(const std::filesystem::path& root, const std::string& relative,
                                Diagnostics& diags);
std::optional<ManagementReview> load_review(const std::filesystem::path& root,
                                            const std::string& relative, Diagnostics& diags);

}  // namespace aimsdoc
