// What changed since the revision --since (or last_audit) names: today's policies, records
// and evidence compared with what the load stage read from that revision.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "model/join_references.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

namespace aimsdoc {
RecordSnapshot record_snapshot(const RequirementRecord& rec) {
  RecordSnapshot s{
      rec.id, status_name(rec.status), rec.applicable ? "yes" : "no", rec.owner_id, {}};
  for (const auto& ev : rec.evidence) s.evidence_ids.push_back(ev.id);
  return s;
}

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// A longest-common-subsequence line diff. Above this many cells of its table the texts are
// shown as all removed then all added, rather than spending memory on a diff of books.
constexpr std::size_t kMaxDiffCells = 4'000'000;

std::vector<DiffLine> full_diff(const std::vector<std::string>& a,
                                const std::vector<std::string>& b) {
  std::vector<DiffLine> out;
  if (a.size() * b.size() > kMaxDiffCells) {
    for (const auto& l : a) out.push_back({DiffLine::Kind::Removed, l});
    for (const auto& l : b) out.push_back({DiffLine::Kind::Added, l});
    return out;
  }
  // lcs[i][j]: length of the common subsequence of a[i..] and b[j..].
  std::vector<std::vector<std::uint32_t>> lcs(a.size() + 1,
                                              std::vector<std::uint32_t>(b.size() + 1));
  for (std::size_t i = a.size(); i-- > 0;)
    for (std::size_t j = b.size(); j-- > 0;)
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      out.push_back({DiffLine::Kind::Same, a[i++]});
      ++j;
    } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out.push_back({DiffLine::Kind::Added, b[j++]});
    } else {
      out.push_back({DiffLine::Kind::Removed, a[i++]});
    }
  }
  return out;
}

// The changed lines with `context` unchanged lines around each; a Gap line for the rest.
std::vector<DiffLine> line_diff(const std::string& before, const std::string& after,
                                std::size_t context = 3) {
  std::vector<DiffLine> all = full_diff(lines_of(before), lines_of(after));
  std::vector<bool> keep(all.size(), false);
  for (std::size_t k = 0; k < all.size(); ++k) {
    if (all[k].kind == DiffLine::Kind::Same) continue;
    std::size_t from = k > context ? k - context : 0;
    for (std::size_t m = from; m < std::min(all.size(), k + context + 1); ++m) keep[m] = true;
  }
  std::vector<DiffLine> out;
  for (std::size_t k = 0; k < all.size(); ++k) {
    if (keep[k])
      out.push_back(std::move(all[k]));
    else if (out.empty() || out.back().kind != DiffLine::Kind::Gap)
      out.push_back({DiffLine::Kind::Gap, ""});
  }
  return out;
}

void policy_changes(const Aims& aims, const History& h, ChangeSet& cs) {
  std::map<std::string, const PolicySnapshot*> before;
  for (const auto& p : h.baseline_policies) before.emplace(p.id, &p);
  for (const Policy& p : aims.policies) {
    auto it = before.find(p.id);
    if (it == before.end()) {
      cs.policies.push_back(
          {PolicyChange::Kind::Added, p.id, p.title, p.source_path, "", p.version, {}});
      continue;
    }
    const PolicySnapshot& old = *it->second;
    before.erase(it);
    if (old.version == p.version && old.title == p.title && old.path == p.source_path &&
        old.text.size() == p.body.size() && sha256_hex(old.text) == p.body.sha256())
      continue;
    cs.policies.push_back({PolicyChange::Kind::Changed, p.id, p.title, p.source_path, old.version,
                           p.version, line_diff(old.text, p.body.text().str())});
  }
  for (const auto& [id, old] : before)
    cs.policies.push_back(
        {PolicyChange::Kind::Removed, id, old->title, old->path, old->version, "", {}});
  std::sort(cs.policies.begin(), cs.policies.end(),
            [](const PolicyChange& a, const PolicyChange& b) { return a.id < b.id; });
}

// A requirement's record as the snapshot has it; no record: all empty.
RecordSnapshot snapshot_of(const Requirement& r) {
  if (!r.has_record) return {r.id(), "", "", "", {}};
  RecordSnapshot s = record_snapshot(r.record);
  s.requirement_id = r.id();
  return s;
}

void record_changes(const Aims& aims, const History& h, ChangeSet& cs) {
  std::map<std::string, const RecordSnapshot*> before;
  for (const auto& r : h.baseline_records) before.emplace(r.requirement_id, &r);
  for (const Requirement& req : aims.requirements) {
    RecordSnapshot now = snapshot_of(req);
    auto it = before.find(req.id());
    RecordSnapshot old =
        it != before.end() ? *it->second : RecordSnapshot{req.id(), "", "", "", {}};
    RecordChange change{req.id(), {}};
    auto compare = [&](const char* field, const std::string& a, const std::string& b) {
      if (a != b) change.fields.push_back({field, a, b});
    };
    compare("status", old.status, now.status);
    compare("applicable", old.applicable, now.applicable);
    compare("owner", old.owner, now.owner);
    compare("evidence", join(old.evidence_ids, ", "), join(now.evidence_ids, ", "));
    if (!change.fields.empty()) cs.records.push_back(std::move(change));
  }
}

// Evidence items whose id the revision did not have; items that expired since its commit.
void evidence_changes(const Aims& aims, const History& h, ChangeSet& cs) {
  std::set<std::string> before;
  for (const auto& r : h.baseline_records)
    before.insert(r.evidence_ids.begin(), r.evidence_ids.end());
  const Date since = cs.commit.date, today = aims.reference_date();
  std::vector<EvidenceChange> added, expired;
  for (const Requirement& req : aims.requirements)
    for (const EvidenceItem& ev : req.record.evidence) {
      if (!before.count(ev.id))
        added.push_back({EvidenceChange::Kind::Added, ev.id, ev.title, req.id(), ev.collected});
      if (ev.expires && since < *ev.expires && *ev.expires <= today)
        expired.push_back({EvidenceChange::Kind::Expired, ev.id, ev.title, req.id(), ev.expires});
    }
  auto by_id = [](const EvidenceChange& a, const EvidenceChange& b) {
    return a.id != b.id ? a.id < b.id : a.requirement_id < b.requirement_id;
  };
  std::sort(added.begin(), added.end(), by_id);
  std::sort(expired.begin(), expired.end(), by_id);
  cs.evidence = std::move(added);
  cs.evidence.insert(cs.evidence.end(), expired.begin(), expired.end());
}

}  // namespace

void join_changes(Aims& aims) {
  History& h = aims.history;
  if (!h.changes) return;
  ChangeSet& cs = *h.changes;
  policy_changes(aims, h, cs);
  record_changes(aims, h, cs);
  evidence_changes(aims, h, cs);
  // The baseline is only the means: the model keeps what changed.
  h.baseline_policies.clear();
  h.baseline_records.clear();
}

}  // namespace aimsdoc
