#pragma once
// `check --format github|gitlab|sarif`: the findings in the forms CI systems read, beside
// text and JSON (report_printer.hpp). Paths are the --root folder joined with each file's
// path, so run from the repository's top with a relative --root and they name repo files.
#include <filesystem>
#include <ostream>

#include "pipeline.hpp"

namespace aimsdoc {

// A finding as the CI formats show it: the path a CI system resolves against the checkout,
// and a fingerprint that survives lines moving (rule, path, requirement, message, and
// which of several identical findings it is).
struct CiFinding {
  const Diagnostic* diagnostic;
  std::string path;
  std::string fingerprint;  // SHA-256, hex
};
std::vector<CiFinding> ci_findings(const CheckedAims& checked, const std::filesystem::path& root);

// GitHub Actions workflow commands: ::error file=F,line=L,col=C,title=RULE::MESSAGE
void print_github_report(const CheckedAims& checked, const std::filesystem::path& root,
                         std::ostream& out);
// GitLab Code Quality report (a JSON array of CodeClimate issues).
void print_gitlab_report(const CheckedAims& checked, const std::filesystem::path& root,
                         std::ostream& out);
// SARIF 2.1.0, for GitHub code scanning and other SARIF readers (sarif_report.cpp): every
// rule of the rule table with its meaning as help, each finding with its location.
void print_sarif_report(const CheckedAims& checked, const std::filesystem::path& root,
                        std::ostream& out);

// Escaping of GitHub workflow commands (as @actions/core does): a message's %, CR and LF;
// a property's also ':' and ','.
std::string github_escape_data(std::string_view s);
std::string github_escape_property(std::string_view s);

}  // namespace aimsdoc
