#pragma once
// Evidence files are published as they are, but never as content a browser runs: an HTML,
// SVG or XML file (or any type a browser may sniff as one) opened from the portal would run
// its script at the portal's origin. Such a file is published under its name plus ".txt",
// which browsers and web servers show as plain text; its bytes and SHA-256 stay the same.
#include <string>
#include <string_view>

namespace aimsdoc {

// True when the file's extension (case ignored) is of a type browsers show without running
// anything in the page's origin: images other than SVG, PDF, plain text, CSV, JSON, office
// documents, archives, audio and video. Everything else, also an unknown or no extension,
// which a browser may sniff as HTML, is not.
bool renders_inertly(std::string_view file_name);

// `path` when it renders inertly, else `path` + ".txt".
std::string inert_name(std::string_view path);

}  // namespace aimsdoc
