#pragma once
// The one way a YAML record file (controls/, systems/, risks/, assessments/, objectives/,
// audits/, reviews/) becomes a record: parsed, an empty file reported [record.empty], its
// top-level mapping read against the kind's known keys, its location (at `id:`) and the
// digest of its text set; the kind's own fields are read by `fill`.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "load/source_files.hpp"
#include "load/yaml_reader.hpp"
#include "util/diagnostic.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {

// Nothing when the text is no YAML, empty, not a mapping, or the record has no usable id.
template <typename Record, typename Fill>
std::optional<Record> read_record_document(const std::string& text, const std::string& path,
                                           const std::vector<std::string>& keys, Diagnostics& diags,
                                           Fill fill) {
  YamlSource src{path, 0};
  auto doc = parse_yaml(text, src, diags);
  if (!doc) return std::nullopt;
  if (doc->IsNull()) {
    diags.error({path, 1, 1}, "record.empty", "record file is empty; it needs at least 'id:'");
    return std::nullopt;
  }
  MapReader r(*doc, src, diags, keys);
  if (!r.ok()) return std::nullopt;
  Record record;
  record.location = r.location_of("id");
  record.source_digest = sha256_hex(text);
  fill(r, record);
  if (record.id.empty()) return std::nullopt;
  return record;
}

// The file `relative` under `root` read as text (unreadable or not UTF-8: reported), then
// as read_record_document reads it.
template <typename Record, typename Fill>
std::optional<Record> load_record_file(const std::filesystem::path& root,
                                       const std::string& relative,
                                       const std::vector<std::string>& keys, Diagnostics& diags,
                                       Fill fill) {
  auto text = read_text_input(root, relative, diags);
  if (!text) return std::nullopt;
  return read_record_document<Record>(*text, relative, keys, diags, fill);
}

}  // namespace aimsdoc
