// Incremental rebuilds at the output stage: the cache survives a round trip and is
// ignored when damaged, and a file is taken over from the previous portal only while it
// is the file the cache describes.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <fstream>

#include "output/build_cache.hpp"
#include "output/build_state.hpp"
#include "output/reusing_sink.hpp"
#include "render/portal/templates.hpp"
#include "util/fields.hpp"
#include "util/paths.hpp"
#include "util/sha256.hpp"

using namespace aimsdoc;
namespace fs = std::filesystem;

namespace {

struct Scratch {
  fs::path path = fs::temp_directory_path() / ("aimsdoc-cache-test-" + std::to_string(::getpid()));
  Scratch() {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Scratch() { fs::remove_all(path); }
};

// Builds `site` with one page through a ReusingSink over the previous build's cache, as
// build_outputs does; returns how many files were taken over. `keyed`: the page has a
// shape key, else it is compared by content.
std::size_t build_site(const fs::path& site, const std::string& page, bool keyed) {
  fs::path cache_dir = cache_dir_for(site);
  StagingDir staging(site);
  ReusingSink sink(staging, site, read_build_cache(cache_dir));
  FileKeys keys;
  if (keyed) keys.shape = [] { return std::string("key-1"); };
  bool made = false;
  sink.publish("a/page.html", keys, [&] {
    made = true;
    return page;
  });
  sink.remember("note", "remembered");
  BuildCache next = sink.next(staging.files());
  REQUIRE(staging.commit());
  REQUIRE(write_build_cache(cache_dir, next));
  // Taken over by its shape key: the page itself was never made.
  if (keyed && sink.reused() == 1) CHECK_FALSE(made);
  return sink.reused();
}

}  // namespace

TEST_CASE("length-prefixed fields hold any bytes and a damaged field reads as damaged") {
  std::string out;
  put_field(out, std::string("a:b\n\0c", 6));
  put_field(out, "");
  std::string_view in = out;
  CHECK(take_field(in) == std::string_view(std::string("a:b\n\0c", 6)));
  CHECK(take_field(in) == std::string_view(""));
  CHECK(in.empty());
  for (std::string bad : {"9:short", "x:1", ":", "3"}) {
    std::string_view b = bad;
    CHECK_FALSE(take_field(b));
  }
}

TEST_CASE("the build cache round-trips and a damaged one is empty") {
  Scratch tmp;
  BuildCache cache;
  cache.outputs["a/b.html"] = {"key", "inputs", std::string(64, 'f'), {1, 2, 3, 4}};
  cache.notes["n"] = std::string("any\0bytes", 9);
  REQUIRE(write_build_cache(tmp.path / ".c", cache));
  BuildCache back = read_build_cache(tmp.path / ".c");
  REQUIRE(back.outputs.size() == 1);
  CHECK(back.outputs["a/b.html"].key == "key");
  CHECK(back.outputs["a/b.html"].inputs_key == "inputs");
  CHECK(back.outputs["a/b.html"].identity == FileIdentity{1, 2, 3, 4});
  CHECK(back.notes["n"] == std::string("any\0bytes", 9));
  auto text = read_file(tmp.path / ".c" / "cache");
  std::ofstream(tmp.path / ".c" / "cache", std::ios::trunc) << text->substr(0, text->size() - 3);
  CHECK(read_build_cache(tmp.path / ".c").outputs.empty());
  CHECK(cache_dir_for("out/site/").filename() == ".site.aimsdoc-cache");
}

// Written a piece at a time: notes larger than a piece, and many small ones across pieces.
TEST_CASE("a build cache of many megabytes round-trips whole") {
  Scratch tmp;
  BuildCache cache;
  for (int i = 0; i < 3000; ++i)
    cache.outputs["p/" + std::to_string(i) + ".html"] = {
        "k" + std::to_string(i), "i", std::string(64, 'a'), {1, 2, 3, 4}};
  cache.notes["big"] = std::string(3 * 1024 * 1024 + 7, 'x');
  for (int i = 0; i < 20000; ++i) cache.notes["n" + std::to_string(i)] = std::string(97, 'y');
  REQUIRE(write_build_cache(tmp.path / ".c", cache));
  BuildCache back = read_build_cache(tmp.path / ".c");
  CHECK(back.outputs.size() == 3000);
  CHECK(back.outputs["p/2999.html"].key == "k2999");
  CHECK(back.notes.size() == 20001);
  CHECK(back.notes["big"].size() == 3 * 1024 * 1024 + 7);
  CHECK(back.notes["n19999"] == std::string(97, 'y'));
}

TEST_CASE("a file is taken over only while it is the one the cache describes") {
  Scratch tmp;
  fs::path site = tmp.path / "site";
  CHECK(build_site(site, "<p>one</p>", true) == 0);  // no cache yet
  auto inode = identify(site / "a/page.html")->inode;
  CHECK(build_site(site, "<p>one</p>", true) == 1);  // same key: the same file, linked
  CHECK(identify(site / "a/page.html")->inode == inode);
  CHECK(read_build_cache(cache_dir_for(site)).notes.at("note") == "remembered");
  // Edited in place (a new modification time): rendered again although the key matches.
  std::ofstream(site / "a/page.html", std::ios::trunc) << "<p>edited</p>";
  CHECK(build_site(site, "<p>one</p>", true) == 0);
  CHECK(*read_file(site / "a/page.html") == "<p>one</p>");
  // By content: reused while the bytes are the same, written when they differ.
  CHECK(build_site(site, "<p>one</p>", false) == 1);
  CHECK(build_site(site, "<p>two</p>", false) == 0);
  CHECK(*read_file(site / "a/page.html") == "<p>two</p>");
}

TEST_CASE("a file is taken over by its inputs key, which the next build keeps") {
  Scratch tmp;
  fs::path site = tmp.path / "site";
  auto build = [&](const std::string& inputs, const std::string& page) {
    fs::path cache_dir = cache_dir_for(site);
    StagingDir staging(site);
    ReusingSink sink(staging, site, read_build_cache(cache_dir));
    sink.publish("a/page.html", {inputs, {}}, [&] { return page; });
    BuildCache next = sink.next(staging.files());
    REQUIRE(staging.commit());
    REQUIRE(write_build_cache(cache_dir, next));
    return next.outputs.at("a/page.html").inputs_key;
  };
  CHECK(build("in-1", "<p>one</p>") == "in-1");
  auto inode = identify(site / "a/page.html")->inode;
  // Same inputs: taken over without looking at the page ("<p>ignored</p>" is not written).
  CHECK(build("in-1", "<p>ignored</p>") == "in-1");
  CHECK(identify(site / "a/page.html")->inode == inode);
  CHECK(*read_file(site / "a/page.html") == "<p>one</p>");
  // Other inputs, same bytes: taken over by content, under the new inputs key.
  CHECK(build("in-2", "<p>one</p>") == "in-2");
  CHECK(identify(site / "a/page.html")->inode == inode);
  // Other inputs, other bytes: written.
  CHECK(build("in-3", "<p>three</p>") == "in-3");
  CHECK(*read_file(site / "a/page.html") == "<p>three</p>");
  // Edited in place: written again although the inputs key matches.
  std::ofstream(site / "a/page.html", std::ios::trunc) << "<p>edited</p>";
  CHECK(build("in-3", "<p>three</p>") == "in-3");
  CHECK(*read_file(site / "a/page.html") == "<p>three</p>");
}

// Audit reports and theme assets are copied without a hash from the loader.
TEST_CASE("a copied file the loader did not hash is taken over while its bytes are the same") {
  Scratch tmp;
  fs::path site = tmp.path / "site", source = tmp.path / "report.pdf";
  auto build = [&] {
    fs::path cache_dir = cache_dir_for(site);
    StagingDir staging(site);
    ReusingSink sink(staging, site, read_build_cache(cache_dir));
    sink.copy("files/report.pdf", source, "");
    BuildCache next = sink.next(staging.files());
    REQUIRE(staging.commit());
    REQUIRE(write_build_cache(cache_dir, next));
    return sink.reused();
  };
  std::ofstream(source) << "first";
  CHECK(build() == 0);
  CHECK(build() == 1);
  std::ofstream(source, std::ios::trunc) << "second";
  CHECK(build() == 0);
  CHECK(*read_file(site / "files/report.pdf") == "second");
  CHECK(build() == 1);
}

TEST_CASE("a policy page is spliced only when its templates show the body raw") {
  using aimsdoc::portal::shows_only_raw;
  CHECK(shows_only_raw("<main>{{{body_html}}}</main>{{title}}", "body_html"));
  CHECK(shows_only_raw("{{& body_html }} {{! body_html in a comment }}", "body_html"));
  CHECK_FALSE(shows_only_raw("{{body_html}}", "body_html"));                  // escaped
  CHECK_FALSE(shows_only_raw("{{#body_html}}x{{/body_html}}", "body_html"));  // tested
  CHECK_FALSE(shows_only_raw("{{{body_html}}}{{> part}}", "body_html"));      // a partial
  CHECK_FALSE(shows_only_raw("{{=<% %>=}}<%body_html%>", "body_html"));       // new delimiters
  CHECK_FALSE(shows_only_raw("{{{x.body_html}}}", "body_html"));
  CHECK(shows_only_raw("<div class=\"content\">{{{content}}}</div>", "content"));
}

TEST_CASE("a file that cannot be taken over can still be written") {
  Scratch tmp;
  StagingDir staging(tmp.path / "site");
  CHECK_FALSE(staging.link("a/page.html", tmp.path / "no-such-file", std::string(64, '0'), {}));
  staging.write("a/page.html", "<p>rendered</p>");
  CHECK(staging.ok());
  REQUIRE(staging.files().size() == 1);
  CHECK(staging.files()[0].sha256 == sha256_hex("<p>rendered</p>"));
}

TEST_CASE("the inputs' fingerprint sees a change anywhere in a deep tree, on any number of cores") {
  Scratch scratch;
  const fs::path& root = scratch.path;
  // Twelve folders of two levels: enough that the walk shares subtrees between cores.
  for (int a = 0; a < 12; ++a)
    for (const char* sub : {"", "/x", "/x/y"}) {
      fs::path dir = root / "content" / ("area" + std::to_string(a) + sub);
      fs::create_directories(dir);
      std::ofstream(dir / "p.md") << "policy " << a << sub;
    }
  auto fingerprint_with = [&](const char* jobs) {
    ::setenv("AIMSDOC_JOBS", jobs, 1);
    auto f = fingerprint_inputs(root, {});
    ::unsetenv("AIMSDOC_JOBS");
    REQUIRE(f);
    return *f;
  };
  std::string one = fingerprint_with("1");
  CHECK(fingerprint_with("2") == one);
  CHECK(fingerprint_with("7") == one);
  std::ofstream(root / "content/area7/x/y/p.md", std::ios::app) << " edited";
  std::string edited = fingerprint_with("2");
  CHECK(edited != one);
  std::ofstream(root / "content/area11/x/y/new.md") << "new";
  CHECK(fingerprint_with("2") != edited);
}
