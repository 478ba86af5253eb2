#include "load/risk_trace_loader.hpp"

#include "load/formats.hpp"
#include "load/record_document.hpp"
#include "load/record_loader.hpp"
#include "load/source_files.hpp"
#include "load/yaml_reader.hpp"
#include "util/ids.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

const std::vector<std::string> kSystemKeys = keys_of(system_format().fields);
const std::vector<std::string> kRiskKeys = keys_of(risk_format().fields);
const std::vector<std::string> kScoreKeys = keys_of(items_of(risk_format(), "residual"));
const std::vector<std::string> kAssessmentKeys = keys_of(assessment_format().fields);
const std::vector<std::string> kObjectiveKeys = keys_of(objective_format().fields);

// The record's id, required and kept to the id alphabet [id.syntax].
std::string record_id(MapReader& r, const char* kind) {
  std::string id = trim(r.string("id", true).value_or(""));
  if (!id.empty() && !is_valid_policy_id(id)) {
    r.diagnostics().error(
        r.location_of("id"), "id.syntax",
        std::string(kind) + " id '" + id + "' may hold only letters, digits, '.', '_' and '-'");
    return "";
  }
  return id;
}

std::vector<std::string> texts(const std::vector<Reference>& refs) {
  std::vector<std::string> out;
  for (const auto& ref : refs) out.push_back(ref.text);
  return out;
}

// A word of a fixed vocabulary [field.vocabulary]; nullopt when absent or unknown.
template <typename Parse>
auto vocabulary(MapReader& r, const std::string& key, bool required, Parse parse, const char* words)
    -> decltype(parse(std::string())) {
  auto text = r.string(key, required);
  if (!text) return std::nullopt;
  auto value = parse(trim(*text));
  if (!value)
    r.diagnostics().error(r.location_of(key), "field.vocabulary",
                          "'" + key + "' is '" + *text + "'; write one of " + words);
  return value;
}

int score_part(MapReader& r, const char* key) {
  return static_cast<int>(r.integer(key, true).value_or(0));
}

std::optional<RiskScore> read_residual(MapReader& risk) {
  auto node = risk.node("residual");
  if (!node || node->IsNull()) return std::nullopt;
  MapReader r(*node, risk.source(), risk.diagnostics(), kScoreKeys);
  if (!r.ok()) return std::nullopt;
  RiskScore s{score_part(r, "likelihood"), score_part(r, "impact")};
  return s.set() ? std::optional<RiskScore>(s) : std::nullopt;
}

}  // namespace

std::optional<AiSystem> load_system(const std::filesystem::path& root, const std::string& relative,
                                    Diagnostics& diags) {
  return load_record_file<AiSystem>(
      root, relative, kSystemKeys, diags, [&](MapReader& r, AiSystem& s) {
        s.id = record_id(r, "AI system");
        s.name = r.string("name", true).value_or(s.id);
        limit_title(s.name, "the name", r.location_of("name"), diags);
        s.owner_id = trim(r.string("owner", false).value_or(""));
        s.owner_location = r.location_of("owner");
        s.roles = texts(r.string_list("roles"));
        s.purpose = r.string("purpose", true).value_or("");
        s.lifecycle_location = r.location_of("lifecycle");
        s.lifecycle = vocabulary(r, "lifecycle", true, parse_lifecycle,
                                 "design, development, validation, production, retired")
                          .value_or(Lifecycle::Unset);
        s.deployed = r.date("deployed", false);
        s.risk_class = trim(r.string("risk_class", true).value_or(""));
        s.risk_class_location = r.location_of("risk_class");
        s.human_oversight = r.string("human_oversight", false).value_or("");
        s.suppliers = texts(r.string_list("suppliers"));
        s.data = texts(r.string_list("data"));
        s.declared_assessments = r.string_list("impact_assessments");
        s.notes_markdown = r.string("notes", false).value_or("");
      });
}

std::optional<Risk> load_risk(const std::filesystem::path& root, const std::string& relative,
                              Diagnostics& diags) {
  return load_record_file<Risk>(root, relative, kRiskKeys, diags, [&](MapReader& r, Risk& k) {
    k.id = record_id(r, "risk");
    k.title = r.string("title", true).value_or(k.id);
    limit_title(k.title, "the title", r.location_of("title"), diags);
    k.owner_id = trim(r.string("owner", true).value_or(""));
    k.owner_location = r.location_of("owner");
    k.system_refs = r.string_list("systems");
    if (auto source = r.string("source", false))
      k.source_ref = Reference{trim(*source), r.location_of("source")};
    k.inherent = {score_part(r, "likelihood"), score_part(r, "impact")};
    k.treatment_location = r.location_of("treatment");
    k.treatment =
        vocabulary(r, "treatment", true, parse_treatment, "mitigate, accept, avoid, transfer")
            .value_or(Treatment::Unset);
    k.control_refs = r.string_list("controls");
    k.residual_location = r.location_of("residual");
    k.residual = read_residual(r);
    k.accepted_by = trim(r.string("accepted_by", false).value_or(""));
    k.accepted_location = r.location_of("accepted_by");
    k.accepted_until = r.date("accepted_until", false);
    k.reviewed_location = r.location_of("reviewed");
    k.reviewed = r.date("reviewed", false);
    k.notes_markdown = r.string("notes", false).value_or("");
  });
}

std::optional<ImpactAssessment> load_assessment(const std::filesystem::path& root,
                                                const std::string& relative, Diagnostics& diags,
                                                const HashTakeOver& hashes) {
  return load_record_file<ImpactAssessment>(
      root, relative, kAssessmentKeys, diags, [&](MapReader& r, ImpactAssessment& a) {
        a.id = record_id(r, "impact assessment");
        a.system_id = trim(r.string("system", true).value_or(""));
        a.system_location = r.location_of("system");
        a.performed = r.date("performed", true);
        a.next_review = r.date("next_review", false);
        a.approved_by = trim(r.string("approved_by", true).value_or(""));
        a.approved_location = r.location_of("approved_by");
        a.affected = texts(r.string_list("affected"));
        a.risk_refs = r.string_list("risks");
        a.report.id = a.id;
        a.report.location = r.location_of("file");
        a.report.collected = a.performed;
        a.report.file = trim(r.string("file", true).value_or(""));
        if (!a.report.file.empty() && !root.empty())
          locate_evidence_file(a.report, a.report.location, root, diags,
                               EvidenceRole::AssessmentReport, hashes);
      });
}

std::optional<Objective> load_objective(const std::filesystem::path& root,
                                        const std::string& relative, Diagnostics& diags) {
  return load_record_file<Objective>(
      root, relative, kObjectiveKeys, diags, [&](MapReader& r, Objective& o) {
        o.id = record_id(r, "objective");
        o.title = r.string("title", true).value_or(o.id);
        limit_title(o.title, "the title", r.location_of("title"), diags);
        o.owner_id = trim(r.string("owner", true).value_or(""));
        o.owner_location = r.location_of("owner");
        o.measure = r.string("measure", true).value_or("");
        o.target = r.string("target", true).value_or("");
        o.due_location = r.location_of("due");
        o.due = r.date("due", true);
        o.status_location = r.location_of("status");
        o.status = vocabulary(r, "status", true, parse_objective_status, "open, met, missed")
                       .value_or(ObjectiveStatus::Unset);
        o.result = r.string("result", false).value_or("");
      });
}

}  // namespace aimsdoc
