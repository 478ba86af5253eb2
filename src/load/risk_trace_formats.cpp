// The keys of the management system's records (systems/, risks/, assessments/,
// objectives/) and of site.yaml's risk criteria: see formats.hpp.
#include "load/formats.hpp"
#include "model/risk_trace.hpp"

namespace aimsdoc {
namespace {

using T = FieldType;

FieldSpec score(const char* key, bool required, const char* what) {
  return field(key, T::Count, required, std::string(what) + ", 1..risk.scale of site.yaml.");
}

FormatSpec make_system() {
  using L = Lifecycle;
  return {"system",
          "aimsdoc AI system",
          {field("id", T::Id, true, "AI system id, SYS-..., unique across all records."),
           field("name", T::Text, true, "The system's name."),
           field("owner", T::Id, false, "An owner id from site.yaml (required by system.owner)."),
           field("roles", T::TextList, false,
                 "The organization's roles for this system: provider, developer, deployer, user, "
                 "supplier ..."),
           field("purpose", T::Text, true, "What the system is for."),
           field("lifecycle", T::Text, true, "Where the system is in its life cycle.",
                 value_names({L::Design, L::Development, L::Validation, L::Production, L::Retired},
                             lifecycle_name)),
           field("deployed", T::Date, false, "When it went into production."),
           field("risk_class", T::Text, true, "From system_risk_classes of site.yaml, when given."),
           field("human_oversight", T::Text, false, "How people oversee it."),
           field("suppliers", T::TextList, false, "Suppliers of the system or its parts."),
           field("data", T::TextList, false, "Datasets it uses."),
           field("impact_assessments", T::IdList, false, "Impact assessment ids."),
           field("notes", T::Markdown, false, "Notes (Markdown).")}};
}

FormatSpec make_risk() {
  using R = Treatment;
  FieldSpec residual = field("residual", T::Object, false, "The score after treatment.");
  residual.items = {score("likelihood", true, "Residual likelihood"),
                    score("impact", true, "Residual impact")};
  return {
      "risk",
      "aimsdoc risk",
      {field("id", T::Id, true, "Risk id, R-..., unique across all records."),
       field("title", T::Text, true, "The risk in a sentence."),
       field("owner", T::Id, true, "An owner id from site.yaml."),
       field("systems", T::IdList, false, "AI system ids; empty for an organization-wide risk."),
       field("source", T::Id, false, "The impact assessment that found it."),
       score("likelihood", true, "Likelihood"), score("impact", true, "Impact"),
       field("treatment", T::Text, true, "How the risk is treated.",
             value_names({R::Mitigate, R::Accept, R::Avoid, R::Transfer}, treatment_name)),
       field("controls", T::IdList, false, "Requirement ids of the controls that treat it."),
       std::move(residual),
       field("accepted_by", T::Id, false, "Owner id who accepted it (treatment accept)."),
       field("accepted_until", T::Date, false, "End of the acceptance (treatment accept)."),
       field("reviewed", T::Date, false, "When it was last reviewed."),
       field("notes", T::Markdown, false, "Notes (Markdown).")}};
}

FormatSpec make_assessment() {
  return {"assessment",
          "aimsdoc AI system impact assessment",
          {field("id", T::Id, true, "Impact assessment id, IA-..., unique across all records."),
           field("system", T::Id, true, "The AI system assessed."),
           field("performed", T::Date, true, "When it was performed."),
           field("next_review", T::Date, false,
                 "When it is due for review (default performed + assessment_review_days)."),
           field("approved_by", T::Id, true, "An owner id from site.yaml."),
           field("file", T::Text, true, "The report, a file inside the root."),
           field("affected", T::TextList, false, "Groups of people affected."),
           field("risks", T::IdList, false, "Risk ids it identified.")}};
}

FormatSpec make_objective() {
  using S = ObjectiveStatus;
  return {"objective",
          "aimsdoc AI objective",
          {field("id", T::Id, true, "Objective id, OBJ-..., unique across all records."),
           field("title", T::Text, true, "The objective."),
           field("owner", T::Id, true, "An owner id from site.yaml."),
           field("measure", T::Text, true, "How it is measured."),
           field("target", T::Text, true, "The value to reach."),
           field("due", T::Date, true, "When it is due."),
           field("status", T::Text, true, "Where it stands.",
                 value_names({S::Open, S::Met, S::Missed}, objective_status_name)),
           field("result", T::Text, false, "The result so far.")}};
}

}  // namespace

std::vector<FieldSpec> risk_site_fields() {
  FieldSpec risk = field("risk", T::Object, false, "The risk criteria.");
  risk.items = {
      field("scale", T::Count, false, "Likelihood and impact run 1..scale (2-10, default 5)."),
      field("appetite", T::Count, false,
            "A score above this must be treated by controls or accepted (default 8)."),
      field("review_days", T::Count, false,
            "A risk not reviewed for longer is flagged (default 365).")};
  return {std::move(risk),
          field("system_risk_classes", T::TextList, false,
                "The vocabulary of an AI system's risk_class (any word when absent)."),
          field("assessment_review_days", T::Count, false,
                "next_review of an impact assessment that gives none = performed + this "
                "(default 365).")};
}

const FormatSpec& system_format() {
  static const FormatSpec spec = make_system();
  return spec;
}
const FormatSpec& risk_format() {
  static const FormatSpec spec = make_risk();
  return spec;
}
const FormatSpec& assessment_format() {
  static const FormatSpec spec = make_assessment();
  return spec;
}
const FormatSpec& objective_format() {
  static const FormatSpec spec = make_objective();
  return spec;
}

}  // namespace aimsdoc
