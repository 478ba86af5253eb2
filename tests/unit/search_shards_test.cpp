// The search index in shards (render/portal/search_index.hpp): the keys an entry is found
// by, the encoding of their lists, and the cutting into shards the manifest lists.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "render/portal/search_index.hpp"
#include "util/json.hpp"

using namespace aimsdoc;
using namespace aimsdoc::portal;

namespace {

// The JSON strings of the array that follows `marker` in `js` (the shard scripts' arrays
// hold strings only), unescaped.
std::vector<std::string> strings_after(const std::string& js, const std::string& marker) {
  std::vector<std::string> out;
  std::size_t p = js.find(marker);
  REQUIRE(p != std::string::npos);
  for (p += marker.size(); js[p] != ']';) {
    if (js[p] != '"') {
      ++p;
      continue;
    }
    std::string s;
    for (++p; js[p] != '"'; ++p) s += js[p] == '\\' ? js[++p] : js[p];
    out.push_back(s);
    ++p;
  }
  return out;
}

struct Shard {
  std::vector<std::string> keys, lists;
};

Shard parse(const SearchShard& s) {
  return {strings_after(s.script, "{\"keys\": ["), strings_after(s.script, "\"lists\": [")};
}

// `count` entries of made-up words: word i in every (i+1)-th entry, so a few words are in
// most entries and most in few.
std::vector<SearchEntry> corpus(WordTable& table, int count, int words) {
  std::vector<SearchEntry> entries;
  for (int n = 0; n < count; ++n) {
    WordCollector c(table);
    for (int w = 0; w < words; ++w)
      if (n % (w + 1) == 0) c.feed("word" + std::to_string(w * 7919 % 100000) + " ");
    entries.push_back({"policy", "POL-" + std::to_string(n), "Title number " + std::to_string(n),
                       "policies/POL-" + std::to_string(n) + ".html", c.finish()});
  }
  return entries;
}

}  // namespace

TEST_CASE(
    "search keys: the words, the folded id whole and in parts, the folded title in parts, each "
    "then its class") {
  CHECK(search_fold("A.6.2 \xC3\x89tude \xC4\xB0 \xE2\x84\xAA \xF0\x9F\x98\x80!") ==
        "a.6.2 ~tude i~ k ~!");
  WordTable table;
  WordCollector c(table);
  c.feed("likelihood");
  std::vector<SearchEntry> entries{
      {"control", "A.6.2", "AI risk \"Treatment\" plan-b", "controls/A.6.2.html", c.finish()}};
  SearchIndex index = search_index(entries);
  REQUIRE(index.key_shards.size() == 1);
  Shard s = parse(index.key_shards[0]);
  // Each key once, sorted, the class letters as documented; a part at most 14 characters.
  CHECK(std::is_sorted(s.keys.begin(), s.keys.end()));
  CHECK(std::set<std::string>(s.keys.begin(), s.keys.end()).size() == s.keys.size());
  for (const char* key : {"a.6.2i", ".6.2c", "6.2c", "2c", "ait", "riskt", "\"treatment\"t",
                          "reatment\"t", "plan-bt", "lan-bt", "bt", "likelihoodw"})
    CHECK(std::count(s.keys.begin(), s.keys.end(), key) == 1);
  CHECK(std::count(s.keys.begin(), s.keys.end(), "a.6.2c") == 0);    // the whole id is "i"
  CHECK(std::count(s.keys.begin(), s.keys.end(), "ai riskt") == 0);  // parts end at spaces
  entries[0].title = "Supercalifragilistic";
  Shard long_title = parse(search_index(entries).key_shards[0]);
  CHECK(std::count(long_title.keys.begin(), long_title.keys.end(), "supercalifragit") == 1);
  for (const auto& key : long_title.keys)
    CHECK(key.size() <= 1 + kKeyPartChars + (key.back() == 'w' ? 99 : 0));
}

TEST_CASE("search lists: gaps, or a bitmap when shorter") {
  WordTable table;
  std::vector<SearchEntry> entries;
  for (int i = 0; i < 40; ++i) {
    WordCollector c(table);
    // "every" in all 40 entries, "tenth" in every tenth, "rare" in entry 37 only.
    c.feed(i % 10 == 0 ? "every tenth" : "every");
    if (i == 37) c.feed(" rare");
    entries.push_back({"policy", "P" + std::to_string(i), i == 0 ? "A \"quoted\" title" : "t",
                       "policies/P" + std::to_string(i) + ".html", c.finish()});
  }
  SearchIndex index = search_index(entries);
  REQUIRE(index.key_shards.size() == 1);
  REQUIRE(index.entry_shards.size() == 1);
  CHECK(index.entry_shards[0].script.find(
            R"(= [["policy","P0","A \"quoted\" title","policies/P0.html"],
["policy","P1","t","policies/P1.html"],)") != std::string::npos);
  Shard s = parse(index.key_shards[0]);
  std::map<std::string, std::string> list;
  for (std::size_t k = 0; k < s.keys.size(); ++k) list[s.keys[k]] = s.lists[k];
  // every: a bitmap of 40 ones (6 bits a character, the last holding entries 36-39);
  // rare: the gap 38 (from -1) = 1*32 + 6 -> "h" (32+1: more follows), "G" (6);
  // tenth: 0, 10, 20, 30 as the gaps 1, 10, 10, 10.
  CHECK(list.at("everyw") == "~______P");
  CHECK(list.at("rarew") == "hG");
  CHECK(list.at("tenthw") == "BKKK");
  CHECK(list.at("tt") == "~-_____P");  // the title "t": all but entry 0
}

