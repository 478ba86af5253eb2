#pragma once
// The search box's index, written as a script (assets/search-index.js) rather than JSON:
// browsers refuse fetch() of local files, and the portal must search from an unzipped
// copy opened via file://.
//
// It is an inverted index, so that each word is written once however many entries hold
// it (10,000 policies of 1000 words: 2 MB instead of 23 MB with a word list per entry):
//   window.AIMSDOC_SEARCH_INDEX = [[kind, id, title, url], ...];      the entries
//   window.AIMSDOC_SEARCH_WORDS = {"words": [w, ...], "entries": [p, ...]};
// words sorted, entries[k] the entry numbers holding words[k], encoded in the characters
// A-Z a-z 0-9 - _ (values 0-63): either the gaps between ascending entry numbers (the
// first counted from -1), each gap written 5 bits per character, most significant first,
// values 32-63 meaning "more characters follow"; or, when shorter (words most entries
// hold), "~" and a bitmap, character i holding entries 6i..6i+5 in its bits 0..5.
// themes/default/assets/portal.js decodes it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace aimsdoc::portal {

// Numbers the distinct words one thread meets, so an entry's words are a list of small
// numbers and the index is built without hashing every word again. Not thread-safe: one
// table per rendering thread.
class WordTable {
 public:
  std::uint32_t id(std::string_view word);
  std::uint32_t id(std::string_view word, std::uint32_t hash);  // a test's own hash
  // `word` followed by at least eight zero bytes, in a buffer of at least sixteen
  // (WordCollector's): no copy.
  std::uint32_t id_padded(const char* word, std::size_t size);
  const std::string& word(std::uint32_t id) const { return words_[id]; }
  std::size_t size() const { return words_.size(); }

 private:
  // Open addressing on a power-of-two table of {hash, id + 1} (0: empty): one probe for
  // most words, no allocation per lookup. Every word of every policy goes through here.
  // `head`, `tail`: the word's first 16 bytes, zero-padded. Words hold no zero byte, so
  // for words of up to 16 bytes equal heads and tails mean equal words: most lookups
  // never read words_ (a cache miss and a memcmp call each) nor branch on the length.
  struct Slot {
    std::uint32_t hash = 0, id_plus_one = 0;
    std::uint64_t head = 0, tail = 0;  // the word's bytes 0-7 and 8-15, zero-padded
  };
  std::uint32_t find_or_add(const char* padded_word, std::size_t size, std::uint32_t hash);
  void grow();
  std::vector<Slot> slots_ = std::vector<Slot>(1024);
  std::vector<std::string> words_;
};

// The words of one entry, by their number in `table`.
struct EntryWords {
  const WordTable* table = nullptr;
  std::vector<std::uint32_t> ids;  // distinct, in order of first appearance
};

// Splits text into words: runs of ASCII letters and digits and of non-ASCII bytes,
// ASCII lower-cased; words of three or more bytes count, each once, at most `limit`.
// Text may come in pieces; boundary() ends a word between pieces (block boundaries).
class WordCollector {
 public:
  WordCollector(WordTable& table, std::size_t limit = 2000);
  void feed(std::string_view text);
  void feed(const char* text);  // NUL-terminated (cmark's literals): no strlen first
  void boundary();
  EntryWords finish();

 private:
  template <typename AtEnd>
  void feed_until(const unsigned char* p, AtEnd at_end);
  WordTable& table_;
  std::size_t limit_;
  std::vector<char> word_ = std::vector<char>(64);  // the word so far, and room to pad it
  std::size_t length_ = 0;
  std::vector<std::uint32_t> ids_;  // the first count_ are the words met, in order
  std::size_t count_ = 0;
  std::vector<std::uint8_t> seen_;  // by word id
};

// The distinct words of `text`, space-separated (what an entry is found by).
std::string search_words(std::string_view text, std::size_t limit = 2000);

struct SearchEntry {
  std::string kind;  // "policy" | "clause" | "control" | "evidence" | framework short name
  std::string id;
  std::string title;
  std::string url;  // output path from the site root
  EntryWords words;
};

std::string search_index_script(const std::vector<SearchEntry>& entries);

}  // namespace aimsdoc::portal
