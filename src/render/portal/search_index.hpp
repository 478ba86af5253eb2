#pragma once
// The search box's index, written as scripts rather than JSON: browsers refuse fetch() of
// local files, and the portal must search from an unzipped copy opened via file://. It is
// cut into shards so that a query loads a few of them, not the whole index (at 100,000
// policies the index is tens of megabytes):
//
//   assets/search-index.js  (kSearchIndexPath) the manifest, loaded on first use:
//     window.AIMSDOC_SEARCH_MANIFEST = {"entries": N, "partChars": kKeyPartChars,
//       "keys": [[first key, path], ...], "entryShards": [[first entry number, path], ...],
//       "unions": {word: path, ...}};
//   a key shard, every key from its first to the next shard's first:
//     (window.AIMSDOC_SEARCH_SHARDS = ... || {})[path] = {"keys": [k, ...], "lists": [l, ...]};
//   a union shard, the same shape: for a query word whose keys would take more than
//     kUnionAfterShards key shards to read (a short word: "a" at 100,000 policies reaches
//     dozens), one key per class, the word and the class letter, listing the entries of
//     every key of that class whose text starts with the word; the box reads it instead of
//     those shards (and, for an id equal to the word, the one key shard it falls in);
//   an entry shard: (...)[path] = [[kind, id, title, url], ...];   from its first entry
// The paths are kSearchShardPrefix, then "k-" and 12 hex digits of the first key's SHA-256,
// "u-" and those of the union's word, or "e-" and the first entry's number, then ".js":
// the same shard, the same name.
//
// Keys are sorted (bytes, so code points) and each is written once however many entries
// hold it; lists[i] is the entries holding keys[i]. A key is a text and its class letter:
//   w  a word of the entry (search_words), as the box matches query words: by prefix;
//   i  the entry's whole id, folded (search_fold);
//   c  the folded id from each position after the first, up to a space, at most
//      kKeyPartChars characters;   t  the same for the folded title, from every position;
// so that "id or title contains the query word" is a prefix lookup too, and a query needs
// no list of every entry's id and title. A query word's keys of every class are neighbours,
// mostly in one shard. Folding can only merge letters, so those classes find a superset of
// what the box's own test (lower-cased indexOf) accepts; the box ranks by them, then checks
// the few entries it shows against their real id and title.
//
// A list is encoded in the characters A-Z a-z 0-9 - _ (values 0-63): either the gaps
// between ascending entry numbers (the first counted from -1), each gap written 5 bits per
// character, most significant first, values 32-63 meaning "more characters follow"; or,
// when shorter (keys most entries hold), "~" and a bitmap, character i holding entries
// 6i..6i+5 in its bits 0..5. themes/default/assets/portal.js decodes it.
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

// A shard is at most its bound in bytes, unless it holds a single key whose list alone is
// larger. Key shards also end where a key's hash says so once half full, so that an edit
// moves only nearby boundaries and the other shards are the previous build's files.
struct ShardBounds {
  std::size_t keys = 48 * 1024;
  std::size_t entries = 16 * 1024;
};
inline constexpr std::size_t kKeyPartChars = 14;  // with the class letter: a short string

struct SearchShard {
  std::string path;   // from the site root
  std::string first;  // its first key, or its first entry number
  std::string script;
};

// A query word that would load more key shards than this is looked up in its union shard.
inline constexpr std::size_t kUnionAfterShards = 2;

struct SearchIndex {
  std::string manifest;  // the script at kSearchIndexPath
  std::vector<SearchShard> key_shards, entry_shards;
  std::vector<SearchShard> union_shards;  // `first` is the word
};

SearchIndex search_index(const std::vector<SearchEntry>& entries, ShardBounds bounds = {});

// ASCII lower-cased, every other code point '~' (U+0130 "i~" and U+212A "k": what
// JavaScript's toLowerCase makes of them); a byte 0x80-0xBF, continuing a character, adds
// nothing.
std::string search_fold(std::string_view text);

}  // namespace aimsdoc::portal
