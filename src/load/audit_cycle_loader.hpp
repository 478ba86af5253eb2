#pragma once
// audits/**/*.yaml -> Audit (with its findings) and reviews/**/*.yaml -> ManagementReview.
// Shapes and values are checked here; references (requirements, owners, records) are
// joined by build_aims, and the programme rules run in check/audit_rules.cpp.
#include <filesystem>
#include <optional>
#include <string>

#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// `root` is also where an audit's report file is looked for; an empty root skips that check.
std::optional<Audit> load_audit(const std::filesystem::path& root, const std::string& relative,
                                Diagnostics& diags);
std::optional<ManagementReview> load_review(const std::filesystem::path& root,
                                            const std::string& relative, Diagnostics& diags);

}  // namespace aimsdoc
