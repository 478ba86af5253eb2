#include "render/portal/search_index.hpp"

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include "render/site_paths.hpp"
#include "util/eight_bytes.hpp"
#include "util/json.hpp"
#include "util/sha256.hpp"

namespace aimsdoc::portal {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

constexpr bool word_byte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

void put_gap(std::uint32_t gap, std::string& out) {
  char digits[8];
  int n = 0;
  do {
    digits[n++] = static_cast<char>(gap & 31);
    gap >>= 5;
  } while (gap > 0);
  while (n-- > 0) out += kAlphabet[digits[n] + (n > 0 ? 32 : 0)];
}

// The shorter of the two encodings described in search_index.hpp.
std::string encode_postings(const std::vector<std::uint32_t>& entries) {
  std::string gaps;
  std::int64_t previous = -1;
  for (std::uint32_t e : entries) {
    put_gap(static_cast<std::uint32_t>(e - previous), gaps);
    previous = e;
  }
  std::size_t bitmap_size = 1 + (entries.empty() ? 0 : entries.back() / 6 + 1);
  if (gaps.size() <= bitmap_size) return gaps;
  std::string bitmap(bitmap_size - 1, 0);
  for (std::uint32_t e : entries) bitmap[e / 6] = static_cast<char>(bitmap[e / 6] | (1 << (e % 6)));
  for (char& c : bitmap) c = kAlphabet[static_cast<int>(c)];
  return "~" + bitmap;
}

std::uint32_t alphabet_value(char c) {
  if (c >= 'A' && c <= 'Z') return static_cast<std::uint32_t>(c - 'A');
  if (c >= 'a' && c <= 'z') return static_cast<std::uint32_t>(c - 'a' + 26);
  if (c >= '0' && c <= '9') return static_cast<std::uint32_t>(c - '0' + 52);
  return c == '-' ? 62 : 63;
}

// Sets in `marks`, a bit per entry, the entries of an encoded list, as portal.js's decode().
void decode_postings(std::string_view code, std::vector<std::uint64_t>& marks) {
  auto mark = [&marks](std::uint64_t entry) {
    marks[entry / 64] |= std::uint64_t{1} << entry % 64;
  };
  if (!code.empty() && code[0] == '~') {
    for (std::size_t i = 1; i < code.size(); ++i)
      for (std::uint32_t v = alphabet_value(code[i]), bit = 0; bit < 6; ++bit)
        if (v & (1u << bit)) mark((i - 1) * 6 + bit);
    return;
  }
  std::int64_t entry = -1, gap = 0;
  for (char c : code) {
    std::uint32_t v = alphabet_value(c);
    gap = gap * 32 + (v & 31);
    if (v < 32) {
      entry += gap;
      mark(static_cast<std::uint64_t>(entry));
      gap = 0;
    }
  }
}

// The entries marked, ascending: a word of marks at a time, so a union costs its lists'
// length and a bit per entry, not a step per entry.
std::vector<std::uint32_t> marked(const std::vector<std::uint64_t>& marks) {
  std::vector<std::uint32_t> out;
  for (std::size_t w = 0; w < marks.size(); ++w)
    for (std::uint64_t bits = marks[w]; bits != 0; bits &= bits - 1)
      out.push_back(
          static_cast<std::uint32_t>(w * 64 + static_cast<unsigned>(__builtin_ctzll(bits))));
  return out;
}

// One sorted vocabulary from the per-thread tables; each entry's words renumbered into it.
struct Vocabulary {
  std::vector<std::string> words;
  std::vector<std::vector<std::uint32_t>> postings;  // per word: entry numbers, ascending
};

Vocabulary merge_words(const std::vector<SearchEntry>& entries) {
  std::map<const WordTable*, std::vector<std::uint32_t>> global_ids;  // per table, by local id
  for (const auto& e : entries)
    if (e.words.table) global_ids.emplace(e.words.table, std::vector<std::uint32_t>{});
  // Every table's words sorted together, each with the slot of its global number: a word
  // met on several threads is numbered once, and no word is looked up again.
  std::vector<std::pair<std::string_view, std::uint32_t*>> all;
  for (auto& [table, ids] : global_ids) {
    ids.resize(table->size());
    for (std::uint32_t i = 0; i < table->size(); ++i) all.emplace_back(table->word(i), &ids[i]);
  }
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  Vocabulary v;
  for (const auto& [word, slot] : all) {
    if (v.words.empty() || v.words.back() != word) v.words.emplace_back(word);
    *slot = static_cast<std::uint32_t>(v.words.size() - 1);
  }
  v.postings.resize(v.words.size());
  // Counted first, so that each list is allocated once (three million postings at 10,000
  // policies would otherwise grow ten thousand vectors step by step).
  std::vector<std::uint32_t> counts(v.words.size());
  auto for_each_posting = [&](auto fn) {
    for (std::uint32_t n = 0; n < entries.size(); ++n) {
      const EntryWords& w = entries[n].words;
      if (!w.table) continue;
      const auto& ids = global_ids.at(w.table);
      for (std::uint32_t local : w.ids) fn(ids[local], n);
    }
  };
  for_each_posting([&](std::uint32_t word, std::uint32_t) { ++counts[word]; });
  for (std::size_t k = 0; k < v.words.size(); ++k) v.postings[k].reserve(counts[k]);
  for_each_posting([&](std::uint32_t word, std::uint32_t n) { v.postings[word].push_back(n); });
  return v;
}

// `word` is followed by at least eight zero bytes, so it is read eight bytes at a time
// with no partial load at its end. Murmur's finalizer makes the low bits a slot is chosen
// by depend on every byte. (A byte-at-a-time hash was a chain of multiplications as long
// as the text, ten million words per build.)
std::uint32_t hash_padded(const char* word, std::size_t size) {
  std::uint64_t h = size * 0x9E3779B97F4A7C15ull;
  for (std::size_t i = 0; i < size; i += 8) h = (h ^ load8(word + i)) * 0xC2B2AE3D27D4EB4Full;
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  return static_cast<std::uint32_t>(h);
}

std::string padded(std::string_view word) {
  std::string out(word);
  out.append(16, '\0');
  return out;
}

}  // namespace

