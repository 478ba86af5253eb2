#pragma once
// systems/, risks/, assessments/ and objectives/ (**/*.yaml, one record per file) ->
// AiSystem, Risk, ImpactAssessment, Objective. References stay as written; build_aims
// resolves them. An impact assessment's report file is located and hashed here.
#include <filesystem>
#include <optional>
#include <string>

#include "load/file_hashes.hpp"
#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// Reads the file root/relative as its folder's kind. `root` also locates an assessment's
// report file; an empty root skips that check.
std::optional<AiSystem> load_system(const std::filesystem::path& root, const std::string& relative,
                                    Diagnostics& diags);
std::optional<Risk> load_risk(const std::filesystem::path& root, const std::string& relative,
                              Diagnostics& diags);
// `hashes`: reports whose hashes may be taken over (file_hashes.hpp).
std::optional<ImpactAssessment> load_assessment(const std::filesystem::path& root,
                                                const std::string& relative, Diagnostics& diags,
                                                const HashTakeOver& hashes = {});
std::optional<Objective> load_objective(const std::filesystem::path& root,
                                        const std::string& relative, Diagnostics& diags);

}  // namespace aimsdoc
