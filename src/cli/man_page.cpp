#include "cli/build_info.hpp"
#include "cli/command_table.hpp"
#include "cli/generated_docs.hpp"

namespace aimsdoc {
namespace {

// roff: a backslash is \e, '-' in option names is \-, and a line must not start with
// '.' or '\'' (it would be a request).
std::string roff(std::string_view text, bool dashes = false) {
  std::string out;
  for (char c : text) {
    if (c == '\\')
      out += "\\e";
    else if (c == '-' && dashes)
      out += "\\-";
    else
      out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

std::string option_term(const OptionSpec& o) {
  std::string term;
  if (char s = short_name(o)) term += "\\fB\\-" + std::string(1, s) + "\\fR, ";
  term += "\\fB\\-\\-" + roff(long_name(o), true) + "\\fR";
  if (auto v = value_name(o); !v.empty()) term += " \\fI" + roff(v, true) + "\\fR";
  return term;
}

std::string option_item(const OptionSpec& o, const std::string& term) {
  std::string text = ".TP\n" + term + "\n" + roff(o.help);
  if (!o.default_value.empty()) text += " (default: " + roff(o.default_value) + ")";
  return text + "\n";
}

std::string synopsis(const CommandSpec& c) {
  std::string line = "aimsdoc " + std::string(c.name) + " [options]";
  for (const auto& a : c.arguments) {
    std::string name = value_name(a).empty() ? std::string(a.flags) : value_name(a);
    line += a.required ? " " + name : " [" + name + "]";
  }
  return ".SS \"" + roff(line, true) + "\"\n";
}

std::string command_section(const CommandSpec& c) {
  std::string text = synopsis(c) + roff(c.summary) + ".\n";
  if (!c.description.empty()) text += ".PP\n" + roff(c.description) + "\n";
  for (const auto& a : c.arguments)
    text += option_item(
        a,
        "\\fI" + roff(value_name(a).empty() ? std::string(a.flags) : value_name(a), true) + "\\fR");
  for (const auto& o : c.options) text += option_item(o, option_term(o));
  return text + option_item(help_option(), option_term(help_option()));
}

constexpr const char* kPreamble =
    ".SH NAME\n"
    "aimsdoc \\- build an ISO/IEC 42001 evidence portal and SoA workbook from an AIMS kept "
    "in git, and check its coverage\n"
    ".SH SYNOPSIS\n"
    ".B aimsdoc\n"
    ".I command\n"
    "[\\fIoptions\\fR]\n"
    ".br\n"
    ".B aimsdoc \\-\\-version\n"
    ".SH DESCRIPTION\n"
    "aimsdoc reads an AI Management System kept as files (site.yaml, Markdown policies under "
    "content/, YAML records under controls/, evidence files) and writes a static evidence "
    "portal, an Excel Statement of Applicability workbook (soa.xlsx) and findings like a "
    "compiler's: \\fIpath\\fR:\\fIline\\fR:\\fIcol\\fR: error: \\fImessage\\fR "
    "[\\fIrule\\-id\\fR].\n"
    ".SH COMMANDS\n";

constexpr const char* kClosing =
    ".SH EXIT STATUS\n"
    ".TP\n.B 0\nclean (warnings allowed)\n"
    ".TP\n.B 1\ncoverage or validation findings\n"
    ".TP\n.B 2\nusage error or unreadable input (no site.yaml, output folder refused)\n"
    ".SH FILES\n"
    ".TP\n.I site.yaml\nthe AIMS's settings, at the root of the AIMS folder\n"
    ".TP\n.I @THEME@\n"
    "a copy of the built-in theme, to start a theme of your own from (the binary does not "
    "need it)\n"
    ".SH SEE ALSO\n"
    "The rule ids and the input formats: @DOC@/README.md\n";

}  // namespace

std::string man_page() {
  std::string page = ".TH AIMSDOC 1 \"\" \"aimsdoc " + std::string(aimsdoc_version()) +
                     "\" \"User Commands\"\n" + kPreamble;
  for (const auto& c : command_table())
    if (!c.hidden) page += command_section(c);
  std::string closing = kClosing;
  closing.replace(closing.find("@THEME@"), 7, roff(installed_theme_dir()));
  closing.replace(closing.find("@DOC@"), 5, roff(installed_doc_dir()));
  return page + closing;
}

}  // namespace aimsdoc
