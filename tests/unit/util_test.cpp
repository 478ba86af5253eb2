#include <catch2/catch.hpp>

#include <thread>
#include <vector>

#include "util/allocator.hpp"
#include "util/date.hpp"
#include "util/diagnostic.hpp"
#include "util/paths.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

using namespace aimsdoc;

TEST_CASE("dates parse only real calendar days written YYYY-MM-DD") {
  CHECK(parse_date("2024-02-29").has_value());
  CHECK_FALSE(parse_date("2023-02-29").has_value());
  CHECK_FALSE(parse_date("2026-13-01").has_value());
  CHECK_FALSE(parse_date("2026-1-01").has_value());
  CHECK_FALSE(parse_date("26-01-01xx").has_value());
  CHECK(parse_date("2026-11-01")->to_string() == "2026-11-01");
}

TEST_CASE("date arithmetic round-trips through day numbers") {
  Date d{2026, 11, 1};
  CHECK(date_from_days(d.days_since_epoch()) == d);
  CHECK(Date{1970, 1, 1}.days_since_epoch() == 0);
  CHECK(d.plus_days(90).to_string() == "2027-01-30");
  CHECK(Date{2024, 3, 1}.days_since_epoch() - Date{2024, 2, 28}.days_since_epoch() == 2);
}

TEST_CASE("sha256 matches the FIPS 180-4 test vectors") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  Sha256 chunked;
  std::string million(1000000, 'a');
  for (std::size_t i = 0; i < million.size(); i += 777)
    chunked.update(std::string_view(million).substr(i, 777));
  CHECK(chunked.hex_digest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// Every length from 0 to 299 bytes crosses the block and padding boundaries of both the
// streaming path; the expected value is Python's hashlib.
TEST_CASE("sha256 agrees with hashlib at every length around the block size") {
  std::string all;
  for (int n = 0; n < 300; ++n) {
    std::string data;
    for (int i = 0; i < n; ++i) data += static_cast<char>((i * 131 + n * 7) & 0xff);
    all += sha256_hex(data);
  }
  CHECK(sha256_hex(all) == "96c0f4d13957b1dec8961ed4ee037b5771a38b58f3ed279bb0a4cdf5dfff6c63");
}

// The digests are fetched once and shared: threads hashing at once get the same answers,
// SHA-256 and SHA-1 alike, and the fetched implementation is the one every call uses.
TEST_CASE("sha256 and sha1 are fetched once and hash alike on many threads") {
  prepare_digests();
  REQUIRE(sha256_digest() != nullptr);
  CHECK(sha256_digest() == sha256_digest());
  CHECK(sha1_digest() != sha256_digest());
  std::vector<std::string> got(8);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < got.size(); ++t)
    threads.emplace_back([&got, t] {
      std::string all;
      for (int i = 0; i < 2000; ++i) all = sha256_hex(all + std::to_string(i));
      got[t] = all;
    });
  for (auto& th : threads) th.join();
  for (const auto& g : got) CHECK(g == got.front());
}

TEST_CASE("did_you_mean suggests close words only") {
  CHECK(did_you_mean("ownr", {"owner", "status"}) == "owner");
  CHECK(did_you_mean("justfication", {"justification", "notes"}) == "justification");
  CHECK(did_you_mean("zzzzzz", {"owner", "status"}).empty());
  // A short word gets one edit at most: any two-letter word is two edits from any other.
  CHECK(did_you_mean("ceo", {"cfo"}) == "cfo");
  CHECK(did_you_mean("id", {"ab", "to"}).empty());
  CHECK(did_you_mean("dpo", {"cfo"}).empty());
}

TEST_CASE("versions are written dotted") {
  CHECK(dotted(2, 0, 9) == "2.0.9");
  CHECK(dotted(3, 12, 0) == "3.12.0");
}

TEST_CASE("invalid UTF-8 is located") {
  CHECK(find_invalid_utf8("plain ascii") == std::string_view::npos);
  CHECK(find_invalid_utf8("caf\xC3\xA9") == std::string_view::npos);
  CHECK(find_invalid_utf8("ab\xC3") == 2);
  CHECK(find_invalid_utf8("a\xC0\x80") == 1);      // overlong
  CHECK(find_invalid_utf8("a\xED\xA0\x80") == 1);  // surrogate
  CHECK(line_column_at("ab\ncd", 4) == std::make_pair(2, 2));
}

