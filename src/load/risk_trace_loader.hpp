#pragma once
// systems/, risks/, assessments/ and objectives/ (**/*.yaml, one record per file) ->
// AiSystem, Risk, ImpactAssessment, Objective. References stay as written; build_aims
// resolves them. An impact assessment's report file is located and hashed here.
#include <filesystem>
#include <optional>
#include <string>

#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// `root` locates report files; an empty root skips file checks (tests).
std::optional<AiSystem> parse_system(const std::string& text, const std::string& path,
                                     Diagnostics& diags);
std::optional<Risk> parse_risk(const std::string& text, const std::string& path,
                               Diagnostics& diags);
std::optional<ImpactAssessment> parse_assessment(const std::string& text, const std::string& path,
                                                 const std::filesystem::path& root,
                                                 Diagnostics& diags);
std::optional<Objective> parse_objective(const std::string& text, const std::string& path,
                                         Diagnostics& diags);

// Reads the file root/relative and parses it as its folder's kind.
std::optional<AiSystem> load_system(const std::filesystem::path& root, const std::string& relative,
                                    Diagnostics& diags);
std::optional<Risk> load_risk(const std::filesystem::path& root, const std::string& relative,
                              Diagnostics& diags);
std::optional<ImpactAssessment> load_assessment(const std::filesystem::path& root,
                                                const std::string& relative, Diagnostics& diags);
std::optional<Objective> load_objective(const std::filesystem::path& root,
                                        const std::string& relative, Diagnostics& diags);

}  // namespace aimsdoc
