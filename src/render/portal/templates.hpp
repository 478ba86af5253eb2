#pragma once
// The theme's templates, each compiled once per rendering thread (kainjow::mustache
// rendering is not const, so threads do not share compiled templates).
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "model/theme.hpp"
#include "render/portal/mustache_data.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc::portal {

// True when template `text` shows variable `name` only unescaped ({{{name}}}, {{&name}}),
// never tests it in a section, and neither includes partials nor changes delimiters. Then
// rendering with a stand-in for a value that is not blank, and putting the value in place
// of the stand-in afterwards, gives the same bytes as rendering with the value.
bool shows_only_raw(std::string_view text, std::string_view name);

// Renders template `text` once with `data` (for parts shared by many pages; see
// PortalContext::sidebar_template).
std::string render_once(const std::string& text, const Data& data);

// What {{value}} shows: kainjow's html_escape (the same characters to the same entities),
// copying the runs between them whole instead of byte by byte. Every value of every page
// goes through it, and most hold nothing to escape.
std::string escape_html(const std::string& text);

// One rendering of a template may take at most this many steps (a section entered, a name
// looked up in each enclosing section's data) and write at most kMaxPageBytes: sections nested over
// lists iterate exponentially (a 4 KB template would run without end). Past either, rendering stops
// with TemplateTooLarge, and every rendering of the build stops with it.
inline constexpr std::size_t kMaxTemplateSteps = 8000000;
inline constexpr std::size_t kMaxPageBytes = std::size_t{256} << 20;

struct TemplateTooLarge : std::runtime_error {
  TemplateTooLarge(std::string template_origin, const std::string& message, bool elsewhere)
      : std::runtime_error(message),
        origin(std::move(template_origin)),
        stopped_by_another(elsewhere) {}
  std::string origin;       // the template's file, for the located error
  bool stopped_by_another;  // this rendering was within budget; another one was not
};

// Lets renderings run again after one stopped with TemplateTooLarge (the next build).
void reset_template_budget();

class CompiledTemplates {
 public:
  explicit CompiledTemplates(const Theme& theme);

  // A template that does not parse is an error naming its file.
  void report_errors(Diagnostics& diags) const;

  // Renders `page` with `data`, then the "layout" template around it as {{{content}}}.
  // Names not in `data` are looked up in `frame` (data shared by many pages), if given.
  std::string render_page(const std::string& page, const Data* frame, const Data& data);

 private:
  std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>> compiled_;
  std::map<std::string, std::string> origins_;
};

}  // namespace aimsdoc::portal
