#include "cli/ci_report.hpp"

#include <map>

#include "util/json.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {
namespace {

namespace fs = std::filesystem;

std::string ci_path(const fs::path& root, const std::string& path) {
  fs::path joined = path.empty() ? root : root / path;
  std::string out = joined.lexically_normal().generic_string();
  if (out.size() > 1 && out.back() == '/') out.pop_back();
  return out.empty() ? "." : out;
}

std::string escape(std::string_view s, std::string_view also) {
  std::string out;
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else if (c == ':' && also.find(':') != std::string_view::npos)
      out += "%3A";
    else if (c == ',' && also.find(',') != std::string_view::npos)
      out += "%2C";
    else
      out += c;
  }
  return out;
}

}  // namespace

std::vector<CiFinding> ci_findings(const CheckedAims& checked, const fs::path& root) {
  std::vector<CiFinding> out;
  std::map<std::string, int> seen;
  for (const auto& d : checked.diagnostics.items()) {
    std::string path = ci_path(root, d.location.path);
    std::string key = d.rule + '\0' + path + '\0' + d.requirement + '\0' + d.message;
    key += '\0' + std::to_string(seen[key]++);
    out.push_back({&d, path, sha256_hex(key)});
  }
  return out;
}

std::string github_escape_data(std::string_view s) { return escape(s, ""); }
std::string github_escape_property(std::string_view s) { return escape(s, ":,"); }

void print_github_report(const CheckedAims& checked, const fs::path& root, std::ostream& out) {
  for (const auto& f : ci_findings(checked, root)) {
    const Diagnostic& d = *f.diagnostic;
    out << "::" << (d.severity == Severity::Error ? "error" : "warning")
        << " file=" << github_escape_property(f.path);
    if (d.location.line > 0) out << ",line=" << d.location.line;
    if (d.location.line > 0 && d.location.column > 0) out << ",col=" << d.location.column;
    out << ",title=" << github_escape_property(d.rule)
        << "::" << github_escape_data(d.message + " [" + d.rule + "]") << '\n';
  }
  if (!checked.unusable)
    out << checked.report.summary_line(checked.diagnostics.error_count(),
                                       checked.diagnostics.warning_count())
        << '\n';
}

void print_gitlab_report(const CheckedAims& checked, const fs::path& root, std::ostream& out) {
  out << '[';
  bool first = true;
  for (const auto& f : ci_findings(checked, root)) {
    const Diagnostic& d = *f.diagnostic;
    out << (first ? "" : ",") << "\n  {\"type\":\"issue\",\"check_name\":" << json_string(d.rule)
        << ",\"description\":" << json_string(d.message)
        << ",\"severity\":" << (d.severity == Severity::Error ? "\"major\"" : "\"minor\"")
        << ",\"fingerprint\":" << json_string(f.fingerprint)
        << ",\"location\":{\"path\":" << json_string(f.path)
        << ",\"lines\":{\"begin\":" << (d.location.line > 0 ? d.location.line : 1) << "}}}";
    first = false;
  }
  out << "\n]\n";
}

}  // namespace aimsdoc
