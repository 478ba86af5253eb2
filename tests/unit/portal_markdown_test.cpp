// Markdown rendering for the portal: GitHub extensions on, raw HTML and script URLs off,
// link rewriting and heading anchors.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include "render/portal/markdown.hpp"

using namespace aimsdoc::portal;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

RenderedMarkdown plain(const std::string& md) { return render_markdown(md, nullptr); }

}  // namespace

TEST_CASE("GFM tables, strikethrough, task lists, autolinks and footnotes render") {
  auto out = plain(
      "| a | b |\n|---|---|\n| 1 | ~~2~~ |\n\n- [x] done\n- [ ] open\n\n"
      "See www.example.com today.[^n]\n\n[^n]: A note.\n");
  CHECK(contains(out.html, "<table>"));
  CHECK(contains(out.html, "<del>2</del>"));
  CHECK(contains(out.html, "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> done"));
  CHECK(contains(out.html, "<a href=\"http://www.example.com\">www.example.com</a>"));
  CHECK(contains(out.html, "class=\"footnotes\""));
  CHECK(contains(out.html, "A note."));
}

TEST_CASE("bytes that are not UTF-8 become U+FFFD unless the caller vouches for the text") {
  // Notes and the scope statement come from YAML, where an escape can decode to bytes
  // that are not UTF-8; a policy body is cut from a file the loader checked.
  CHECK(plain("caf\xFF\n").html == "<p>caf\xEF\xBF\xBD</p>\n");
  std::string valid = "caf\xC3\xA9 **ok**\n";
  CHECK(render_markdown(valid, nullptr, nullptr, true).html == plain(valid).html);
}

TEST_CASE("raw HTML in Markdown is dropped, not passed through") {
  auto out = plain("Hello <script>alert(1)</script>\n\n<iframe src=x></iframe>\n\n<b onclick=x>b</b>\n");
  CHECK_FALSE(contains(out.html, "<script"));
  CHECK_FALSE(contains(out.html, "<iframe"));
  CHECK_FALSE(contains(out.html, "onclick"));
  CHECK(contains(out.html, "Hello"));
}

TEST_CASE("javascript: and data: link URLs do not survive") {
  auto out = plain("[a](javascript:alert(1)) [b](JAVASCRIPT:x) [c](data:text/html;base64,xx) "
                   "[d](vbscript:x)\n");
  CHECK_FALSE(contains(out.html, "javascript:"));
  CHECK_FALSE(contains(out.html, "JAVASCRIPT:"));
  CHECK_FALSE(contains(out.html, "data:text"));
  CHECK_FALSE(contains(out.html, "vbscript:"));
  CHECK(contains(out.html, ">a</a>"));
}

TEST_CASE("the rewriter sees every link and image URL and may replace it") {
  std::vector<std::string> seen;
  auto out = render_markdown("[p](../risk/x.md#s) ![i](img.png) [e](https://e.org)\n",
                             [&](const std::string& url) -> std::optional<std::string> {
                               seen.push_back(url);
                               if (url == "../risk/x.md#s") return std::string("../policies/X.html#s");
                               return std::nullopt;
                             });
  CHECK(seen == std::vector<std::string>{"../risk/x.md#s", "img.png", "https://e.org"});
  CHECK(contains(out.html, "href=\"../policies/X.html#s\""));
  CHECK(contains(out.html, "src=\"img.png\""));
}

TEST_CASE("headings get GitHub-style ids, repeated ones numbered") {
  auto out = plain("# Title\n\n## 2. Scoring & Rating\n\ntext `<h2>` here\n\n## Notes\n\n## Notes\n");
  CHECK(contains(out.html, "<h1 id=\"title\">Title</h1>"));
  CHECK(contains(out.html, "<h2 id=\"2-scoring--rating\">"));
  CHECK(contains(out.html, "<h2 id=\"notes\">Notes</h2>"));
  CHECK(contains(out.html, "<h2 id=\"notes-1\">Notes</h2>"));
  CHECK(contains(out.html, "<code>&lt;h2&gt;</code>"));  // code is not taken for a heading
  CHECK(out.leading_h1 == "Title");
}

// The words a reader sees: not URLs, not markup; emphasis inside a word keeps it whole;
// blocks, cells and line breaks end words.
TEST_CASE("the search words of a document are its visible text") {
  WordTable table;
  WordCollector collect(table);
  render_markdown("Some **bold** words in**side** [a link](https://hidden.example/path)\n"
                  "line\nbreak `code span`\n\n| cell | other |\n|---|---|\n| one | two |\n\n"
                  "```\nfenced block\n```\n",
                  nullptr, &collect);
  std::string words;
  for (auto id : collect.finish().ids) words += table.word(id) + " ";
  CHECK(words == "some bold words inside link line break code span cell other one two fenced "
                 "block ");
}

// cmark-gfm keeps its table of special inline characters in a global that every parse used
// to set and clear (render/cmark_setup.cpp): on two threads, one document's end made the
// other miss its autolinks and strikethrough. Each thread renders the same documents over
// and over; every result must be the one rendered alone.
TEST_CASE("Markdown renders the same on several threads at once") {
  std::string doc;
  for (int i = 0; i < 40; ++i)
    doc += "Paragraph " + std::to_string(i) + " names www.example.org/" + std::to_string(i) +
           " and ~~struck~~ text, then a mail: audit@example.com.\n\n";
  prepare_markdown();
  const std::string alone = plain(doc).html;
  REQUIRE(contains(alone, "<a href=\"http://www.example.org/39\">"));
  REQUIRE(contains(alone, "<del>struck</del>"));
  std::atomic<int> different{0};
  auto render_many = [&] {
    for (int i = 0; i < 1000; ++i)
      if (plain(i % 2 ? doc : "~~a~~ www.b.org").html != alone && i % 2) ++different;
  };
  std::thread a(render_many), b(render_many);
  a.join();
  b.join();
  CHECK(different == 0);
}
