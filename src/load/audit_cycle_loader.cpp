#include "load/audit_cycle_loader.hpp"

#include <algorithm>

#include "load/formats.hpp"
#include "load/markdown_limits.hpp"
#include "load/record_document.hpp"
#include "load/source_files.hpp"
#include "load/yaml_reader.hpp"
#include "util/ids.hpp"
#include "util/paths.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

const std::vector<std::string> kAuditKeys = keys_of(audit_format().fields);
const std::vector<std::string> kFindingKeys = keys_of(items_of(audit_format(), "findings"));
const std::vector<std::string> kEffectivenessKeys =
    keys_of(items_of(items_of(audit_format(), "findings"), "effectiveness"));
const std::vector<std::string> kReviewKeys = keys_of(review_format().fields);
const std::vector<std::string> kActionKeys = keys_of(items_of(review_format(), "actions"));

// An id of one kind of record: its prefix ("AUD-") and the policy id alphabet.
std::string checked_id(MapReader& r, const std::string& prefix, const char* what) {
  std::string id = trim(r.string("id", true).value_or(""));
  if (id.empty()) return id;
  if (!starts_with(id, prefix) || id.size() == prefix.size() || !is_valid_policy_id(id)) {
    r.diagnostics().error(r.location_of("id"), "id.syntax",
                          std::string(what) + " id '" + id + "' must start with '" + prefix +
                              "' and hold only letters, digits, '.', '_' and '-'");
    return {};
  }
  return id;
}

std::optional<EffectivenessCheck> read_effectiveness(MapReader& finding) {
  auto node = finding.node("effectiveness");
  if (!node || node->IsNull()) return std::nullopt;
  MapReader r(*node, finding.source(), finding.diagnostics(), kEffectivenessKeys);
  if (!r.ok()) return std::nullopt;
  EffectivenessCheck e;
  e.location = r.location();
  e.checked = r.date("checked", true);
  e.by = trim(r.string("by", false).value_or(""));
  auto result = r.string("result", true);
  if (result && *result != "effective" && *result != "not-effective")
    r.diagnostics().error(r.location_of("result"), "yaml.type",
                          "'result' must be effective or not-effective, found '" + *result + "'");
  e.effective = result && *result == "effective";
  return e;
}

std::optional<Finding> read_finding(const YAML::Node& node, const YamlSource& src,
                                    Diagnostics& diags) {
  MapReader r(node, src, diags, kFindingKeys);
  if (!r.ok()) return std::nullopt;
  Finding f;
  f.location = r.location();
  f.id = checked_id(r, "NC-", "finding");
  if (auto type = r.string("type", true)) {
    if (auto t = parse_finding_type(*type))
      f.type = *t;
    else
      diags.error(
          r.location_of("type"), "yaml.type",
          "'type' must be one of major, minor, observation, improvement, found '" + *type + "'");
  }
  f.requirement_id = trim(r.string("requirement", true).value_or(""));
  f.requirement_location = r.location_of("requirement");
  f.description = trim(r.string("description", true).value_or(""));
  f.raised = r.date("raised", true);
  f.owner_id = trim(r.string("owner", false).value_or(""));
  f.owner_location = r.location_of("owner");
  f.due = r.date("due", false);
  f.due_location = r.location_of("due");
  f.root_cause = trim(r.string("root_cause", false).value_or(""));
  f.action = trim(r.string("action", false).value_or(""));
  f.closed = r.date("closed", false);
  f.closed_location = r.location_of("closed");
  f.effectiveness = read_effectiveness(r);
  if (f.id.empty()) return std::nullopt;
  return f;
}

void read_report(MapReader& r, const fs::path& root, Audit& a) {
  a.report = trim(r.string("report", false).value_or(""));
  a.report_location = r.location_of("report");
  if (a.report.empty() || root.empty()) return;
  PathProblem problem = check_inside_root(root, a.report);
  if (problem == PathProblem::Missing)
    r.diagnostics().error(
        a.report_location, "evidence.missing",
        "audit report '" + a.report + "' does not exist (paths are relative to the AIMS root)");
  else if (problem != PathProblem::None)
    r.diagnostics().error(a.report_location, "evidence.path",
                          "audit report '" + a.report + "' rejected: " + describe(problem));
  else
    a.report = *join_normalized("", a.report);
  if (problem != PathProblem::None) a.report.clear();
}

