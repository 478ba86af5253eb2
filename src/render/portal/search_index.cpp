#include "render/portal/search_index.hpp"

#include <algorithm>
#include <cstring>
#include <map>

#include "util/eight_bytes.hpp"
#include "util/json.hpp"

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

// One sorted vocabulary from the per-thread tables; each entry's words renumbered into it.
struct Vocabulary {
  std::vector<std::string> words;
  std::vector<std::vector<std::uint32_t>> postings;  // per word: entry numbers, ascending
};

Vocabulary merge_words(const std::vector<SearchEntry>& entries) {
  std::map<const WordTable*, std::vector<std::uint32_t>> global_ids;  // per table, by local id
  for (const auto& e : entries)
    if (e.words.table) global_ids.emplace(e.words.table, std::vector<std::uint32_t>{});
  std::vector<std::string_view> all;
  for (const auto& [table, ids] : global_ids)
    for (std::uint32_t i = 0; i < table->size(); ++i) all.push_back(table->word(i));
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  for (auto& [table, ids] : global_ids) {
    ids.resize(table->size());
    for (std::uint32_t i = 0; i < table->size(); ++i)
      ids[i] = static_cast<std::uint32_t>(
          std::lower_bound(all.begin(), all.end(), std::string_view(table->word(i))) - all.begin());
  }
  Vocabulary v;
  v.words.assign(all.begin(), all.end());
  v.postings.resize(all.size());
  // Counted first, so that each list is allocated once (three million postings at 10,000
  // policies would otherwise grow ten thousand vectors step by step).
  std::vector<std::uint32_t> counts(all.size());
  auto for_each_posting = [&](auto fn) {
    for (std::uint32_t n = 0; n < entries.size(); ++n) {
      const EntryWords& w = entries[n].words;
      if (!w.table) continue;
      const auto& ids = global_ids.at(w.table);
      for (std::uint32_t local : w.ids) fn(ids[local], n);
    }
  };
  for_each_posting([&](std::uint32_t word, std::uint32_t) { ++counts[word]; });
  for (std::size_t k = 0; k < all.size(); ++k) v.postings[k].reserve(counts[k]);
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

std::string search_index_script(const std::vector<SearchEntry>& entries) {
  Vocabulary vocabulary = merge_words(entries);
  std::string out =
      "// Generated by aimsdoc: the portal's search index.\nwindow.AIMSDOC_SEARCH_INDEX = [\n";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const SearchEntry& e = entries[i];
    for (const std::string* field : {&e.kind, &e.id, &e.title, &e.url}) {
      out += field == &e.kind ? '[' : ',';
      out += json_string(*field);
    }
    out += i + 1 < entries.size() ? "],\n" : "]\n";
  }
  out += "];\nwindow.AIMSDOC_SEARCH_WORDS = {\"words\": [";
  for (std::size_t k = 0; k < vocabulary.words.size(); ++k) {
    if (k > 0) out += k % 16 == 0 ? ",\n" : ",";
    out += json_string(vocabulary.words[k]);
  }
  out += "],\n\"entries\": [\n";
  for (std::size_t k = 0; k < vocabulary.postings.size(); ++k) {
    out += '"';
    out += encode_postings(vocabulary.postings[k]);
    out += k + 1 < vocabulary.postings.size() ? "\",\n" : "\"\n";
  }
  out += "]};\n";
  return out;
}

}  // namespace aimsdoc::portal
