#include "render/view_digest.hpp"

#include "model/model_digest.hpp"
#include "util/fields.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {

std::string view_digest(const BuildView& view) {
  std::string all;
  put_field(all, model_digest(view.aims));
  put_field(all, readiness_name(view.report.readiness));  // --readiness is no input file
  // Nor is --audience; the auditor's keys stay those of builds before it existed.
  if (view.audience != Audience::Auditor) put_field(all, audience_name(view.audience));
  put_field(all, std::to_string(view.diagnostics.items().size()));
  for (const Diagnostic& d : view.diagnostics.items()) {
    put_field(all, format_diagnostic(d));
    put_field(all, d.requirement);
  }
  return sha256_hex(all);
}

std::string inputs_key(std::initializer_list<std::string_view> parts) {
  std::string all;
  for (std::string_view part : parts) put_field(all, part);
  return sha256_hex(all);
}

}  // namespace aimsdoc
