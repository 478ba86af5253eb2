#include "render/portal/search_index.hpp"

#include <algorithm>
#include <cstring>
#include <map>

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
  for (std::uint32_t n = 0; n < entries.size(); ++n) {
    const EntryWords& w = entries[n].words;
    if (!w.table) continue;
    const auto& ids = global_ids.at(w.table);
    for (std::uint32_t local : w.ids) v.postings[ids[local]].push_back(n);
  }
  return v;
}

}  // namespace

// FNV-1a: words are short, and this is several times faster than std::hash's murmur.
static std::uint32_t hash_word(std::string_view word) {
  std::uint32_t h = kFnvBasis;
  for (unsigned char c : word) h = (h ^ c) * 16777619u;
  return h;
}

std::uint32_t WordTable::id(std::string_view word) { return id(word, hash_word(word)); }

static std::uint64_t head_of(std::string_view word) {
  std::uint64_t head = 0;
  std::memcpy(&head, word.data(), std::min<std::size_t>(word.size(), sizeof head));
  return head;
}

std::uint32_t WordTable::id(std::string_view word, std::uint32_t h) {
  std::size_t mask = slots_.size() - 1;
  std::uint64_t head = head_of(word);
  bool short_word = word.size() < sizeof head;  // its zero padding marks where it ends
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.id_plus_one == 0) {
      words_.emplace_back(word);
      slot = {h, static_cast<std::uint32_t>(words_.size()), head};
      if (words_.size() * 2 > slots_.size()) grow();
      return static_cast<std::uint32_t>(words_.size() - 1);
    }
    if (slot.hash == h && slot.head == head &&
        (short_word || words_[slot.id_plus_one - 1] == word))
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
      lower[c] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a')
                 : word_byte(static_cast<unsigned char>(c)) ? static_cast<char>(c) : 0;
  }
};
constexpr WordBytes kWordBytes;

// One pass per byte: lower-cased into the word and hashed (FNV-1a, as hash_word) at once.
void WordCollector::feed(std::string_view text) {
  for (unsigned char c : text) {
    char lower = kWordBytes.lower[c];
    if (lower) {
      word_ += lower;
      hash_ = (hash_ ^ static_cast<unsigned char>(lower)) * 16777619u;
    } else if (!word_.empty()) {
      boundary();
    }
  }
}

void WordCollector::boundary() {
  if (word_.size() >= 3 && ids_.size() < limit_) {
    std::uint32_t id = table_.id(word_, hash_);
    if (id >= seen_.size()) seen_.resize(table_.size() + 1024);
    if (!seen_[id]) {
      seen_[id] = true;
      ids_.push_back(id);
    }
  }
  word_.clear();
  hash_ = kFnvBasis;
}

EntryWords WordCollector::finish() {
  boundary();
  for (std::uint32_t id : ids_) seen_[id] = false;
  EntryWords out{&table_, std::move(ids_)};
  ids_.clear();
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
  std::string out = "// Generated by aimsdoc: the portal's search index.\nwindow.AIMSDOC_SEARCH_INDEX = [\n";
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
