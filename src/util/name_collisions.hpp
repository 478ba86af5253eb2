#pragma once
// Names that are different strings but the same name to a case-insensitive file system
// (macOS, Windows, most zip tools), to one that normalizes Unicode (macOS stores NFD), or to
// Excel's sheet names (unique ignoring case, non-ASCII included): "POL-1" and "pol-1",
// "Ä.pdf" and "A\u0308.pdf" written in NFD.
#include <string>
#include <string_view>

namespace aimsdoc {

// The same key for names that collide that way: the text in NFC, case-folded (full Unicode
// folding, so "Straße" and "STRASSE" share one), in NFC again. Text that is not UTF-8 is
// its own key.
std::string collision_key(std::string_view name);

}  // namespace aimsdoc