std::uint32_t WordTable::id(std::string_view word) {
  std::string p = padded(word);
  return find_or_add(p.data(), word.size(), hash_padded(p.data(), word.size()));
}

std::uint32_t WordTable::id(std::string_view word, std::uint32_t hash) {
  return find_or_add(padded(word).data(), word.size(), hash);
}

std::uint32_t WordTable::id_padded(const char* word, std::size_t size) {
  return find_or_add(word, size, hash_padded(word, size));
}

std::uint32_t WordTable::find_or_add(const char* padded_word, std::size_t size, std::uint32_t h) {
  std::size_t mask = slots_.size() - 1;
  // The first sixteen bytes, zero-padded: words hold no zero byte, so for words of up to
  // sixteen bytes equal head and tail mean equal words, with no branch on the length and
  // no call to compare (most words; the rest are compared whole).
  std::uint64_t head = load8(padded_word);
  std::uint64_t tail = size > 8 ? load8(padded_word + 8) : 0;  // beyond 8: padding is zero
  std::string_view word(padded_word, size);
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.id_plus_one == 0) {
      words_.emplace_back(word);
      slot = {h, static_cast<std::uint32_t>(words_.size()), head, tail};
      if (words_.size() * 2 > slots_.size()) grow();
      return static_cast<std::uint32_t>(words_.size() - 1);
    }
    if (((slot.hash ^ h) | (slot.head ^ head) | (slot.tail ^ tail)) == 0 &&
        (size <= 16 || words_[slot.id_plus_one - 1] == word))
      return slot.id_plus_one - 1;
  }
}

