#pragma once
// The values templates see. kainjow::mustache HTML-escapes every {{variable}}; only
// {{{triple}}} variables holding HTML that cmark-gfm or a template produced are unescaped.
//
// kainjow's data copies deeply on every set() and push_back() (it has no moving insert),
// and its object type is filled from an initializer list, copied once more: building a
// page copied each value three or four times, a fifth of a large build. The helpers here
// move values into place instead: Object{{"key", value}, ...}, put() and set_list() build
// each value once; a List given to them by rvalue is taken over, not copied (list_data).
#include <kainjow/mustache.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>

#include "util/date.hpp"

namespace aimsdoc::portal {

using Data = kainjow::mustache::data;
using List = kainjow::mustache::list;

// A list for the templates that takes over `items`. kainjow only copies a list in
// (basic_data(const list&)); but list_value() refers to the list the data owns, an object
// that is not const, so moving the items into it through const_cast is well defined.
inline Data list_data(List&& items) {
  Data out(Data::type::list);
  const_cast<List&>(out.list_value()) = std::move(items);
  return out;
}

// A string for the templates that takes over `text` (kainjow only copies a string in; as
// with list_data, the string it owns is not const). Hrefs, dates and the page's content
// are built for the page and moved, not copied.
inline Data text_data(std::string&& text) {
  Data out(Data::type::string);
  const_cast<std::string&>(out.string_value()) = std::move(text);
  return out;
}

// Sets `name` in object `data` to `value` (a string, bool, Data or List), moving Data in.
template <typename Value>
void put(Data& data, const std::string& name, Value&& value) {
  data[name] = Data(std::forward<Value>(value));
}
inline void put(Data& data, const std::string& name, List&& list) {
  data[name] = list_data(std::move(list));
}
inline void put(Data& data, const std::string& name, std::string&& text) {
  data[name] = text_data(std::move(text));
}

// One {"key", value} of an Object. The value is built here; `mutable` lets Object move it
// out of the (const) initializer list.
struct Field {
  template <typename Value>
  Field(const char* k, Value&& v) : key(k), value(std::forward<Value>(v)) {}
  Field(const char* k, List&& list) : key(k), value(list_data(std::move(list))) {}
  Field(const char* k, std::string&& text) : key(k), value(text_data(std::move(text))) {}
  const char* key;
  mutable Data value;
};

// An object for the templates, written like kainjow's: Object{{"id", p.id}, {"n", number(3)}}.
class Object {
 public:
  Object(std::initializer_list<Field> fields) {
    for (const Field& f : fields) data_[f.key] = std::move(f.value);
  }
  operator Data() && { return std::move(data_); }  // NOLINT: used as a Data

 private:
  Data data_;
};

inline Data number(std::size_t n) { return text_data(std::to_string(n)); }
inline Data flag(bool b) { return Data(b); }
// Mustache treats every string, even "", as true: an empty optional value becomes false so
// that {{#value}}...{{/value}} leaves it out (and {{value}} still prints nothing).
inline Data opt(const std::string& s) { return s.empty() ? Data(false) : Data(s); }
inline Data opt(std::string&& s) { return s.empty() ? Data(false) : text_data(std::move(s)); }
// A date as YYYY-MM-DD, false when there is none (or it is invalid).
inline Data opt(const std::optional<Date>& d) { return opt(d ? d->to_string() : std::string()); }

// Sets `name` to the list and `has_<name>` to whether it has items, so a template can draw
// a table's head and foot only around a non-empty list.
inline void set_list(Data& data, const std::string& name, List list) {
  data["has_" + name] = Data(!list.empty());
  data[name] = list_data(std::move(list));
}

}  // namespace aimsdoc::portal
