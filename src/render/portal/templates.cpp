#include "render/portal/templates.hpp"

namespace aimsdoc::portal {

CompiledTemplates::CompiledTemplates(const Theme& theme) {
  for (const auto& [name, tmpl] : theme.templates()) {
    compiled_[name] = std::make_unique<kainjow::mustache::mustache>(tmpl.text);
    origins_[name] = tmpl.origin;
  }
}

bool CompiledTemplates::report_errors(Diagnostics& diags) const {
  bool ok = true;
  for (const auto& [name, tmpl] : compiled_) {
    if (tmpl->is_valid()) continue;
    diags.error({origins_.at(name), 0, 0}, "theme.template",
                "template '" + name + "' does not parse: " + tmpl->error_message());
    ok = false;
  }
  return ok;
}

std::string CompiledTemplates::render(const std::string& name, const Data& data) {
  auto it = compiled_.find(name);
  return it == compiled_.end() ? std::string() : it->second->render(data);
}

std::string CompiledTemplates::render_page(const std::string& page, Data& data) {
  data.set("content", render(page, data));
  return render("layout", data);
}

}  // namespace aimsdoc::portal