void WordTable::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.id_plus_one == 0) continue;
    std::size_t i = s.hash & mask;
    while (slots_[i].id_plus_one != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

WordCollector::WordCollector(WordTable& table, std::size_t limit) : table_(table), limit_(limit) {}

// Per byte: its lower-case form when it belongs to a word, 0 when it separates words.
struct WordBytes {
  char lower[256];
  constexpr WordBytes() : lower() {
    for (int c = 0; c < 256; ++c)
      lower[c] = c >= 'A' && c <= 'Z'                       ? static_cast<char>(c - 'A' + 'a')
                 : word_byte(static_cast<unsigned char>(c)) ? static_cast<char>(c)
                                                            : 0;
  }
};
constexpr WordBytes kWordBytes;

// Word bytes are taken a run at a time, lower-cased into the word, which grows once per
// run rather than per byte. Every character of every policy passes here.
template <typename AtEnd>
void WordCollector::feed_until(const unsigned char* p, AtEnd at_end) {
  for (;;) {
    if (at_end(p)) return;
    if (!kWordBytes.lower[*p]) {
      if (length_ > 0) boundary();  // a word left open by the previous piece ends here
      do ++p;
      while (!at_end(p) && !kWordBytes.lower[*p]);
      if (at_end(p)) return;
    }
    const unsigned char* start = p;
    while (!at_end(p) && kWordBytes.lower[*p]) ++p;
    std::size_t run = static_cast<std::size_t>(p - start);
    if (word_.size() < length_ + run + 8) word_.resize(2 * (length_ + run) + 64);
    char* out = word_.data() + length_;
    for (std::size_t i = 0; i < run; ++i) out[i] = kWordBytes.lower[start[i]];
    length_ += run;
    if (at_end(p)) return;  // the word may go on in the next piece
    boundary();
  }
}

void WordCollector::feed(std::string_view text) {
  const auto* end = reinterpret_cast<const unsigned char*>(text.data() + text.size());
  feed_until(reinterpret_cast<const unsigned char*>(text.data()),
             [end](const unsigned char* p) { return p == end; });
}

void WordCollector::feed(const char* text) {
  feed_until(reinterpret_cast<const unsigned char*>(text),
             [](const unsigned char* p) { return *p == 0; });
}

void WordCollector::boundary() {
  if (length_ >= 3 && count_ < limit_) {
    std::memset(word_.data() + length_, 0, 8);  // the padding id_padded reads
    std::uint32_t id = table_.id_padded(word_.data(), length_);
    if (id >= seen_.size()) seen_.resize(table_.size() + 1024);
    if (count_ == ids_.size()) ids_.resize(2 * ids_.size() + 256);
    // Written always, kept when new: whether a word was seen before is a coin toss for
    // the branch predictor, and every word of every policy comes here.
    ids_[count_] = id;
    count_ += seen_[id] ^ 1u;
    seen_[id] = 1;
  }
  length_ = 0;
}

EntryWords WordCollector::finish() {
  boundary();
  for (std::size_t i = 0; i < count_; ++i) seen_[ids_[i]] = 0;
  EntryWords out{&table_, {ids_.begin(), ids_.begin() + static_cast<std::ptrdiff_t>(count_)}};
  count_ = 0;
  return out;
}

std::string search_words(std::string_view text, std::size_t limit) {
  WordTable table;
  WordCollector collect(table, limit);
  collect.feed(text);
  std::string out;
  for (std::uint32_t id : collect.finish().ids) {
    if (!out.empty()) out += ' ';
    out += table.word(id);
  }
  return out;
}

std::string search_fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    } else if (c >= 0xC0) {  // a character's first byte; the bytes 0x80-0xBF follow one
      if (text.substr(i, 2) == "\xC4\xB0")
        out += "i~";
      else
        out += text.substr(i, 3) == "\xE2\x84\xAA" ? 'k' : '~';
    }
  }
  return out;
}

