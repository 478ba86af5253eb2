#pragma once
// What records of every kind are made of: references written by users and evidence items
// (files or addresses), shared by requirement records and the risk and audit records.
#include <cstdint>
#include <optional>
#include <string>

#include "model/index.hpp"
#include "util/date.hpp"
#include "util/file_identity.hpp"
#include "util/source_location.hpp"

namespace aimsdoc {

// A reference written by a user (an id or a path) and where it was written.
struct Reference {
  std::string text;
  SourceLocation location;
};

// What the loader found at an evidence item's `file:` (NotChecked for a url, or without a
// root in tests).
enum class FileCheck { NotChecked, Found, Missing, Rejected };

// Whether the loader kept an evidence file's text for its preview (util/preview_kind.hpp):
// not asked (no file, or a kind not shown as text), kept, or not kept because the file is
// over kMaxPreviewBytes, is not UTF-8 text (control characters, invalid bytes), or is
// Markdown past the limits cmark-gfm renders in linear time (load/markdown_limits.hpp).
enum class PreviewText { NotKept, Kept, TooLarge, NotText, TooComplex };

struct EvidenceItem {
  std::string id, title;
  std::string file;  // repo-relative path, or ""
  std::string url;   // or an external address
  std::optional<Date> collected, expires;
  std::string sha256;       // of the file, when there is one and it was readable
  std::uintmax_t size = 0;  // bytes
  // `confidential: true`: a public build (build --audience public) lists the item's id,
  // title and SHA-256 but never publishes the file or anything read from it.
  bool confidential = false;
  FileCheck file_check = FileCheck::NotChecked;  // Missing also when unreadable
  // The file's text, read with its hash (BOM stripped, CRLF folded), when `preview` is
  // Kept: renderers never read the file again.
  std::string preview_text;
  PreviewText preview = PreviewText::NotKept;
  SourceLocation location;
  // Of the file as hashed, when the next build may take the hash over (file_hashes.hpp).
  std::optional<InputIdentity> file_identity;
  std::size_t requirement = kNone;  // owning requirement (index into Aims::requirements)
  std::size_t position = 0;         // in that requirement's record.evidence
};

}  // namespace aimsdoc