TEST_CASE("search shards: bounded, every key in the one shard its range names, deterministic") {
  WordTable table;
  auto entries = corpus(table, 3000, 400);
  ShardBounds bounds{8 * 1024, 4 * 1024};
  SearchIndex index = search_index(entries, bounds);
  REQUIRE(index.key_shards.size() > 10);
  REQUIRE(index.entry_shards.size() > 10);
  std::vector<std::string> all;
  std::set<std::string> paths;
  for (std::size_t i = 0; i < index.key_shards.size(); ++i) {
    const SearchShard& shard = index.key_shards[i];
    Shard s = parse(shard);
    REQUIRE(!s.keys.empty());
    CHECK(s.keys.size() == s.lists.size());
    // Over the bound only when one key's list alone is.
    CHECK((shard.script.size() <= bounds.keys || s.keys.size() == 1));
    CHECK(s.keys.front() == shard.first);
    if (i + 1 < index.key_shards.size()) CHECK(s.keys.back() < index.key_shards[i + 1].first);
    all.insert(all.end(), s.keys.begin(), s.keys.end());
    CHECK(paths.insert(shard.path).second);
    CHECK(
        shard.script.rfind("(window.AIMSDOC_SEARCH_SHARDS = window.AIMSDOC_SEARCH_SHARDS || {})[" +
                               json_string(shard.path) + "] = {",
                           0) == 0);
    CHECK(index.manifest.find("[" + json_string(shard.first) + "," + json_string(shard.path) +
                              "]") != std::string::npos);
  }
  // Every key exactly once, in order: the shards' ranges hold it and only it.
  CHECK(std::is_sorted(all.begin(), all.end()));
  CHECK(std::set<std::string>(all.begin(), all.end()).size() == all.size());
  CHECK(std::count(all.begin(), all.end(), "word0w") == 1);
  CHECK(std::count(all.begin(), all.end(), "pol-2999i") == 1);
  std::size_t rows = 0;
  for (std::size_t i = 0; i < index.entry_shards.size(); ++i) {
    const SearchShard& shard = index.entry_shards[i];
    CHECK(shard.first == std::to_string(rows));
    CHECK(shard.script.size() <= bounds.entries);
    CHECK(index.manifest.find("[" + shard.first + "," + json_string(shard.path) + "]") !=
          std::string::npos);
    CHECK(paths.insert(shard.path).second);
    rows += static_cast<std::size_t>(std::count(shard.script.begin(), shard.script.end(), '\n'));
  }
  CHECK(rows == entries.size());
  CHECK(index.manifest.find("{\"entries\": 3000, \"partChars\": 14,") != std::string::npos);
  // The same entries, the same bytes and names.
  SearchIndex again = search_index(entries, bounds);
  CHECK(again.manifest == index.manifest);
  REQUIRE(again.key_shards.size() == index.key_shards.size());
  for (std::size_t i = 0; i < index.key_shards.size(); ++i)
    CHECK(again.key_shards[i].script == index.key_shards[i].script);
  // One entry's words changed: most shards are byte for byte the same files (content-defined
  // cuts), so a rebuild takes them over.
  WordCollector c(table);
  c.feed("word0 changed");
  entries[1500].words = c.finish();
  SearchIndex edited = search_index(entries, bounds);
  std::map<std::string, std::string> before;
  for (const auto& s : index.key_shards) before[s.path] = s.script;
  std::size_t same = 0;
  for (const auto& s : edited.key_shards)
    same += before.count(s.path) && before[s.path] == s.script;
  CHECK(same * 10 >= index.key_shards.size() * 8);
}

TEST_CASE("a key whose list alone passes the bound is a shard of its own") {
  WordTable table;
  auto entries = corpus(table, 3000, 3);  // word0 in all 3000: a bitmap of 500 characters
  SearchIndex index = search_index(entries, {300, 300});
  bool alone = false;
  for (const auto& shard : index.key_shards) {
    Shard s = parse(shard);
    if (shard.script.size() > 300) {
      CHECK(s.keys.size() == 1);
      alone = alone || s.keys[0] == "word0w";
    }
  }
  CHECK(alone);
  CHECK(search_index({}).key_shards.empty());
  CHECK(search_index({}).manifest.find("\"keys\": [\n]") != std::string::npos);
}

