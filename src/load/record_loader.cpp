#include "load/record_loader.hpp"

#include <algorithm>

#include "load/formats.hpp"
#include "load/markdown_limits.hpp"
#include "load/record_document.hpp"
#include "load/source_files.hpp"
#include "load/yaml_reader.hpp"
#include "util/ids.hpp"
#include "util/paths.hpp"
#include "util/preview_kind.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

const std::vector<std::string> kRecordKeys = keys_of(record_format().fields);
const std::vector<std::string> kEvidenceKeys = keys_of(items_of(record_format(), "evidence"));

std::optional<Status> parse_status(const std::string& s) {
  if (s == "planned") return Status::Planned;
  if (s == "partial") return Status::Partial;
  if (s == "implemented") return Status::Implemented;
  return std::nullopt;
}

// Hashes a file the portal previews, keeping its text (up to the preview's limit).
bool read_with_text(const fs::path& file, KnownHash& hash, std::string& text, std::string& why) {
  Sha256 sha;
  bool read = read_file_chunks(
      file,
      [&](std::string_view chunk) {
        sha.update(chunk);
        hash.size += chunk.size();
        if (hash.size <= kMaxPreviewBytes) text.append(chunk);
      },
      &why);
  if (read) hash.sha256 = sha.hex_digest();
  return read;
}

// The text of a previewed file as every text input is read (decode_text_input), or why
// there is none. Its findings are not the AIMS's: any file may be evidence.
void keep_preview_text(EvidenceItem& ev, const std::string& raw) {
  if (ev.size > kMaxPreviewBytes) {
    ev.preview = PreviewText::TooLarge;
    return;
  }
  Diagnostics ignored;
  auto text = decode_text_input(raw, ev.file, ignored, TextKind::Markdown);
  if (!text) {
    ev.preview = PreviewText::NotText;
  } else if (preview_kind(ev.file) == PreviewKind::Markdown &&
             !markdown_within_limits(*text, ev.file, 1, ignored)) {
    ev.preview = PreviewText::TooComplex;
  } else {
    ev.preview = PreviewText::Kept;
    ev.preview_text = std::move(*text);
  }
}

}  // namespace

void locate_evidence_file(EvidenceItem& ev, const SourceLocation& at, const fs::path& root,
                          Diagnostics& diags, EvidenceRole role, const HashTakeOver& hashes) {
  // A backslash is a name character on Linux, a folder separator on Windows and to zip
  // tools: the copy would land elsewhere, or nowhere, there.
  PathProblem problem = check_inside_root(root, ev.file);
  if (problem != PathProblem::Absolute && ev.file.find('\\') != std::string::npos) {
    ev.file_check = FileCheck::Rejected;
    diags.error(at, "evidence.path",
                "evidence file '" + ev.file +
                    "' holds a backslash; write '/' between folders and "
                    "rename a file whose name holds one");
    return;
  }
  if (problem == PathProblem::Missing) {
    ev.file_check = FileCheck::Missing;
    const std::string missing = "' does not exist (paths are relative to the AIMS root)";
    if (role == EvidenceRole::AssessmentReport)
      diags.error(at, "assessment.file", "impact assessment report '" + ev.file + missing);
    else
      diags.error(at, "evidence.missing", "evidence file '" + ev.file + missing);
    return;
  }
  if (problem != PathProblem::None) {
    ev.file_check = FileCheck::Rejected;
    diags.error(at, "evidence.path",
                "evidence file '" + ev.file + "' rejected: " + describe(problem));
    return;
  }
  ev.file = *join_normalized("", ev.file);
  std::string why, text;
  KnownHash hash;
  // The text of a file the portal previews is kept from the same read as its hash, so the
  // preview shows the bytes the hash is of; any other file's hash may be taken over.
  bool keep = role == EvidenceRole::Evidence && previews_text(preview_kind(ev.file));
  bool read = keep ? read_with_text(root / ev.file, hash, text, why)
                   : hash_input_file(root, ev.file, hashes, hash, ev.file_identity, why);
  if (!read) {
    ev.file_check = FileCheck::Missing;
    diags.error(at, "evidence.unreadable", "cannot read evidence file '" + ev.file + "': " + why);
    return;
  }
  ev.file_check = FileCheck::Found;
  ev.size = hash.size;
  ev.sha256 = std::move(hash.sha256);
  if (keep) keep_preview_text(ev, text);
}

