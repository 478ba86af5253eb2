#include "load/format_schema.hpp"

#include "util/json.hpp"
#include "util/paths.hpp"

namespace aimsdoc {
namespace {

// Writes JSON with two-space indents; each value is one call.
class JsonWriter {
 public:
  std::string text;

  void open(char bracket) {
    text += bracket;
    ++depth_;
    first_ = true;
  }
  void close(char bracket) {
    --depth_;
    if (!first_) newline();
    text += bracket;
    first_ = false;
  }
  void key(std::string_view k) {
    item();
    text += json_string(k) + ": ";
  }
  void element() { item(); }
  void raw(std::string_view v) { text += v; }
  void string(std::string_view v) { text += json_string(v); }

 private:
  void item() {
    if (!first_) text += ',';
    newline();
    first_ = false;
  }
  void newline() {
    text += '\n';
    text.append(static_cast<std::size_t>(depth_) * 2, ' ');
  }
  int depth_ = 0;
  bool first_ = true;
};

void write_fields(JsonWriter& w, const std::vector<FieldSpec>& fields);

void string_list(JsonWriter& w, const std::vector<std::string>& items) {
  w.open('[');
  for (const auto& s : items) {
    w.element();
    w.string(s);
  }
  w.close(']');
}

// A YAML scalar aimsdoc reads as text: unquoted, YAML gives numbers and booleans.
constexpr const char* kScalar = R"(["string", "number"])";

// "type": `json` (a JSON type name, quoted, or a list of them).
void type_is(JsonWriter& w, const char* json) {
  w.key("type");
  w.raw(json);
}

void write_type(JsonWriter& w, const FieldSpec& f) {
  switch (f.type) {
    case FieldType::Text:
    case FieldType::Markdown: type_is(w, R"("string")"); break;
    case FieldType::Id: type_is(w, kScalar); break;
    case FieldType::Date:
      type_is(w, R"("string")");
      w.key("pattern");
      w.string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
      break;
    case FieldType::Boolean: type_is(w, R"("boolean")"); break;
    case FieldType::Count:
      type_is(w, R"("integer")");
      w.key("minimum");
      w.raw("1");
      break;
    case FieldType::Object: write_fields(w, f.items); break;
    case FieldType::TextOrIds:
      type_is(w, R"(["string", "array"])");
      w.key("items");
      w.open('{');
      type_is(w, kScalar);
      w.close('}');
      break;
    case FieldType::IdList:
    case FieldType::TextList:
    case FieldType::ObjectList:
      type_is(w, R"("array")");
      w.key("items");
      w.open('{');
      if (f.type == FieldType::ObjectList)
        write_fields(w, f.items);
      else
        type_is(w, f.type == FieldType::IdList ? kScalar : R"("string")");
      w.close('}');
      break;
  }
  if (!f.values.empty()) {
    w.key("enum");
    string_list(w, f.values);
  }
}

void write_fields(JsonWriter& w, const std::vector<FieldSpec>& fields) {
  type_is(w, R"("object")");
  w.key("properties");
  w.open('{');
  std::vector<std::string> required;
  for (const auto& f : fields) {
    w.key(f.key);
    w.open('{');
    w.key("description");
    w.string(f.description);
    write_type(w, f);
    w.close('}');
    if (f.required) required.push_back(f.key);
  }
  w.close('}');
  if (!required.empty()) {
    w.key("required");
    string_list(w, required);
  }
  w.key("additionalProperties");
  w.raw("false");
}

}  // namespace

std::string schema_file_name(const FormatSpec& format) { return format.name + ".schema.json"; }

std::string json_schema(const FormatSpec& format) {
  JsonWriter w;
  w.open('{');
  w.key("$schema");
  w.string("http://json-schema.org/draft-07/schema#");
  w.key("title");
  w.string(format.title);
  write_fields(w, format.fields);
  w.close('}');
  return w.text + '\n';
}

std::string schema_comment(const FormatSpec& format, const std::string& file_path,
                           const std::string& schema_dir) {
  return "# yaml-language-server: $schema=" +
         relative_path(parent_dir(file_path), schema_dir + "/" + schema_file_name(format)) + "\n";
}

}  // namespace aimsdoc
