#pragma once
// Each policy's search words as the previous build found them, kept in one note
// (FileSink::remember) as a vocabulary and, per policy, numbers into it: an unchanged
// policy (policy_body.hpp) gets its words without its text being read again, and the
// note is a fifth the size of the words written out per policy.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "render/portal/search_index.hpp"

namespace aimsdoc::portal {

inline constexpr const char* kWordsNote = "search-words";

// The note for the next build: `named` pairs a policy's name with its words.
std::string words_note(const std::vector<std::pair<std::string, const EntryWords*>>& named);

class RememberedWords {
 public:
  // Reads a note made by words_note(); a missing or damaged note remembers nothing.
  explicit RememberedWords(const std::string* note);

  // The words remembered under `name`, numbered in `table`; nullopt when there are none.
  // `numbering` maps the note's vocabulary to `table`: one per table, filled as it goes.
  std::optional<EntryWords> words(const std::string& name, WordTable& table,
                                  std::vector<std::uint32_t>& numbering) const;

 private:
  std::vector<std::string_view> vocabulary_;
  std::unordered_map<std::string_view, std::string_view> ids_;  // name -> encoded numbers
};

}  // namespace aimsdoc::portal