// Both scans skip plain words 8 bytes at a time: every offset, word alignment and tail.
TEST_CASE("invalid UTF-8 and control characters are found at any offset") {
  const std::string clean = "Policy text,\tline\r\nwith caf\xC3\xA9 and \xE2\x80\x94 dashes. ";
  for (std::size_t at = 0; at <= 40; ++at) {
    std::string text = clean + clean;
    CHECK(find_invalid_utf8(text) == std::string_view::npos);
    CHECK(find_control_char(text) == std::string_view::npos);
    bool boundary = (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;  // not inside é
    for (const char* bad : {"\x01", "\x1F", "\x7F", "\x1B", "\xC2\x85", "\xC2\x9B", "\xEF\xBF\xBE",
                            "\xEF\xBF\xBF", "\xEF\xB7\x90", "\xF4\x8F\xBF\xBF"}) {
      if (!boundary) continue;
      std::string with = text;
      with.insert(at, bad);
      CHECK(find_control_char(with) == at);
    }
    for (const char* bad : {"\xFF", "\xC0\x80", "\xE2\x80", "\x80"}) {
      std::string with = std::string(at, 'a') + bad + clean;
      CHECK(find_invalid_utf8(with) == at);
    }
  }
  CHECK(find_control_char(std::string(13, 'x') + "\x7F") == 13);
  // C1 controls and noncharacters, not their neighbours.
  CHECK(find_control_char("\xC2\xA0 \xEF\xBF\xBD \xEF\xB7\xB0 \xF0\x9F\x98\x80") ==
        std::string_view::npos);
  CHECK(find_control_char("ab\xC2\x9F") == 2);
  CHECK(find_control_char("ab\xF0\x9F\xBF\xBE") == 2);  // U+1FFFE
  CHECK(code_point_at("a\xF4\x8F\xBF\xBF", 1) == 0x10FFFF);
  CHECK(find_invalid_utf8(std::string(15, 'x') + "\xC3") == 15);
}

TEST_CASE("relative paths are joined, normalized and kept inside the root") {
  CHECK(join_normalized("content/risk", "../data/x.md") == "content/data/x.md");
  CHECK(join_normalized("content", "./a/./b.md") == "content/a/b.md");
  CHECK_FALSE(join_normalized("content", "../../x").has_value());
  CHECK(link_target_path("content/a", "../b.md#scope?x") == "content/b.md");
  CHECK(link_target_path("content", "img/flow.png?v=2") == "content/img/flow.png");
  CHECK_FALSE(link_target_path("", "../x.md#top").has_value());
  CHECK(link_path_part("../b.md#scope?x") == "../b.md");
  CHECK(link_suffix("../b.md#scope?x") == "#scope?x");
  CHECK(link_suffix("img/flow.png?v=2") == "?v=2");
  CHECK(link_suffix("b.md").empty());
  CHECK(link_path_part("#top").empty());
  CHECK(relative_path("controls", "policies/POL-1.html") == "../policies/POL-1.html");
  CHECK(relative_path("", "controls/A.2.2.html") == "controls/A.2.2.html");
  CHECK(relative_path("policies", "policies/POL-2.html") == "POL-2.html");
  CHECK(is_relative_target("../x.md"));
  CHECK_FALSE(is_relative_target("https://x/y.md"));
  CHECK_FALSE(is_relative_target("javascript:alert(1)"));
  CHECK_FALSE(is_relative_target("#top"));
  CHECK_FALSE(is_relative_target("/etc/passwd"));
}

TEST_CASE("check_inside_root rejects absolute, climbing and missing paths") {
  auto root = std::filesystem::path(AIMSDOC_FIXTURES) / "_base";
  CHECK(check_inside_root(root, "evidence/1.1.txt") == PathProblem::None);
  CHECK(check_inside_root(root, "evidence/../evidence/1.1.txt") == PathProblem::None);
  CHECK(check_inside_root(root, "/etc/passwd") == PathProblem::Absolute);
  CHECK(check_inside_root(root, "../_base/evidence/1.1.txt") == PathProblem::EscapesRoot);
  CHECK(check_inside_root(root, "evidence/none.txt") == PathProblem::Missing);
  CHECK(check_inside_root(root, "evidence") == PathProblem::NotAFile);
}

TEST_CASE("diagnostics sort like a compiler's and format with location and rule") {
  Diagnostics d;
  d.error({"b.yaml", 2, 1}, "r2", "second");
  d.warning({"a.yaml", 10, 3}, "r1", "first");
  d.error({"b.yaml", 1, 5}, "r3", "third");
  d.sort();
  REQUIRE(d.items().size() == 3);
  CHECK(format_diagnostic(d.items()[0]) == "a.yaml:10:3: warning: first [r1]");
  CHECK(format_diagnostic(d.items()[1]) == "b.yaml:1:5: error: third [r3]");
  CHECK(d.error_count() == 2);
  CHECK(d.warning_count() == 1);
}

// A normal build allocates with mimalloc (CMakeLists.txt); the sanitizer builds with the C
// library's malloc, which their own allocators replace.
TEST_CASE("the allocator in use is the one the build links") {
#ifdef AIMSDOC_MIMALLOC
  CHECK(allocator_name().rfind("mimalloc 2.", 0) == 0);
#else
  CHECK(allocator_name() == "libc malloc");
#endif
  release_freed_memory();  // safe to call on any thread at any time
}
