#pragma once
// The values templates see. kainjow::mustache HTML-escapes every {{variable}}; only
// {{{triple}}} variables holding HTML that cmark-gfm or a template produced are unescaped.
#include <kainjow/mustache.hpp>

#include <string>

namespace aimsdoc::portal {

using Data = kainjow::mustache::data;
using Object = kainjow::mustache::object;
using List = kainjow::mustache::list;

inline Data number(std::size_t n) { return Data(std::to_string(n)); }
inline Data flag(bool b) { return Data(b); }
// Mustache treats every string, even "", as true: an empty optional value becomes false so
// that {{#value}}...{{/value}} leaves it out (and {{value}} still prints nothing).
inline Data opt(const std::string& s) { return s.empty() ? Data(false) : Data(s); }

// Sets `name` to the list and `has_<name>` to whether it has items, so a template can draw
// a table's head and foot only around a non-empty list.
inline void set_list(Data& data, const std::string& name, const List& list) {
  data.set(name, list);
  data.set("has_" + name, flag(!list.empty()));
}

}  // namespace aimsdoc::portal
