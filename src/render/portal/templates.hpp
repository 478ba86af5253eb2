#pragma once
// The theme's templates, each compiled once per rendering thread (kainjow::mustache
// rendering is not const, so threads do not share compiled templates).
#include <map>
#include <memory>
#include <string>

#include "render/portal/mustache_data.hpp"
#include "render/portal/theme.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc::portal {

class CompiledTemplates {
 public:
  explicit CompiledTemplates(const Theme& theme);

  // A template that does not parse is an error naming its file; true when all parse.
  bool report_errors(Diagnostics& diags) const;

  // Renders `page` with `data`, then the "layout" template around it as {{{content}}}.
  // Names not in `data` are looked up in `frame` (data shared by many pages), if given.
  std::string render_page(const std::string& page, const Data* frame, const Data& data);
  std::string render(const std::string& name, const Data& data);

 private:
  std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>> compiled_;
  std::map<std::string, std::string> origins_;
};

}  // namespace aimsdoc::portal