namespace {

// The entries of an encoded list, decoded as portal.js does.
std::set<std::uint32_t> decoded(const std::string& code) {
  const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::set<std::uint32_t> out;
  if (!code.empty() && code[0] == '~') {
    for (std::size_t i = 1; i < code.size(); ++i)
      for (std::size_t bit = 0; bit < 6; ++bit)
        if (alphabet.find(code[i]) & (std::size_t{1} << bit))
          out.insert(static_cast<std::uint32_t>((i - 1) * 6 + bit));
    return out;
  }
  std::int64_t entry = -1, gap = 0;
  for (char c : code) {
    auto v = static_cast<std::int64_t>(alphabet.find(c));
    gap = gap * 32 + (v & 31);
    if (v < 32) {
      out.insert(static_cast<std::uint32_t>(entry += gap));
      gap = 0;
    }
  }
  return out;
}

// How many key shards portal.js's keyShards() reads for `word`.
std::size_t shards_read(const std::vector<SearchShard>& shards, const std::string& word) {
  std::size_t i = 0;
  while (i + 1 < shards.size() && shards[i + 1].first <= word) ++i;
  std::size_t read = 1;
  while (++i < shards.size() && shards[i].first.rfind(word, 0) == 0) ++read;
  return read;
}

// Every key's list, and the union shards by word, each checked against the keys.
std::pair<std::map<std::string, std::string>, std::map<std::string, const SearchShard*>>
checked_unions(const SearchIndex& index) {
  std::map<std::string, std::string> lists;  // every key's list
  for (const auto& shard : index.key_shards) {
    Shard s = parse(shard);
    for (std::size_t k = 0; k < s.keys.size(); ++k) lists[s.keys[k]] = s.lists[k];
  }
  std::map<std::string, const SearchShard*> unions;
  for (const auto& u : index.union_shards) unions[u.first] = &u;
  // A union exactly where a word would read more than two shards (every start of a key
  // that the box may look up in one: ASCII, at most kKeyPartChars long).
  for (const auto& [key, list] : lists)
    for (std::size_t n = 1; n < key.size() && n <= kKeyPartChars; ++n) {
      std::string word = key.substr(0, n);
      CHECK((shards_read(index.key_shards, word) > kUnionAfterShards) == unions.count(word));
    }
  // Per class, the entries of every key of that class whose text starts with the word.
  for (const auto& [word, shard] : unions) {
    Shard s = parse(*shard);
    std::map<std::string, std::set<std::uint32_t>> expected;
    for (auto it = lists.lower_bound(word); it != lists.end() && it->first.rfind(word, 0) == 0;
         ++it)
      if (it->first.size() > word.size()) {
        auto entries_of_key = decoded(it->second);
        expected[word + it->first.back()].insert(entries_of_key.begin(), entries_of_key.end());
      }
    REQUIRE(s.keys.size() == expected.size());
    for (std::size_t k = 0; k < s.keys.size(); ++k) {
      REQUIRE(expected.count(s.keys[k]));
      CHECK(decoded(s.lists[k]) == expected[s.keys[k]]);
    }
    CHECK(index.manifest.find(json_string(word) + ": " + json_string(shard->path)) !=
          std::string::npos);
    CHECK(shard->path.rfind("assets/search-u-", 0) == 0);
  }
  return {lists, unions};
}

}  // namespace

TEST_CASE("a word that would read more than two key shards reads its union shard instead") {
  WordTable table;
  auto entries = corpus(table, 3000, 400);
  SearchIndex index = search_index(entries, {8 * 1024, 4 * 1024});
  auto [lists, unions] = checked_unions(index);
  REQUIRE(unions.count("w"));     // "word..." keys
  REQUIRE(unions.count("word"));  // and their longer starts
  CHECK(search_index({}).manifest.find("\"unions\": {}") != std::string::npos);
}

TEST_CASE("a union inside a shorter one counts the key its word is, as the shorter one does") {
  // The word "abc" is the key "abcw"; the words "abcw0"... make "abcw" a union word too.
  // Unions are made from the unions inside them: "abc"'s from "abcw"'s, plus that key.
  WordTable table;
  std::vector<SearchEntry> entries;
  for (int n = 0; n < 2000; ++n) {
    WordCollector c(table);
    c.feed(n % 2 ? "abc" : "abcw" + std::to_string(n));
    entries.push_back({"policy", "P-" + std::to_string(n), "T", "p.html", c.finish()});
  }
  SearchIndex index = search_index(entries, {2 * 1024, 4 * 1024});
  auto [lists, unions] = checked_unions(index);
  REQUIRE(lists.count("abcw"));
  REQUIRE(unions.count("abcw"));
  REQUIRE(unions.count("abc"));
}
