#include "render/portal/remembered_words.hpp"

#include <limits>

#include "util/fields.hpp"

namespace aimsdoc::portal {
namespace {

constexpr std::uint32_t kUnmapped = std::numeric_limits<std::uint32_t>::max();

// Numbers as base-128 varints: most vocabularies need one or two bytes a word.
void put_varint(std::string& out, std::uint32_t n) {
  while (n >= 0x80) {
    out += static_cast<char>(0x80 | (n & 0x7F));
    n >>= 7;
  }
  out += static_cast<char>(n);
}

}  // namespace

std::string words_note(const std::vector<std::pair<std::string, const EntryWords*>>& named) {
  std::unordered_map<const WordTable*, std::vector<std::uint32_t>> numbers;  // local id -> note's
  std::string vocabulary, entries;
  std::uint32_t words = 0;
  for (const auto& [name, w] : named) {
    if (!w->table) continue;
    auto& map = numbers[w->table];
    map.resize(w->table->size(), kUnmapped);
    std::string ids;
    for (std::uint32_t local : w->ids) {
      if (map[local] == kUnmapped) {
        map[local] = words++;
        if (!vocabulary.empty()) vocabulary += ' ';
        vocabulary += w->table->word(local);
      }
      put_varint(ids, map[local]);
    }
    put_field(entries, name);
    put_field(entries, ids);
  }
  std::string note;
  put_field(note, std::to_string(words));
  put_field(note, vocabulary);
  put_field(note, std::to_string(named.size()));
  return note + entries;
}

RememberedWords::RememberedWords(const std::string* note) {
  if (!note) return;
  std::string_view in = *note;
  auto words = take_number(in);
  auto vocabulary = take_field(in);
  auto entries = take_number(in);
  if (!words || !vocabulary || !entries) return;
  for (std::size_t from = 0; *words > 0 && from <= vocabulary->size();) {
    auto space = vocabulary->find(' ', from);
    if (space == std::string_view::npos) space = vocabulary->size();
    vocabulary_.push_back(vocabulary->substr(from, space - from));
    from = space + 1;
  }
  if (vocabulary_.size() != *words) {
    vocabulary_.clear();
    return;
  }
  for (std::size_t i = 0; i < *entries; ++i) {
    auto name = take_field(in), ids = take_field(in);
    if (!name || !ids) {
      ids_.clear();
      return;
    }
    ids_.emplace(*name, *ids);
  }
}

std::optional<EntryWords> RememberedWords::words(const std::string& name, WordTable& table,
                                                 std::vector<std::uint32_t>& numbering) const {
  auto it = ids_.find(name);
  if (it == ids_.end()) return std::nullopt;
  numbering.resize(vocabulary_.size(), kUnmapped);
  EntryWords out{&table, {}};
  std::uint32_t n = 0;
  int shift = 0;
  for (char c : it->second) {
    auto byte = static_cast<unsigned char>(c);
    n |= static_cast<std::uint32_t>(byte & 0x7F) << shift;
    shift += 7;
    if (byte & 0x80) continue;
    if (n >= vocabulary_.size() || shift > 35) return std::nullopt;
    if (numbering[n] == kUnmapped) numbering[n] = table.id(vocabulary_[n]);
    out.ids.push_back(numbering[n]);
    n = 0;
    shift = 0;
  }
  if (shift != 0) return std::nullopt;
  return out;
}

}  // namespace aimsdoc::portal
