#include "load/policy_records.hpp"

#include <limits>

#include "util/cache_file.hpp"
#include "util/fields.hpp"
#include "util/file_identity.hpp"
#include "util/paths.hpp"

namespace aimsdoc {
namespace {

namespace fs = std::filesystem;

constexpr const char* kFormat = "aimsdoc-policy-records 1";
constexpr const char* kFileName = "policies";

// A location in the policy's own file (nearly all) is written without its path.
void put_location(std::string& out, const SourceLocation& at, const std::string& own_path) {
  put_field(out, at.path == own_path ? "=" : "+" + at.path);
  put_number(out, static_cast<std::uint64_t>(at.line));
  put_number(out, static_cast<std::uint64_t>(at.column));
}

void put_date(std::string& out, const std::optional<Date>& d) {
  put_number(out, d ? 1 : 0);
  if (d)
    for (int part : {d->year, d->month, d->day}) put_number(out, static_cast<std::uint64_t>(part));
}

// Path and identity first: a record is found and checked before the rest is decoded.
void put_policy(std::string& out, const Policy& p) {
  put_field(out, p.source_path);
  const InputIdentity& id = *p.file;
  for (auto n : {id.file.device, id.file.inode, id.file.size}) put_number(out, n);
  put_number(out, static_cast<std::uint64_t>(id.file.mtime_ns));
  put_number(out, static_cast<std::uint64_t>(id.ctime_ns));
  for (const std::string* field :
       {&p.id, &p.title, &p.owner_id, &p.version, &p.approved_by, &p.model_part_digest})
    put_field(out, *field);
  put_date(out, p.effective);
  put_date(out, p.review_by);
  for (const SourceLocation* at : {&p.location, &p.owner_location, &p.review_by_location})
    put_location(out, *at, p.source_path);
  put_number(out, p.covers.size());
  for (const auto& ref : p.covers) {
    put_field(out, ref.text);
    put_location(out, ref.location, p.source_path);
  }
  put_number(out, p.links.size());
  for (const auto& link : p.links) {
    put_field(out, link.target);
    for (int n : {link.line, link.column, link.image_without_alt ? 1 : 0})
      put_number(out, static_cast<std::uint64_t>(n));
  }
  put_number(out, static_cast<std::uint64_t>(p.body_first_line));
  put_number(out, p.body.size());
  put_field(out, p.body.sha256());
}

// Reads fields in order; the first damaged one makes every later read fail too.
class FieldReader {
 public:
  explicit FieldReader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool at_end() const { return in_.empty(); }

  std::string text() {
    auto f = ok_ ? take_field(in_) : std::nullopt;
    ok_ = ok_ && f.has_value();
    return f ? std::string(*f) : std::string();
  }
  std::uint64_t number() {
    auto n = ok_ ? take_number(in_) : std::nullopt;
    ok_ = ok_ && n.has_value();
    return n.value_or(0);
  }
  int small_number() {
    std::uint64_t n = number();
    ok_ = ok_ && n <= static_cast<std::uint64_t>(std::numeric_limits<int>::max());
    return ok_ ? static_cast<int>(n) : 0;
  }
  SourceLocation location(const std::string& own_path) {
    std::string path = text();
    SourceLocation at;
    at.path = path == "=" ? own_path : path.empty() ? "" : path.substr(1);
    ok_ = ok_ && (path == "=" || (!path.empty() && path[0] == '+'));
    at.line = small_number();
    at.column = small_number();
    return at;
  }
  std::optional<Date> date() {
    if (number() != 1) return std::nullopt;
    Date d;
    d.year = small_number();
    d.month = small_number();
    d.day = small_number();
    return d;
  }

 private:
  std::string_view in_;
  bool ok_ = true;
};

InputIdentity take_identity(FieldReader& in) {
  InputIdentity id;
  id.file.device = in.number();
  id.file.inode = in.number();
  id.file.size = in.number();
  id.file.mtime_ns = static_cast<std::int64_t>(in.number());
  id.ctime_ns = static_cast<std::int64_t>(in.number());
  return id;
}

// The rest of a record, after its path and identity.
void take_rest(FieldReader& in, const std::shared_ptr<const BodyReader>& reader, Policy& p) {
  for (std::string* field :
       {&p.id, &p.title, &p.owner_id, &p.version, &p.approved_by, &p.model_part_digest})
    *field = in.text();
  p.effective = in.date();
  p.review_by = in.date();
  for (SourceLocation* at : {&p.location, &p.owner_location, &p.review_by_location})
    *at = in.location(p.source_path);
  for (int n = in.small_number(); in.ok() && n > 0; --n) {
    Reference& ref = p.covers.emplace_back();
    ref.text = in.text();
    ref.location = in.location(p.source_path);
  }
  for (int n = in.small_number(); in.ok() && n > 0; --n) {
    DocumentLink& link = p.links.emplace_back();
    link.target = in.text();
    link.line = in.small_number();
    link.column = in.small_number();
    link.image_without_alt = in.small_number() == 1;
  }
  p.body_first_line = in.small_number();
  auto body_size = static_cast<std::size_t>(in.number());
  p.body = PolicyText::in_file(body_size, in.text(), p.source_path, reader);
}

}  // namespace

std::optional<Policy> PolicyRecords::take(const std::string& path, const InputIdentity& identity,
                                          const std::shared_ptr<const BodyReader>& reader) const {
  auto it = by_path_.find(path);
  if (it == by_path_.end()) return std::nullopt;
  FieldReader in(it->second);
  if (take_identity(in) != identity || !in.ok()) return std::nullopt;
  Policy p;
  p.source_path = path;
  p.file = identity;
  take_rest(in, reader, p);
  if (!in.ok() || !in.at_end()) return std::nullopt;  // damaged: the file is read
  return p;
}

// Records are only found here, each one field starting with its path; a record is decoded
// when a loading thread takes it. Text another binary wrote reads as no records.
PolicyRecords read_policy_records(const fs::path& dir) {
  PolicyRecords records;
  auto file = read_cache_file(dir / kFileName, kFormat);
  if (!file) return records;
  records.text_ = std::make_unique<const std::string>(std::move(file->text));
  std::string_view in = std::string_view(*records.text_).substr(file->body);
  while (!in.empty()) {
    auto record = take_field(in);
    if (!record) return {};
    std::string_view rest = *record;
    auto path = take_field(rest);
    if (!path) return {};
    records.by_path_[*path] = rest;
  }
  return records;
}

bool write_policy_records(const fs::path& dir, const std::vector<Policy>& policies) {
  CacheFileWriter out(dir / kFileName, kFormat);
  std::string record;
  for (const Policy& p : policies)
    if (p.file) {
      record.clear();
      put_policy(record, p);
      put_field(out.piece(), record);
      out.flush_if_full();
    }
  return out.finish();
}

}  // namespace aimsdoc