// An input topic: Markdown text, or a list of record ids.
std::optional<ReviewInput> read_input(const std::string& topic, const YAML::Node& value,
                                      const YamlSource& src, Diagnostics& diags) {
  ReviewInput in;
  in.topic = topic;
  in.location = src.at(value.Mark());
  if (auto text = scalar_text(value)) {
    in.markdown = trim(*text);
    if (!markdown_within_limits(in.markdown, src.path, in.location.line, diags))
      in.markdown.clear();
  } else if (value.IsSequence()) {
    for (const auto& item : value) {
      auto id = scalar_text(item);
      if (!id) {
        diags.error(src.at(item.Mark()), "yaml.type",
                    "items of input '" + topic + "' must be record ids");
        continue;
      }
      in.record_ids.push_back(trim(*id));
      in.record_locations.push_back(src.at(item.Mark()));
    }
  } else if (!value.IsNull()) {
    diags.error(in.location, "yaml.type",
                "input '" + topic + "' must be Markdown text or a list of record ids");
    return std::nullopt;
  }
  if (in.markdown.empty() && in.record_ids.empty()) return std::nullopt;
  return in;
}

void read_inputs(MapReader& r, ManagementReview& mr) {
  mr.inputs_location = r.location_of("inputs");
  auto node = r.node("inputs");
  if (!node || node->IsNull()) return;
  std::vector<std::string> topics(std::begin(kReviewTopics), std::end(kReviewTopics));
  MapReader inputs(*node, r.source(), r.diagnostics(), topics);
  if (!inputs.ok()) return;
  for (const auto& topic : topics)
    if (auto value = inputs.node(topic))
      if (auto in = read_input(topic, *value, r.source(), r.diagnostics()))
        mr.inputs.push_back(std::move(*in));
}

std::optional<ReviewAction> read_action(const YAML::Node& node, const YamlSource& src,
                                        Diagnostics& diags) {
  MapReader r(node, src, diags, kActionKeys);
  if (!r.ok()) return std::nullopt;
  ReviewAction a;
  a.location = r.location();
  a.id = trim(r.string("id", true).value_or(""));
  if (!a.id.empty() && !is_valid_policy_id(a.id)) {
    diags.error(r.location_of("id"), "id.syntax",
                "action id '" + a.id + "' may hold only letters, digits, '.', '_' and '-'");
    a.id.clear();
  }
  a.title = trim(r.string("title", false).value_or(""));
  limit_title(a.title, "the title", r.location_of("title"), diags);
  a.owner_id = trim(r.string("owner", true).value_or(""));
  a.owner_location = r.location_of("owner");
  a.due = r.date("due", true);
  a.closed = r.date("closed", false);
  if (a.id.empty()) return std::nullopt;
  return a;
}

}  // namespace

std::optional<Audit> load_audit(const fs::path& root, const std::string& relative,
                                Diagnostics& diags) {
  return load_record_file<Audit>(root, relative, kAuditKeys, diags, [&](MapReader& r, Audit& a) {
    a.id = checked_id(r, "AUD-", "audit");
    a.title = trim(r.string("title", true).value_or(a.id));
    limit_title(a.title, "the title", r.location_of("title"), r.diagnostics());
    a.planned = r.date("planned", true);
    a.performed = r.date("performed", false);
    a.auditor = trim(r.string("auditor", true).value_or(""));
    a.auditor_location = r.location_of("auditor");
    for (auto& ref : r.string_list("scope")) a.scope.push_back({ref.text, ref.location});
    read_report(r, root, a);
    each_item(r, "findings", "findings (id, type, requirement, description, raised ...)",
              [&](const YAML::Node& node) {
                if (auto f = read_finding(node, r.source(), diags))
                  a.findings.push_back(std::move(*f));
              });
  });
}

std::optional<ManagementReview> load_review(const fs::path& root, const std::string& relative,
                                            Diagnostics& diags) {
  return load_record_file<ManagementReview>(
      root, relative, kReviewKeys, diags, [&](MapReader& r, ManagementReview& mr) {
        mr.id = checked_id(r, "MR-", "management review");
        mr.date = r.date("date", true);
        for (auto& ref : r.string_list("attendees")) {
          mr.attendees.push_back(ref.text);
          mr.attendee_locations.push_back(ref.location);
        }
        read_inputs(r, mr);
        mr.decisions_markdown = trim(r.string("decisions", false).value_or(""));
        if (!markdown_within_limits(mr.decisions_markdown, relative,
                                    r.location_of("decisions").line, r.diagnostics()))
          mr.decisions_markdown.clear();
        each_item(r, "actions", "actions (id, title, owner, due, closed)",
                  [&](const YAML::Node& node) {
                    if (auto a = read_action(node, r.source(), diags))
                      mr.actions.push_back(std::move(*a));
                  });
      });
}

}  // namespace aimsdoc
