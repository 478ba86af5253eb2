#pragma once
// What records of every kind are made of: references written by users and evidence items
// (files or addresses), shared by requirement records and the risk and audit records.
#include <cstdint>
#include <optional>
#include <string>

#include "model/index.hpp"
#include "util/date.hpp"
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
  SourceLocation location;
  std::size_t requirement = kNone;  // owning requirement (index into Aims::requirements)
  std::size_t position = 0;         // in that requirement's record.evidence
};

}  // namespace aimsdoc