namespace {

// A URL that fails here is dropped from the record, so no later stage can publish it.
void check_url(EvidenceItem& ev, const SourceLocation& at, Diagnostics& diags) {
  std::string problem = web_url_problem(ev.url);
  if (problem.empty()) return;
  diags.error(at, "evidence.url",
              starts_with(problem, "must") ? "evidence url " + problem + ", found '" + ev.url + "'"
                                           : "evidence url '" + ev.url + "' " + problem);
  ev.url.clear();
}

std::optional<EvidenceItem> read_evidence(const YAML::Node& node, const YamlSource& src,
                                          const fs::path& root, Diagnostics& diags,
                                          const HashTakeOver& hashes) {
  MapReader r(node, src, diags, kEvidenceKeys);
  if (!r.ok()) return std::nullopt;
  EvidenceItem ev;
  ev.location = r.location();
  ev.id = r.string("id", true).value_or("");
  ev.title = r.string("title", true).value_or(ev.id);
  limit_title(ev.title, "the title", r.location_of("title"), diags);
  ev.file = r.string("file", false).value_or("");
  ev.url = r.string("url", false).value_or("");
  ev.collected = r.date("collected", true);
  ev.expires = r.date("expires", false);
  // A value that is not true or false is an error and counts as true: a typo must not
  // publish a file its writer meant to keep out of public builds.
  if (r.has("confidential")) ev.confidential = r.boolean("confidential", false).value_or(true);
  if (ev.file.empty() == ev.url.empty())
    diags.error(ev.location, "evidence.source",
                "evidence '" + ev.id + "' needs exactly one of 'file:' or 'url:'");
  if (!ev.url.empty()) check_url(ev, r.location_of("url"), diags);
  if (!ev.file.empty() && !root.empty())
    locate_evidence_file(ev, r.location_of("file"), root, diags, EvidenceRole::Evidence, hashes);
  if (ev.id.empty()) return std::nullopt;
  if (!is_valid_policy_id(ev.id)) {
    diags.error(r.location_of("id"), "id.syntax",
                "evidence id '" + ev.id + "' may hold only letters, digits, '.', '_' and '-'");
    return std::nullopt;
  }
  return ev;
}

void read_evidence_list(MapReader& r, const fs::path& root, const HashTakeOver& hashes,
                        RequirementRecord& rec) {
  each_item(r, "evidence", "items (id, title, file or url, collected)",
            [&](const YAML::Node& node) {
              if (auto ev = read_evidence(node, r.source(), root, r.diagnostics(), hashes))
                rec.evidence.push_back(std::move(*ev));
            });
}

}  // namespace

std::optional<RequirementRecord> parse_record(const std::string& text, const std::string& path,
                                              const fs::path& root, Diagnostics& diags,
                                              const HashTakeOver& hashes) {
  return read_record_document<RequirementRecord>(
      text, path, kRecordKeys, diags, [&](MapReader& r, RequirementRecord& rec) {
        rec.id = r.string("id", true).value_or("");
        rec.applicable = r.boolean("applicable", true).value_or(true);
        rec.applicable_location = r.location_of("applicable");
        rec.justification = trim(r.string("justification", false).value_or(""));
        rec.justification_location = r.location_of("justification");
        rec.owner_id = r.string("owner", false).value_or("");
        rec.owner_location = r.location_of("owner");
        rec.status_location = r.location_of("status");
        if (auto status = r.string("status", false)) {
          if (auto st = parse_status(*status))
            rec.status = *st;
          else
            diags.error(r.location_of("status"), "record.status",
                        "status '" + *status + "' is not one of planned, partial, implemented");
        }
        rec.declared_policies = r.string_list("policies");
        rec.notes_markdown = r.string("notes", false).value_or("");
        rec.notes_location = r.location_of("notes");
        if (!markdown_within_limits(rec.notes_markdown, path, rec.notes_location.line,
                                    r.diagnostics()))
          rec.notes_markdown.clear();
        read_evidence_list(r, root, hashes, rec);
      });
}

std::optional<RequirementRecord> load_record(const fs::path& root, const std::string& relative,
                                             Diagnostics& diags, const HashTakeOver& hashes) {
  auto text = read_text_input(root, relative, diags);
  if (!text) return std::nullopt;
  return parse_record(*text, relative, root, diags, hashes);
}

}  // namespace aimsdoc
