#include "util/json_value.hpp"

#include "util/json.hpp"

namespace aimsdoc {

Json& Json::set(const std::string& key, Json value) {
  auto& members = std::get<Object>(value_);
  for (auto& [k, v] : members)
    if (k == key) return v = std::move(value);
  members.emplace_back(key, std::move(value));
  return members.back().second;
}

Json& Json::push(Json value) {
  auto& items = std::get<Array>(value_);
  items.push_back(std::move(value));
  return items.back();
}

bool Json::empty() const {
  if (auto* a = std::get_if<Array>(&value_)) return a->empty();
  if (auto* o = std::get_if<Object>(&value_)) return o->empty();
  return false;
}

std::string Json::dump() const {
  std::string out;
  dump_to(out, 0);
  return out + "\n";
}

void Json::dump_to(std::string& out, int indent) const {
  std::string pad(static_cast<std::size_t>(indent + 2), ' ');
  auto close = std::string(static_cast<std::size_t>(indent), ' ');
  if (std::holds_alternative<std::nullptr_t>(value_)) {
    out += "null";
  } else if (auto* b = std::get_if<bool>(&value_)) {
    out += *b ? "true" : "false";
  } else if (auto* n = std::get_if<std::int64_t>(&value_)) {
    out += std::to_string(*n);
  } else if (auto* s = std::get_if<std::string>(&value_)) {
    out += json_string(*s);
  } else if (auto* a = std::get_if<Array>(&value_)) {
    if (a->empty()) {
      out += "[]";
      return;
    }
    out += "[\n";
    for (std::size_t i = 0; i < a->size(); ++i) {
      out += pad;
      (*a)[i].dump_to(out, indent + 2);
      out += i + 1 < a->size() ? ",\n" : "\n";
    }
    out += close + "]";
  } else if (auto* o = std::get_if<Object>(&value_)) {
    if (o->empty()) {
      out += "{}";
      return;
    }
    out += "{\n";
    for (std::size_t i = 0; i < o->size(); ++i) {
      out += pad + json_string((*o)[i].first) + ": ";
      (*o)[i].second.dump_to(out, indent + 2);
      out += i + 1 < o->size() ? ",\n" : "\n";
    }
    out += close + "}";
  }
}

}  // namespace aimsdoc
