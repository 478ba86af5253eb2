// Words where words are due: a justification, title or note that only holds a placeholder
// passes every presence rule and tells an auditor nothing (coverage.placeholder); one file
// offered as the evidence of many requirements is rarely evidence of each (evidence.shared).
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "check/rules.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

const std::set<std::string> kPlaceholders = {
    "tbd", "tbc", "todo", "to do", "fixme", "xxx", "n/a", "na",          "none",        "nil", "-",
    "--",  "---", "?",    "??",    "...",   "…",   "tba", "placeholder", "lorem ipsum", "wip"};

std::string lowered(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// "Included: TBD." judged as "tbd": the label a writer puts first says nothing by itself.
std::string core_words(std::string_view text) {
  std::string s = lowered(trim(std::string(text)));
  for (const char* label : {"included:", "excluded:", "justification:"})
    if (starts_with(s, label)) s = trim(s.substr(std::string_view(label).size()));
  while (!s.empty() && (s.back() == '.' || s.back() == '!')) s.pop_back();
  return s;
}

std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

constexpr std::size_t kMinJustificationWords = 3;

bool is_placeholder(std::string_view text) { return kPlaceholders.count(core_words(text)) > 0; }

void placeholder(Diagnostics& diags, const SourceLocation& at, const std::string& what,
                 const std::string& text, const std::string& requirement) {
  diags.error(at, "coverage.placeholder",
              what + " is only a placeholder ('" + trim(text) + "'); write what is true here",
              requirement);
}

void check_record_words(const Requirement& r, Diagnostics& diags) {
  const auto& rec = r.record;
  const std::string& j = rec.justification;
  // A clause is mandatory: a short "Mandatory clause." says all there is to say.
  bool too_short = r.is_control() && word_count(core_words(j)) < kMinJustificationWords;
  if (!j.empty() && (is_placeholder(j) || too_short))
    diags.error(rec.justification_location, "coverage.placeholder",
                "the justification of " + r.id() + " ('" + j +
                    "') is a placeholder or too short to say why; give the reason in at least " +
                    std::to_string(kMinJustificationWords) + " words",
                r.id());
  if (!rec.notes_markdown.empty() && is_placeholder(rec.notes_markdown))
    placeholder(diags, rec.notes_location, "the 'notes:' of " + r.id(), rec.notes_markdown, r.id());
  for (const auto& ev : rec.evidence)
    if (is_placeholder(ev.title))
      placeholder(diags, ev.location, "the title of evidence '" + ev.id + "'", ev.title, r.id());
}

// One warning per file, at its first use, naming every requirement it backs.
void check_shared_files(const Aims& aims, Diagnostics& diags) {
  struct Use {
    SourceLocation first;
    std::vector<std::string> requirements;
  };
  std::map<std::string, Use> uses;
  for (const auto& r : aims.requirements)
    for (const auto& ev : r.record.evidence) {
      if (ev.file.empty()) continue;
      auto [it, fresh] = uses.try_emplace(ev.file, Use{ev.location, {}});
      auto& reqs = it->second.requirements;
      if (reqs.empty() || reqs.back() != r.id()) reqs.push_back(r.id());
    }
  auto limit = static_cast<std::size_t>(aims.site.evidence_shared_limit);
  for (const auto& [file, use] : uses) {
    if (use.requirements.size() <= limit) continue;
    diags.warning(use.first, "evidence.shared",
                  "evidence file '" + file + "' backs " + std::to_string(use.requirements.size()) +
                      " requirements (" + join(use.requirements, ", ") +
                      "), more than evidence_shared_limit (" + std::to_string(limit) +
                      "); give each requirement evidence of its own, or raise the limit in "
                      "site.yaml");
  }
}

}  // namespace

void check_substance(const Aims& aims, Diagnostics& diags) {
  for (const auto& r : aims.requirements)
    if (r.has_record) check_record_words(r, diags);
  for (const auto& p : aims.policies)
    if (is_placeholder(p.title))
      placeholder(diags, p.location, "the title of policy " + p.id, p.title, "");
  check_shared_files(aims, diags);
}

}  // namespace aimsdoc
