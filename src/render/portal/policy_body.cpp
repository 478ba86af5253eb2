#include "render/portal/policy_body.hpp"

#include <cmark-gfm.h>

#include <vector>

#include "render/portal/markdown.hpp"
#include "util/fields.hpp"
#include "util/paths.hpp"
#include "util/sha256.hpp"

namespace aimsdoc::portal {
namespace {

// Everything but the link targets: the texts (the body by its SHA-256, so a body left in
// its file is not read for a page the cache holds), the folder relative links start from,
// the page they end up on, the Markdown renderer (a new cmark-gfm may render differently)
// and the theme's markup for alert blocks.
std::string text_key(const PortalContext& ctx, const Policy& p, const std::string& page) {
  std::string fields;
  for (std::string_view part :
       {std::string_view(cmark_version_string()), std::string_view(ctx.markdown_style.digest),
        std::string_view(p.title), std::string_view(p.source_path), std::string_view(page),
        std::string_view(p.body.sha256())})
    put_field(fields, part);
  return sha256_hex(fields);
}

// What each link of the body pointed at, in document order: the URL as written and what
// the portal made of it ("" for left as written).
struct LinkAnswers {
  std::vector<std::string> urls;
  std::string answers;  // put_field of each answer
};

RenderedMarkdown render_body(const PortalContext& ctx, std::size_t index, LinkAnswers* record,
                             WordCollector* words) {
  const Policy& p = ctx.aims.policies[index];
  const std::string& page = ctx.policy_cards[index].page;
  std::string source_dir = parent_dir(p.source_path);
  return render_markdown(
      p.body.text().str(),
      [&](const std::string& url) {
        auto answer = ctx.links.rewrite(url, source_dir, page);
        if (record) {
          record->urls.push_back(url);
          put_field(record->answers, answer ? *answer : std::string());
        }
        return answer;
      },
      words, /*valid_utf8=*/true,  // the policy loader refuses a file that is not UTF-8
      &ctx.markdown_style);
}

std::string answers_hash(const std::string& answers) { return sha256_hex(answers); }

// The note: text key, first heading, the link table the answers were found in, the
// answers' hash and the URLs. The words are remembered with the search index
// (remembered_words.hpp).
std::string note_of(const PortalContext& ctx, const std::string& text_key, const LinkAnswers& links,
                    const std::string& leading_h1) {
  std::string note;
  put_field(note, text_key);
  put_field(note, leading_h1);
  put_field(note, ctx.links.digest());
  put_field(note, answers_hash(links.answers));
  put_field(note, std::to_string(links.urls.size()));
  for (const auto& url : links.urls) put_field(note, url);
  return note;
}

// The hash of what the noted URLs point at now: the noted one while the link table is
// the same (the answers are a function of it, the URL and the page); else asked again.
std::optional<std::string> current_answers(const PortalContext& ctx, std::size_t index,
                                           std::string_view& note) {
  auto table = take_field(note), noted = take_field(note);
  auto urls = take_number(note);
  if (!table || !noted || !urls) return std::nullopt;
  bool same_table = *table == ctx.links.digest();
  std::string source_dir = parent_dir(ctx.aims.policies[index].source_path), answers;
  const std::string& page = ctx.policy_cards[index].page;
  for (std::uint64_t i = 0; i < *urls; ++i) {
    auto url = take_field(note);
    if (!url) return std::nullopt;
    if (same_table) continue;
    auto answer = ctx.links.rewrite(std::string(*url), source_dir, page);
    put_field(answers, answer ? *answer : std::string());
  }
  return same_table ? std::string(*noted) : answers_hash(answers);
}

std::string body_id(const std::string& text_key, const std::string& answers_hash) {
  return sha256_hex(text_key + '\n' + answers_hash);
}

// The body as the previous build's note describes it, when the note is for the same text
// and every link still points where it did; nullopt otherwise.
std::optional<PolicyBody> from_note(const PortalContext& ctx, std::size_t index,
                                    std::string_view note, const std::string& key,
                                    const WordSource& source) {
  auto noted_key = take_field(note), leading_h1 = take_field(note);
  if (!noted_key || *noted_key != key || !leading_h1) return std::nullopt;
  auto answers = current_answers(ctx, index, note);
  if (!answers || !note.empty()) return std::nullopt;
  auto words = source.remembered.words(policy_note_name(ctx.aims.policies[index]), source.table,
                                       source.numbering);
  if (!words) return std::nullopt;
  return PolicyBody{body_id(key, *answers), std::nullopt, std::string(*leading_h1),
                    std::move(*words)};
}

}  // namespace

std::string policy_note_name(const Policy& p) { return "policy-body:" + p.source_path; }

PolicyBody policy_body(const PortalContext& ctx, std::size_t index, FileSink& sink,
                       const WordSource& source) {
  const Policy& p = ctx.aims.policies[index];
  std::string key = text_key(ctx, p, ctx.policy_cards[index].page);
  if (const std::string* note = sink.recall(policy_note_name(p))) {
    if (auto known = from_note(ctx, index, *note, key, source)) {
      sink.remember(policy_note_name(p), *note);
      return std::move(*known);
    }
  }
  LinkAnswers links;
  WordCollector words(source.table);
  words.feed(p.title);
  words.boundary();
  RenderedMarkdown md = render_body(ctx, index, &links, &words);
  PolicyBody body{body_id(key, answers_hash(links.answers)), std::move(md.html),
                  std::move(md.leading_h1), words.finish()};
  sink.remember(policy_note_name(p), note_of(ctx, key, links, body.leading_h1));
  return body;
}

std::string policy_body_html(const PortalContext& ctx, std::size_t index) {
  return render_body(ctx, index, nullptr, nullptr).html;
}

}  // namespace aimsdoc::portal
