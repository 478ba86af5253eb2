#pragma once
// The folders of an AIMS whose every file is an input (listed, loaded, fingerprinted for
// the no-op rebuild, kept out of the output folder). A record kind adds its folder here.
#include <array>

namespace aimsdoc {

inline constexpr const char* kPolicyFolder = "content";
inline constexpr const char* kControlFolder = "controls";
inline constexpr const char* kSystemFolder = "systems";
inline constexpr const char* kRiskFolder = "risks";
inline constexpr const char* kAssessmentFolder = "assessments";
inline constexpr const char* kObjectiveFolder = "objectives";
inline constexpr const char* kAuditsDir = "audits";
inline constexpr const char* kReviewsDir = "reviews";

inline constexpr std::array kListedFolders = {kPolicyFolder, kControlFolder,    kSystemFolder,
                                              kRiskFolder,   kAssessmentFolder, kObjectiveFolder,
                                              kAuditsDir,    kReviewsDir};

}  // namespace aimsdoc
