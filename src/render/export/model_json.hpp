#pragma once
// `aimsdoc export json`: the checked model as versioned JSON for scripts (docs/formats.md,
// "Model export"). A new field is added without a version change; a field removed or
// changed in meaning raises kModelJsonVersion.
#include <string>

#include "render/build_view.hpp"

namespace aimsdoc {

inline constexpr int kModelJsonVersion = 1;

std::string render_model_json(const BuildView& view);

}  // namespace aimsdoc
