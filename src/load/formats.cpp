#include "load/formats.hpp"

#include <algorithm>

#include "model/aims.hpp"
#include "model/audit_cycle.hpp"

namespace aimsdoc {

FieldSpec field(std::string key, FieldType type, bool required, std::string description,
                std::vector<std::string> values) {
  return FieldSpec{std::move(key), type, required, std::move(description), std::move(values), {}};
}

namespace {

using T = FieldType;

FormatSpec make_site() {
  FieldSpec owners = field("owners", T::ObjectList, true,
                           "The roster: every owner id that policies and records name.");
  owners.items = {field("id", T::Id, true, "Owner id, [a-z0-9-]+, unique."),
                  field("name", T::Text, true, "Full name."),
                  field("role", T::Text, true, "Role in the organization."),
                  field("email", T::Text, false, "Address, optional.")};
  FieldSpec soa = field("soa", T::Object, false,
                        "Document control of the Statement of Applicability (workbook).");
  soa.items = {field("version", T::Text, false, "Version of the SoA, e.g. \"3.0\"."),
               field("approved_by", T::Text, false, "Who approved this version."),
               field("approved_on", T::Date, false, "Date of approval."),
               field("classification", T::Text, false, "Classification, e.g. \"Confidential\".")};
  FormatSpec site{
      "site",
      "aimsdoc site.yaml",
      {field("organization", T::Text, true, "The organization's name."),
       field("scope", T::Markdown, true, "The AIMS scope statement (Markdown)."),
       field("build_date", T::Date, false,
             "The date freshness is judged against and the one date printed."),
       field("evidence_max_age_days", T::Count, false,
             "Evidence older than this many days is flagged stale (default 365)."),
       field("evidence_shared_limit", T::Count, false,
             "evidence.shared warns when one file backs more requirements (default 5)."),
       field("readiness", T::Text, false,
             "How strictly check judges: certification (default) or draft.",
             {readiness_name(Readiness::Draft), readiness_name(Readiness::Certification)}),
       field("output", T::Text, false, "Output folder, relative to the root (default _site)."),
       field("theme", T::Text, false, "'default' or a folder holding template overrides."),
       field("catalog", T::Text, false,
             "Primary framework catalog (default: built-in ISO/IEC 42001)."),
       field("frameworks", T::TextList, false, "Further framework catalogs."),
       field("crosswalks", T::TextList, false, "Crosswalk files from the primary framework."),
       std::move(owners),
       field("audit_cycle_days", T::Count, false,
             "An internal audit must be performed this often (default 365)."),
       field("review_cycle_days", T::Count, false,
             "A management review must be held this often (default 365)."),
       field("last_audit", T::Text, false,
             "Git revision `build` reports changes since (see --since)."),
       std::move(soa),
       field("base_url", T::Text, false,
             "The hosted portal's address (http or https): the workbook links to it."),
       field("signing_key", T::Text, false,
             "Secret key `build` signs manifest.json with (outside the root; ~/ is the "
             "home folder); --sign and $AIMSDOC_SIGNING_KEY come first."),
       field("handbook_order", T::Text, false,
             "Order of the policies in handbook.html: by source folder (default) or by the "
             "first requirement each covers.",
             {"folder", "clause"})}};
  for (auto& f : risk_site_fields()) site.fields.push_back(std::move(f));
  return site;
}

FormatSpec make_policy() {
  return {
      "policy",
      "aimsdoc policy front matter",
      {field("id", T::Id, true, "Policy id, [A-Z0-9][A-Z0-9._-]*, unique."),
       field("title", T::Text, true, "The policy's title."),
       field("owner", T::Id, true, "An owner id from site.yaml."),
       field("version", T::Id, true, "Version, e.g. \"2.1\"."),
       field("approved_by", T::Text, true, "An owner id, or free text (\"Board of Directors\")."),
       field("effective", T::Date, true, "Date the policy took effect."),
       field("review_by", T::Date, true, "Date of the next review."),
       field("covers", T::IdList, false,
             "Requirement ids (bare: primary framework; others qualified: eu-ai-act:Art.9).")}};
}

FormatSpec make_record() {
  FieldSpec evidence = field("evidence", T::ObjectList, false, "Evidence items.");
  evidence.items = {field("id", T::Id, true, "Evidence id, unique across the AIMS."),
                    field("title", T::Text, true, "What the evidence shows."),
                    field("file", T::Text, false, "A file inside the root (or give url)."),
                    field("url", T::Text, false, "An http(s) address (or give file)."),
                    field("collected", T::Date, true, "Date the evidence was collected."),
                    field("expires", T::Date, false, "Date the evidence expires."),
                    field("confidential", T::Boolean, false,
                          "true: a public build (build --audience public) lists the item's "
                          "id, title and SHA-256 but never publishes the file (default false).")};
  return {"record",
          "aimsdoc requirement record",
          {field("id", T::Id, true, "The clause or control id this record is for."),
           field("applicable", T::Boolean, true,
                 "false excludes a control (then justification is required)."),
           field("justification", T::Text, false, "Reason for inclusion or exclusion."),
           field("status", T::Text, false, "Implementation status.",
                 value_names({Status::Planned, Status::Partial, Status::Implemented}, status_name)),
           field("owner", T::Id, false, "An owner id from site.yaml."),
           field("policies", T::IdList, false, "Policy ids, merged with the policies' covers."),
           std::move(evidence), field("notes", T::Markdown, false, "Notes (Markdown).")}};
}

FormatSpec make_audit() {
  FieldSpec effectiveness = field("effectiveness", T::Object, false,
                                  "The check that the correction worked (to close a major one).");
  effectiveness.items = {field("checked", T::Date, true, "Date of the check."),
                         field("result", T::Text, true, "Whether the correction worked.",
                               {"effective", "not-effective"}),
                         field("by", T::Text, false, "Who checked.")};
  FieldSpec findings = field("findings", T::ObjectList, false, "Findings (10.2).");
  findings.items = {field("id", T::Id, true, "Finding id, NC-..."),
                    field("type", T::Text, true, "Kind of finding.", finding_type_names()),
                    field("requirement", T::Id, true, "The requirement it is against."),
                    field("description", T::Text, true, "What was found."),
                    field("raised", T::Date, true, "Date it was raised."),
                    field("owner", T::Id, false, "Owner id who corrects it."),
                    field("due", T::Date, false, "Date the correction is due."),
                    field("root_cause", T::Text, false, "Required to close a major or minor one."),
                    field("action", T::Text, false, "Required to close a major or minor one."),
                    field("closed", T::Date, false, "Absent while open."),
                    std::move(effectiveness)};
  return {
      "audit",
      "aimsdoc internal audit",
      {field("id", T::Id, true, "Audit id, AUD-..., unique."),
       field("title", T::Text, true, "The audit's title."),
       field("planned", T::Date, true, "Date it is planned for."),
       field("performed", T::Date, false, "Absent while the audit is only planned."),
       field("auditor", T::Text, true, "An owner id, an owner's name, or anyone else's name."),
       field("scope", T::IdList, false, "Requirement ids, or catalog groups."),
       field("report", T::Text, false, "The report file, inside the root."), std::move(findings)}};
}

FormatSpec make_review() {
  FieldSpec inputs = field("inputs", T::Object, false,
                           "The eight input topics of 9.3.2: Markdown, or a list of record ids.");
  for (const char* topic : kReviewTopics)
    inputs.items.push_back(field(topic, T::TextOrIds, false, "Markdown, or a list of record ids."));
  FieldSpec actions = field("actions", T::ObjectList, false, "Actions decided.");
  actions.items = {field("id", T::Id, true, "Action id, unique."),
                   field("title", T::Text, false, "What is to be done."),
                   field("owner", T::Id, true, "Owner id."),
                   field("due", T::Date, true, "Date it is due."),
                   field("closed", T::Date, false, "Absent while open.")};
  return {"review",
          "aimsdoc management review",
          {field("id", T::Id, true, "Review id, MR-..., unique."),
           field("date", T::Date, true, "Date the review was held."),
           field("attendees", T::IdList, false, "Owner ids."), std::move(inputs),
           field("decisions", T::Markdown, false, "Decisions (Markdown)."), std::move(actions)}};
}

}  // namespace

const FormatSpec& audit_format() {
  static const FormatSpec spec = make_audit();
  return spec;
}

const FormatSpec& review_format() {
  static const FormatSpec spec = make_review();
  return spec;
}

const FormatSpec& site_format() {
  static const FormatSpec spec = make_site();
  return spec;
}

const FormatSpec& policy_format() {
  static const FormatSpec spec = make_policy();
  return spec;
}

const FormatSpec& record_format() {
  static const FormatSpec spec = make_record();
  return spec;
}

std::vector<const FormatSpec*> all_formats() {
  return {&site_format(),  &policy_format(),     &record_format(),
          &audit_format(), &review_format(),     &system_format(),
          &risk_format(),  &assessment_format(), &objective_format()};
}

std::vector<std::string> keys_of(const std::vector<FieldSpec>& fields) {
  std::vector<std::string> keys;
  for (const auto& f : fields) keys.push_back(f.key);
  return keys;
}

const std::vector<FieldSpec>& items_of(const std::vector<FieldSpec>& fields,
                                       const std::string& key) {
  static const std::vector<FieldSpec> none;
  auto it =
      std::find_if(fields.begin(), fields.end(), [&](const FieldSpec& f) { return f.key == key; });
  return it == fields.end() ? none : it->items;
}

const std::vector<FieldSpec>& items_of(const FormatSpec& format, const std::string& key) {
  return items_of(format.fields, key);
}

}  // namespace aimsdoc