namespace {

constexpr bool ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The c and t keys of `folded` (search_index.hpp), from position `from` on.
void add_parts(char key_class, const std::string& folded, std::size_t from,
               std::vector<std::string>& keys) {
  for (std::size_t p = from; p < folded.size(); ++p) {
    if (ascii_space(folded[p])) continue;
    std::size_t end = p;
    while (end < folded.size() && end - p < kKeyPartChars && !ascii_space(folded[end])) ++end;
    keys.push_back(folded.substr(p, end - p) + key_class);
  }
}

// The i, c and t keys with their entries (ascending: entries are visited in order).
std::unordered_map<std::string, std::vector<std::uint32_t>> name_keys(
    const std::vector<SearchEntry>& entries) {
  std::unordered_map<std::string, std::vector<std::uint32_t>> lists;
  std::vector<std::string> keys;
  for (std::uint32_t n = 0; n < entries.size(); ++n) {
    keys.clear();
    std::string id = search_fold(entries[n].id);
    keys.push_back(id + 'i');
    add_parts('c', id, 1, keys);
    add_parts('t', search_fold(entries[n].title), 0, keys);
    for (auto& key : keys) {
      auto& list = lists[std::move(key)];
      if (list.empty() || list.back() != n) list.push_back(n);
    }
  }
  return lists;
}

const char* const kShardsHead =
    "(window.AIMSDOC_SEARCH_SHARDS = window.AIMSDOC_SEARCH_SHARDS || {})";

std::string shard_head(const std::string& path) {
  return std::string(kShardsHead) + "[" + json_string(path) + "] = ";
}

std::uint32_t key_hash(std::string_view key) {  // FNV-1a: where content-defined cuts fall
  std::uint32_t h = 2166136261u;
  for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

// kind "k-" (a key shard, named by its first key) or "u-" (a union shard, by its word).
std::string hashed_shard_path(const char* kind, const std::string& first,
                              std::set<std::string>& taken) {
  Sha256 digest;
  digest.update(first);
  std::string name = kSearchShardPrefix + (kind + digest.hex_digest().substr(0, 12));
  std::string path = name + ".js";
  for (int n = 2; !taken.insert(path).second; ++n) path = name + "-" + std::to_string(n) + ".js";
  return path;
}

// A key with its list, encoded.
struct Key {
  std::string text;  // the text and its class letter
  std::string list;
  std::size_t size() const { return json_string(text).size() + list.size() + 6; }
};

// Each list is freed once encoded: the lists of every key at once are the index's largest
// allocation (tens of millions of entry numbers at 100,000 policies), and the encoded keys
// can take their place (bench/README.md).
std::vector<Key> all_keys(const std::vector<SearchEntry>& entries) {
  Vocabulary vocabulary = merge_words(entries);
  auto names = name_keys(entries);
  std::vector<Key> keys;
  keys.reserve(names.size() + vocabulary.words.size());
  for (auto& [key, list] : names) {
    keys.push_back({key, encode_postings(list)});
    std::vector<std::uint32_t>().swap(list);
  }
  names.clear();
  for (std::size_t k = 0; k < vocabulary.words.size(); ++k) {
    keys.push_back({std::move(vocabulary.words[k]) + 'w', encode_postings(vocabulary.postings[k])});
    std::vector<std::uint32_t>().swap(vocabulary.postings[k]);
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) { return a.text < b.text; });
  return keys;
}

// Where shards of `sizes` (each item's bytes) end: before item i when it would pass
// `bound`, or when half full and `cut_here(i)`.
std::vector<std::size_t> shard_ends(const std::vector<std::size_t>& sizes, std::size_t frame,
                                    std::size_t bound,
                                    const std::function<bool(std::size_t)>& cut_here) {
  std::vector<std::size_t> ends;
  std::size_t begin = 0, size = frame;
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    if (i > begin && (size + sizes[i] > bound || (size * 2 >= bound && cut_here(i)))) {
      ends.push_back(i);
      begin = i;
      size = frame;
    }
    size += sizes[i];
  }
  if (sizes.size() > begin) ends.push_back(sizes.size());
  return ends;
}

template <typename Item>
std::string joined(std::size_t begin, std::size_t end, const Item& item) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (i > begin) out += ",\n";
    out += item(i);
  }
  return out;
}

// A script of keys[begin, end) (search_index.hpp's key shard).
std::string keys_script(const std::string& path, const std::vector<Key>& keys, std::size_t begin,
                        std::size_t end) {
  return shard_head(path) + "{\"keys\": [" +
         joined(begin, end, [&](std::size_t i) { return json_string(keys[i].text); }) +
         "],\n\"lists\": [" +
         joined(begin, end, [&](std::size_t i) { return '"' + keys[i].list + '"'; }) + "]};\n";
}

