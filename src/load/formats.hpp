#pragma once
// The keys of every YAML input, with the type and meaning of each: the one table the
// loaders take their known keys from (for the unknown-key check) and `aimsdoc schema`
// turns into JSON Schemas for editors (yaml-language-server). A key added to a loader is
// added here, or the loader does not know it.
#include <initializer_list>
#include <string>
#include <vector>

namespace aimsdoc {

enum class FieldType {
  Text,      // a string
  Markdown,  // a string holding Markdown
  Id,        // a string (YAML may read an unquoted "4.1" as a number: both are taken)
  Date,      // YYYY-MM-DD
  Boolean,
  Count,       // a whole number >= 1
  IdList,      // a list of ids
  TextList,    // a list of strings
  ObjectList,  // a list of mappings, each of `items`
  Object,      // a mapping of `items`
  TextOrIds,   // a Markdown string, or a list of ids
};

struct FieldSpec {
  std::string key;
  FieldType type = FieldType::Text;
  bool required = false;
  std::string description;
  std::vector<std::string> values;  // the only values allowed, when not empty
  std::vector<FieldSpec> items;     // the keys of an Object, or of each ObjectList element
};

// A row of the tables; `values` are the only ones allowed, when given.
FieldSpec field(std::string key, FieldType type, bool required, std::string description,
                std::vector<std::string> values = {});

// The words of an enum's `values` by `name`: value_names({L::Design, ...}, lifecycle_name).
template <typename Enum, typename Name>
std::vector<std::string> value_names(std::initializer_list<Enum> values, Name name) {
  std::vector<std::string> out;
  for (Enum v : values) out.push_back(name(v));
  return out;
}

// One input format: a mapping with these keys.
struct FormatSpec {
  std::string name;  // file stem of its schema: "site", "policy", "record"
  std::string title;
  std::vector<FieldSpec> fields;
};

const FormatSpec& site_format();    // site.yaml
const FormatSpec& policy_format();  // a policy's front matter
const FormatSpec& record_format();  // controls/<id>.yaml
const FormatSpec& audit_format();   // audits/**/*.yaml
const FormatSpec& review_format();  // reviews/**/*.yaml
// The management system's records (risk_trace_formats.cpp).
const FormatSpec& system_format();      // systems/**/*.yaml
const FormatSpec& risk_format();        // risks/**/*.yaml
const FormatSpec& assessment_format();  // assessments/**/*.yaml
const FormatSpec& objective_format();   // objectives/**/*.yaml
// site.yaml's `risk:`, `system_risk_classes:`, `assessment_review_days:`.
std::vector<FieldSpec> risk_site_fields();
// Every format, in the order of their schemas.
std::vector<const FormatSpec*> all_formats();

// The keys of `fields`, for MapReader's unknown-key check.
std::vector<std::string> keys_of(const std::vector<FieldSpec>& fields);
// The keys of field `key` (an Object, or each element of an ObjectList) of `format`.
const std::vector<FieldSpec>& items_of(const std::vector<FieldSpec>& fields,
                                       const std::string& key);
const std::vector<FieldSpec>& items_of(const FormatSpec& format, const std::string& key);

}  // namespace aimsdoc
