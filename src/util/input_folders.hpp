#pragma once
// The folders of an AIMS whose every file is an input (listed, loaded, fingerprinted for
// the no-op rebuild, kept out of the output folder). A record kind adds its folder here.
#include <array>
#include <string_view>

namespace aimsdoc {

inline constexpr std::string_view kPolicyFolder = "content";
inline constexpr std::string_view kControlFolder = "controls";
inline constexpr std::string_view kSystemFolder = "systems";
inline constexpr std::string_view kRiskFolder = "risks";
inline constexpr std::string_view kAssessmentFolder = "assessments";
inline constexpr std::string_view kObjectiveFolder = "objectives";

inline constexpr std::array kListedFolders = {kPolicyFolder,  kControlFolder, kSystemFolder,
                                              kRiskFolder,    kAssessmentFolder,
                                              kObjectiveFolder};

}  // namespace aimsdoc
