#pragma once
// controls/**/*.yaml -> RequirementRecord, with evidence files located, checked to stay
// inside the root, and hashed.
#include <filesystem>
#include <optional>
#include <string>

#include "load/file_hashes.hpp"
#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// `root` is where evidence paths are resolved; an empty root skips file checks (tests).
// `hashes`: evidence files whose hashes may be taken over (file_hashes.hpp).
std::optional<RequirementRecord> parse_record(const std::string& text, const std::string& path,
                                              const std::filesystem::path& root, Diagnostics& diags,
                                              const HashTakeOver& hashes = {});

// Checks that `ev.file` stays inside the root and exists, normalizes it and hashes the file
// into ev.sha256 and ev.size. A missing file is reported as what `role` says it is.
enum class EvidenceRole { Evidence, AssessmentReport };
void locate_evidence_file(EvidenceItem& ev, const SourceLocation& at,
                          const std::filesystem::path& root, Diagnostics& diags,
                          EvidenceRole role = EvidenceRole::Evidence,
                          const HashTakeOver& hashes = {});

std::optional<RequirementRecord> load_record(const std::filesystem::path& root,
                                             const std::string& relative, Diagnostics& diags,
                                             const HashTakeOver& hashes = {});

}  // namespace aimsdoc
