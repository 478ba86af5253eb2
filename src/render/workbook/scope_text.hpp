#pragma once
// Markdown (the scope statement) as plain paragraphs for spreadsheet cells: markup is
// dropped, soft line breaks become spaces, a list is one paragraph of "• item" lines and
// each table row becomes "Header: value; Header: value".
#include <string>
#include <string_view>
#include <vector>

namespace aimsdoc {

std::vector<std::string> markdown_paragraphs(std::string_view markdown);

}  // namespace aimsdoc