std::vector<SearchShard> key_shards(const std::vector<Key>& keys, std::size_t bound) {
  // The longest path a shard has (hashed_shard_path), with room for a collision's suffix.
  std::size_t frame =
      keys_script(std::string(kSearchShardPrefix) + "k-123456789012-99.js", {}, 0, 0).size();
  std::vector<std::size_t> sizes(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) sizes[i] = keys[i].size();
  std::set<std::string> taken;
  std::vector<SearchShard> shards;
  std::size_t begin = 0;
  for (std::size_t end : shard_ends(
           sizes, frame, bound, [&](std::size_t i) { return key_hash(keys[i].text) % 8 == 0; })) {
    SearchShard& s = shards.emplace_back();
    s.first = keys[begin].text;
    s.path = hashed_shard_path("k-", s.first, taken);
    s.script = keys_script(s.path, keys, begin, end);
    begin = end;
  }
  return shards;
}

// How many key shards the box loads for the query word `word` (portal.js keyShards): the one
// it falls in and those after it whose first key starts with it.
std::size_t shards_reached(const std::vector<SearchShard>& shards, const std::string& word) {
  auto after =
      std::upper_bound(shards.begin(), shards.end(), word,
                       [](const std::string& w, const SearchShard& s) { return w < s.first; });
  std::size_t i = after == shards.begin() ? 0 : after - shards.begin() - 1, reached = 1;
  while (++i < shards.size() && shards[i].first.rfind(word, 0) == 0) ++reached;
  return reached;
}

// The query words that reach more than kUnionAfterShards key shards: the starts of the
// shards' first keys (the words their keys share), ASCII (the box folds nothing else
// alike for every class) and at most kKeyPartChars long (the box's c and t lookups are
// cut there). A longer word reaches no more shards than its start.
std::vector<std::string> union_words(const std::vector<SearchShard>& shards) {
  std::set<std::string> words;
  for (std::size_t s = 1; s < shards.size(); ++s) {
    const std::string& first = shards[s].first;
    for (std::size_t n = 1; n <= std::min(first.size(), kKeyPartChars); ++n) {
      std::string word = first.substr(0, n);
      if (static_cast<unsigned char>(word.back()) >= 0x80) break;
      if (!words.count(word) && shards_reached(shards, word) <= kUnionAfterShards) break;
      words.insert(std::move(word));
    }
  }
  return {words.begin(), words.end()};
}

// A union word's keys: those whose text starts with the word and is longer than it, a run
// of the sorted keys.
struct KeyRange {
  std::size_t begin, end;
};
KeyRange keys_under(const std::vector<Key>& keys, const std::string& word) {
  auto from = std::lower_bound(keys.begin(), keys.end(), word,
                               [](const Key& k, const std::string& w) { return k.text < w; });
  if (from != keys.end() && from->text == word) ++from;  // shorter than the word
  auto to = std::partition_point(from, keys.end(),
                                 [&](const Key& k) { return k.text.rfind(word, 0) == 0; });
  return {static_cast<std::size_t>(from - keys.begin()),
          static_cast<std::size_t>(to - keys.begin())};
}

// A union's entries per class letter (ordered, so its keys come out sorted), a bit each.
using ClassMarks = std::map<char, std::vector<std::uint64_t>>;

std::vector<std::uint64_t>& marks_of(ClassMarks& marks, char key_class, std::size_t entries) {
  auto& bits = marks[key_class];
  bits.resize((entries + 63) / 64);
  return bits;
}

// Per union word, its keys (search_index.hpp's union shard). The words are taken in
// reverse order, so that the union words starting with a word come before it: its entries
// are theirs (pending, the nearest only) and those of the keys between their runs. The
// nested starts of a long run of keys ("p", "po", "pol", ...) decode each key once, not
// once per start.
std::vector<std::vector<Key>> union_keys(const std::vector<Key>& keys,
                                         const std::vector<std::string>& words,
                                         std::size_t entries) {
  std::vector<std::vector<Key>> out(words.size());
  std::vector<KeyRange> ranges(words.size());
  std::vector<ClassMarks> marks(words.size());
  std::vector<std::size_t> pending;  // done, not yet merged into a shorter word; nearest on top
  for (std::size_t w = words.size(); w-- > 0;) {
    ranges[w] = keys_under(keys, words[w]);
    ClassMarks& mine = marks[w];
    auto decode = [&](std::size_t from, std::size_t to) {
      for (std::size_t k = from; k < to; ++k)
        decode_postings(keys[k].list, marks_of(mine, keys[k].text.back(), entries));
    };
    std::size_t next = ranges[w].begin;
    while (!pending.empty() && words[pending.back()].rfind(words[w], 0) == 0) {
      std::size_t inner = pending.back();  // the next of the word's inner unions, in key order
      pending.pop_back();
      decode(next, ranges[inner].begin);
      for (const auto& [key_class, bits] : marks[inner]) {
        auto& to = marks_of(mine, key_class, entries);
        for (std::size_t i = 0; i < bits.size(); ++i) to[i] |= bits[i];
      }
      ClassMarks().swap(marks[inner]);
      next = ranges[inner].end;
    }
    decode(next, ranges[w].end);
    for (const auto& [key_class, bits] : mine)
      out[w].push_back({words[w] + key_class, encode_postings(marked(bits))});
    pending.push_back(w);
  }
  return out;
}

