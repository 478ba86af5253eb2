// Fuzzes the portal's Markdown path: the pre-scan that refuses superlinear Markdown, then
// cmark-gfm in safe mode with the link rewriter that
// turns `.md` and evidence paths into portal URLs, GitHub heading ids, the raw HTML
// allowlist and alert callouts. Whatever the policy says, the HTML holds only markup cmark
// or the allowlist writes: no script, no event handler, no unquoted attribute, no script URL.
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "fuzz_input.hpp"
#include "load/markdown_limits.hpp"
#include "render/cmark_setup.hpp"
#include "render/portal/link_rewriter.hpp"
#include "render/portal/markdown.hpp"
#include "render/portal/urls.hpp"

using namespace aimsdoc;

namespace {

const Aims& sample_aims() {
  static Aims aims = [] {
    Aims a;
    CatalogItem item;
    item.id = "A.1";
    item.kind = ItemKind::Control;
    a.primary.items.push_back(item);
    Requirement r;
    r.item = &a.primary.items[0];
    r.has_record = true;
    r.record.location.path = "controls/A.1.yaml";
    EvidenceItem ev;
    ev.id = "EV-1";
    ev.file = "evidence/report \"final\" <v2>.pdf";
    r.record.evidence.push_back(ev);
    a.requirements.push_back(std::move(r));
    for (const char* path : {"content/a.md", "content/sub/b.md"}) {
      Policy p;
      p.id = std::string("POL-") + path[8];
      p.source_path = path;
      a.policies.push_back(std::move(p));
    }
    return a;
  }();
  return aims;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// A character reference as a browser decodes it inside an attribute; 0 when unknown.
char decode_entity(const std::string& name) {
  if (name == "colon") return ':';
  if (name == "tab") return '\t';
  if (name == "newline") return '\n';
  if (name == "amp") return '&';
  if (name == "quot") return '"';
  if (name == "apos") return '\'';
  if (name.size() > 1 && name[0] == '#') {
    bool hex = name[1] == 'x';
    long code = std::strtol(name.c_str() + (hex ? 2 : 1), nullptr, hex ? 16 : 10);
    return code > 0 && code < 128 ? static_cast<char>(code) : '?';
  }
  return 0;
}

// What a browser's URL parser would take the start of an href to be: references decoded,
// leading blanks and every tab or newline dropped, lower-cased.
std::string scheme_view(std::string_view value) {
  std::string out;
  for (std::size_t i = 0; i < value.size() && out.size() < 16; ++i) {
    char c = value[i];
    if (c == '&') {
      auto end = value.find(';', i);
      if (end == std::string_view::npos) break;
      c = decode_entity(lower(std::string(value.substr(i + 1, end - i - 1))));
      i = end;
      if (c == 0) break;
    }
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (out.empty() && static_cast<unsigned char>(c) <= 0x20) continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// Walks every tag of the HTML and checks its name and attributes.
void check_markup(const std::string& html) {
  static const std::string kTags[] = {
      "a",   "aside", "blockquote", "br", "code", "del",     "details", "em",    "h1",
      "h2",  "h3",    "h4",         "h5", "h6",   "hr",      "img",     "input", "ins",
      "kbd", "li",    "ol",         "p",  "pre",  "section", "strong",  "sub",   "summary",
      "sup", "table", "tbody",      "td", "th",   "thead",   "tr",      "ul"};
  for (std::size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
    if (html.compare(i, 4, "<!--") == 0) {  // "<!-- raw HTML omitted -->"
      i = html.find("-->", i);
      fuzz::require(i != std::string::npos, "unterminated comment");
      continue;
    }
    std::size_t j = i + 1 + (i + 1 < html.size() && html[i + 1] == '/');
    std::size_t name_end = html.find_first_of(" />", j);
    fuzz::require(name_end != std::string::npos, "unterminated tag");
    std::string name = lower(html.substr(j, name_end - j));
    fuzz::require(std::find(std::begin(kTags), std::end(kTags), name) != std::end(kTags),
                  "a tag cmark does not write (raw HTML got through)");
    std::size_t k = name_end;
    while (k < html.size() && html[k] != '>') {
      if (html[k] == ' ' || html[k] == '/') {
        ++k;
        continue;
      }
      std::size_t eq = html.find_first_of("= />", k);
      fuzz::require(eq != std::string::npos, "unterminated attribute");
      std::string attr = lower(html.substr(k, eq - k));
      fuzz::require(attr.rfind("on", 0) != 0, "an event handler attribute");
      if (html[eq] != '=') {
        k = eq;
        continue;
      }
      fuzz::require(eq + 1 < html.size() && html[eq + 1] == '"', "an unquoted attribute value");
      std::size_t close = html.find('"', eq + 2);
      fuzz::require(close != std::string::npos, "an attribute value never closed");
      if (attr == "href" || attr == "src") {
        std::string scheme = scheme_view(std::string_view(html).substr(eq + 2, close - eq - 2));
        for (const char* bad : {"javascript:", "vbscript:", "data:text"})
          fuzz::require(scheme.rfind(bad, 0) != 0, "a script URL in href/src");
      }
      k = close + 1;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  prepare_cmark();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Diagnostics diags;
  auto text = fuzz::text_input(data, size, "content/sub/b.md", diags);
  if (!text) return 0;
  // As the loaders do: text cmark-gfm would render in superlinear time is refused with one
  // located finding and never rendered.
  if (!markdown_within_limits(*text, "content/sub/b.md", 1, diags)) {
    fuzz::require(diags.items().size() == 1 && diags.items()[0].rule == "markdown.limit",
                  "a refused text without exactly one markdown.limit finding");
    fuzz::check_diagnostics(diags, "content/sub/b.md", fuzz::count_lines(*text));
    return 0;
  }
  static const portal::LinkRewriter rewriter(sample_aims());
  portal::WordTable table;
  portal::WordCollector words(table);  // the search index's walk runs too
  static const portal::MarkdownStyle style = [] {
    portal::MarkdownStyle st;
    for (const char* kind : portal::kAlertKinds)
      st.alerts[kind] = {"<aside class=\"a\">", "</aside>"};
    return st;
  }();
  auto rendered = portal::render_markdown(
      *text,
      [](const std::string& url) {
        return rewriter.rewrite(url, "content/sub", "policies/POL-b.html");
      },
      &words, false, &style);
  words.finish();
  check_markup(rendered.html);
  return 0;
}
