// Markdown rendering for the portal: GitHub extensions on, raw HTML and script URLs off,
// link rewriting and heading anchors.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include "render/cmark_setup.hpp"
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
  // Each task's checkbox is named by its list item (no unlabelled form field).
  CHECK(contains(out.html,
                 "<li id=\"task-item-1\"><input aria-labelledby=\"task-item-1\" "
                 "type=\"checkbox\" checked=\"\" disabled=\"\" /> done"));
  CHECK(contains(out.html,
                 "<li id=\"task-item-2\"><input aria-labelledby=\"task-item-2\" "
                 "type=\"checkbox\" disabled=\"\" /> open"));
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

TEST_CASE("raw HTML outside GitHub's allowlist shows as text, never as markup") {
  auto out = plain(
      "Hello <script>alert(1)</script>\n\n<iframe src=x></iframe>\n\n<b onclick=x>b</b>\n\n"
      "Write to <insert email address here>.\n");
  CHECK_FALSE(contains(out.html, "<script"));
  CHECK_FALSE(contains(out.html, "<iframe"));
  CHECK_FALSE(contains(out.html, "<b "));
  CHECK(contains(out.html, "Hello &lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(contains(out.html, "&lt;iframe src=x&gt;&lt;/iframe&gt;"));
  CHECK(contains(out.html, "&lt;b onclick=x&gt;b&lt;/b&gt;"));
  CHECK(contains(out.html, "Write to &lt;insert email address here&gt;."));
}

TEST_CASE("the allowlisted tags render as GitHub renders them, without attributes") {
  auto out = plain(
      "a<br />b<br>c H<sub>2</sub>O x<sup onclick=\"x\">2</sup> <kbd>Ctrl</kbd> "
      "<del>old</del><ins style=\"color:red\">new</ins> <!-- hidden -->\n\n"
      "<details open>\n<summary>More</summary>\n\nInside **bold**.\n\n</details>\n");
  CHECK(contains(out.html,
                 "a<br />b<br />c H<sub>2</sub>O x<sup>2</sup> <kbd>Ctrl</kbd> "
                 "<del>old</del><ins>new</ins>"));
  CHECK(contains(out.html, "<details open>\n<summary>More</summary>"));
  CHECK(contains(out.html, "<p>Inside <strong>bold</strong>.</p>"));
  CHECK(contains(out.html, "</details>"));
  CHECK_FALSE(contains(out.html, "onclick"));
  CHECK_FALSE(contains(out.html, "style"));
  CHECK_FALSE(contains(out.html, "hidden"));
}

TEST_CASE("sanitize_raw_html keeps entities and escapes everything unknown") {
  CHECK(sanitize_raw_html("<div class=\"x\">&amp; &copy; & <br/></div>") ==
        "&lt;div class=&quot;x&quot;&gt;&amp; &copy; &amp; <br />&lt;/div&gt;");
  // An allowed tag loses every attribute: `open` is kept only when it is the only one.
  CHECK(sanitize_raw_html("<details ontoggle=alert(1) open>") == "<details>");
  CHECK(sanitize_raw_html("<kbd style=\"x\" onclick='y'>") == "<kbd>");
  CHECK(sanitize_raw_html("<DETAILS OPEN>") == "<details open>");
  CHECK(sanitize_raw_html("<sup title='a>b'>") == "<sup>");
  CHECK(sanitize_raw_html("<!-- never closed") == "");
  CHECK(sanitize_raw_html("</br>") == "&lt;/br&gt;");
}

TEST_CASE("GitHub alert blocks render as the theme's callouts") {
  MarkdownStyle style;
  for (const char* kind : kAlertKinds)
    style.alerts[kind] = {std::string("<aside class=\"") + kind + "\">", "</aside>"};
  auto out = render_markdown(
      "> [!WARNING]\n> Do **not** skip.\n\n> [!note]\n> lower case\n\n"
      "> [!UNKNOWN]\n> stays a quote\n\n> plain quote\n",
      nullptr, nullptr, false, &style);
  CHECK(contains(out.html,
                 "<aside class=\"warning\">\n<p>Do <strong>not</strong> skip.</p>\n</aside>"));
  CHECK(contains(out.html, "<aside class=\"note\">\n<p>lower case</p>\n</aside>"));
  CHECK(contains(out.html, "<blockquote>\n<p>[!UNKNOWN]"));
  CHECK(contains(out.html, "<blockquote>\n<p>plain quote</p>"));
  CHECK_FALSE(contains(out.html, "[!WARNING]"));
  // Without a style (no theme at hand) an alert stays the block quote it is.
  CHECK(contains(plain("> [!TIP]\n> x\n").html, "<blockquote>"));
}

TEST_CASE("javascript: and data: link URLs do not survive") {
  auto out = plain(
      "[a](javascript:alert(1)) [b](JAVASCRIPT:x) [c](data:text/html;base64,xx) "
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
                               if (url == "../risk/x.md#s")
                                 return std::string("../policies/X.html#s");
                               return std::nullopt;
                             });
  CHECK(seen == std::vector<std::string>{"../risk/x.md#s", "img.png", "https://e.org"});
  CHECK(contains(out.html, "href=\"../policies/X.html#s\""));
  CHECK(contains(out.html, "src=\"img.png\""));
}

TEST_CASE("headings get GitHub-style ids, repeated ones numbered") {
  auto out =
      plain("# Title\n\n## 2. Scoring & Rating\n\ntext `<h2>` here\n\n## Notes\n\n## Notes\n");
  CHECK(contains(out.html, "<h1 id=\"title\">Title</h1>"));
  CHECK(contains(out.html, "<h2 id=\"2-scoring--rating\">"));
  CHECK(contains(out.html, "<h2 id=\"notes\">Notes</h2>"));
  CHECK(contains(out.html, "<h2 id=\"notes-1\">Notes</h2>"));
  CHECK(contains(out.html, "<code>&lt;h2&gt;</code>"));  // code is not taken for a heading
  CHECK(out.leading_h1 == "Title");
}

// A page holding several documents gives each a prefix, so their ids cannot meet.
TEST_CASE("an id prefix goes before every id and every link to one") {
  auto out = render_markdown("## Notes\n\n- [x] done\n\nA claim.[^1]\n\n[^1]: A note.\n", nullptr,
                             nullptr, false, nullptr, "doc-2/");
  CHECK(contains(out.html, "<h2 id=\"doc-2/notes\">Notes</h2>"));
  CHECK(contains(out.html,
                 "<li id=\"doc-2/task-item-1\"><input aria-labelledby=\"doc-2/task-item-1\""));
  CHECK(contains(out.html, "href=\"#doc-2/fn-1\" id=\"doc-2/fnref-1\""));
  CHECK(contains(out.html, "<li id=\"doc-2/fn-1\">"));
  CHECK(contains(out.html, "href=\"#doc-2/fnref-1\""));
  CHECK_FALSE(contains(out.html, " id=\"task-item-1\""));
}

// The words a reader sees: not URLs, not markup; emphasis inside a word keeps it whole;
// blocks, cells and line breaks end words.
TEST_CASE("the search words of a document are its visible text") {
  WordTable table;
  WordCollector collect(table);
  render_markdown(
      "Some **bold** words in**side** [a link](https://hidden.example/path)\n"
      "line\nbreak `code span`\n\n| cell | other |\n|---|---|\n| one | two |\n\n"
      "```\nfenced block\n```\n",
      nullptr, &collect);
  std::string words;
  for (auto id : collect.finish().ids) words += table.word(id) + " ";
  CHECK(words ==
        "some bold words inside link line break code span cell other one two fenced "
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
  aimsdoc::prepare_cmark();
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