std::vector<SearchShard> union_shards(const std::vector<Key>& keys,
                                      const std::vector<SearchShard>& key_shards,
                                      std::size_t entries) {
  std::vector<std::string> words = union_words(key_shards);
  std::vector<std::vector<Key>> merged = union_keys(keys, words, entries);
  std::set<std::string> taken;
  std::vector<SearchShard> shards(words.size());
  for (std::size_t w = 0; w < words.size(); ++w) {
    shards[w].first = words[w];
    shards[w].path = hashed_shard_path("u-", words[w], taken);
    shards[w].script = keys_script(shards[w].path, merged[w], 0, merged[w].size());
  }
  return shards;
}

std::vector<SearchShard> entry_shards(const std::vector<SearchEntry>& entries, std::size_t bound) {
  std::vector<std::string> rows(entries.size());
  std::vector<std::size_t> sizes(entries.size());
  for (std::size_t n = 0; n < entries.size(); ++n) {
    const SearchEntry& e = entries[n];
    rows[n] = '[' + json_string(e.kind) + ',' + json_string(e.id) + ',' + json_string(e.title) +
              ',' + json_string(e.url) + ']';
    sizes[n] = rows[n].size() + 2;
  }
  auto path_of = [](std::size_t first) {
    return std::string(kSearchShardPrefix) + "e-" + std::to_string(first) + ".js";
  };
  std::size_t frame = shard_head(path_of(entries.size())).size() + 4;
  std::vector<SearchShard> shards;
  std::size_t begin = 0;
  for (std::size_t end : shard_ends(sizes, frame, bound, [](std::size_t) { return false; })) {
    SearchShard& s = shards.emplace_back();
    s.first = std::to_string(begin);
    s.path = path_of(begin);
    s.script = shard_head(s.path) + "[" +
               joined(begin, end, [&](std::size_t n) { return rows[n]; }) + "];\n";
    begin = end;
  }
  return shards;
}

std::string manifest(std::size_t entries, const SearchIndex& index) {
  auto pairs = [](const std::vector<SearchShard>& shards, bool quoted) {
    return joined(0, shards.size(), [&](std::size_t s) {
      return '[' + (quoted ? json_string(shards[s].first) : shards[s].first) + ',' +
             json_string(shards[s].path) + ']';
    });
  };
  return "// Generated by aimsdoc: the portal's search index, in shards.\n"
         "window.AIMSDOC_SEARCH_MANIFEST = {\"entries\": " +
         std::to_string(entries) + ", \"partChars\": " + std::to_string(kKeyPartChars) +
         ",\n\"keys\": [\n" + pairs(index.key_shards, true) + "],\n\"entryShards\": [\n" +
         pairs(index.entry_shards, false) + "],\n\"unions\": {" +
         joined(0, index.union_shards.size(),
                [&](std::size_t u) {
                  return json_string(index.union_shards[u].first) + ": " +
                         json_string(index.union_shards[u].path);
                }) +
         "}};\n";
}

}  // namespace

SearchIndex search_index(const std::vector<SearchEntry>& entries, ShardBounds bounds) {
  SearchIndex index;
  {
    std::vector<Key> keys = all_keys(entries);
    index.key_shards = key_shards(keys, bounds.keys);
    index.union_shards = union_shards(keys, index.key_shards, entries.size());
  }
  index.entry_shards = entry_shards(entries, bounds.entries);
  index.manifest = manifest(entries.size(), index);
  return index;
}

}  // namespace aimsdoc::portal
