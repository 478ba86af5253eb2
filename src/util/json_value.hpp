#pragma once
// A JSON document built in memory and printed with a fixed layout (two-space indent, keys
// in insertion order), for the exports: the same model always prints the same bytes.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace aimsdoc {

class Json {
 public:
  using Array = std::vector<Json>;
  using Object = std::vector<std::pair<std::string, Json>>;

  Json() : value_(nullptr) {}
  Json(std::nullptr_t) : value_(nullptr) {}
  Json(bool b) : value_(b) {}
  Json(int n) : value_(static_cast<std::int64_t>(n)) {}
  Json(std::int64_t n) : value_(n) {}
  Json(std::uint64_t n) : value_(static_cast<std::int64_t>(n)) {}
  Json(std::string s) : value_(std::move(s)) {}
  Json(const char* s) : value_(std::string(s)) {}

  static Json array() {
    Json j;
    j.value_ = Array{};
    return j;
  }
  static Json object() {
    Json j;
    j.value_ = Object{};
    return j;
  }

  // On an object: adds (or, for an existing key, replaces) a member; returns it.
  Json& set(const std::string& key, Json value);
  // On an array: appends; returns the new element.
  Json& push(Json value);
  bool empty() const;  // an empty array or object

  std::string dump() const;  // ends with a newline

 private:
  void dump_to(std::string& out, int indent) const;
  std::variant<std::nullptr_t, bool, std::int64_t, std::string, Array, Object> value_;
};

}  // namespace aimsdoc
