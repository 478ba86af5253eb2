#pragma once
// What a renderer's output is a function of, short of the policies' bodies: the model's
// inputs (model_digest.hpp) and the findings, whose locations can move when only a body
// changed. A renderer adds its own inputs (theme, link table) and its output path, and
// hands the result to the sink as FileKeys::inputs: an unchanged page is then taken over
// without building its data at all.
#include <string>

#include "render/build_view.hpp"

namespace aimsdoc {

std::string view_digest(const BuildView& view);

// The key of one output file: `parts` in order, each length-prefixed.
std::string inputs_key(std::initializer_list<std::string_view> parts);

}  // namespace aimsdoc
