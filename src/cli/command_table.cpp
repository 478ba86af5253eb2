#include "cli/command_table.hpp"

#include "cli/build_command.hpp"
#include "cli/bundle_command.hpp"
#include "cli/check_command.hpp"
#include "cli/export_command.hpp"
#include "cli/keygen_command.hpp"
#include "cli/verify_command.hpp"
#include "cli/generate_command.hpp"
#include "cli/init_command.hpp"
#include "cli/serve_command.hpp"
#include "cli/version_command.hpp"
#include "load/format_schema.hpp"

namespace aimsdoc {
namespace {

// Options several commands share, written once.
const OptionSpec kRoot{.flags = "root",
                       .help = "AIMS folder (holding site.yaml)",
                       .kind = ValueKind::dir,
                       .default_value = "."};

const OptionSpec kOut{.flags = "o,out",
                      .help = "output folder (default: site.yaml 'output', else _site under the "
                              "root)",
                      .kind = ValueKind::dir};
const OptionSpec kReadiness{.flags = "readiness",
                            .help = "judge at this level instead of site.yaml's: draft (not "
                                    "implemented is a warning) or certification",
                            .kind = ValueKind::choice,
                            .choices = {"draft", "certification"}};
// build and bundle build alike.
const OptionSpec kAllowGaps{.flags = "allow-gaps",
                            .help = "exit 0 even when the check finds gaps (draft builds)"};
const OptionSpec kForce{.flags = "force",
                        .help = "rebuild even when no input changed since the last build"};
const OptionSpec kAudience{.flags = "audience",
                           .help = "who the portal is for: auditor (the full portal) or public "
                                   "(a trust summary for procurement: no internal notes, no "
                                   "file of evidence marked confidential)",
                           .kind = ValueKind::choice,
                           .default_value = "auditor",
                           .choices = {"auditor", "public"}};
const OptionSpec kSign{.flags = "sign",
                       .help = "sign manifest.json with this minisign secret key (aimsdoc "
                               "keygen); else $AIMSDOC_SIGNING_KEY or site.yaml 'signing_key'",
                       .kind = ValueKind::file,
                       .value_name = "KEY"};

std::vector<CommandSpec> make_table() {
  return {
      {.name = "check",
       .summary = "load the AIMS, apply the coverage rules, print findings",
       .description = "Loads the AIMS folder, applies every coverage and validation rule and "
                      "prints the findings like a compiler, sorted, then a summary line. "
                      "Exits 1 when any error is found.",
       .run = run_check_command,
       .options = {kRoot,
                   {.flags = "format",
                    .help = "how findings are printed: text (like a compiler), json, github "
                            "(Actions annotations), gitlab (Code Quality report), sarif (SARIF "
                            "2.1.0)",
                    .kind = ValueKind::choice,
                    .default_value = "text",
                    .choices = {"text", "json", "github", "gitlab", "sarif"}},
                   {.flags = "framework",
                    .help = "also report gaps as seen from this crosswalked framework (e.g. "
                            "eu-ai-act)",
                    .kind = ValueKind::text,
                    .value_name = "ID"},
                   kReadiness}},
      {.name = "build",
       .summary = "check, then write the evidence portal and the SoA workbook",
       .description = "Checks the AIMS, then writes the evidence portal and soa.xlsx into a "
                      "staging folder that replaces the output folder in one rename. Still "
                      "writes the portal when the check finds gaps, but exits 1.",
       .run = run_build_command,
       .options = {kRoot,
                   kOut,
                   kReadiness,
                   kAllowGaps,
                   kForce,
                   {.flags = "since",
                    .help = "add a page and a sheet of what changed since this git revision "
                            "(a tag, a branch, a commit or a date YYYY-MM-DD; default: "
                            "site.yaml 'last_audit')",
                    .kind = ValueKind::text,
                    .value_name = "REV"},
                   {.flags = "watch", .help = "rebuild whenever an input changes"},
                   kAudience,
                   kSign}},
      {.name = "bundle",
       .summary = "build, then zip the portal for handing over (deterministic)",
       .description = "Builds like 'build', checks the portal against its manifest, then writes "
                      "the portal, workbook, manifest, signature and SHA256SUMS into one zip "
                      "under a folder named after it: the same portal gives the same bytes, "
                      "and 'verify' reads the zip as it is. A portal with gaps is bundled only "
                      "with --allow-gaps.",
       .run = run_bundle_command,
       .options = {kRoot,
                   {.flags = "o,out",
                    .help = "zip file (default: the output folder's name + .zip beside it)",
                    .kind = ValueKind::file,
                    .value_name = "FILE.zip"},
                   kReadiness,
                   kAllowGaps,
                   kForce,
                   kAudience,
                   kSign}},
      {.name = "verify",
       .summary = "check a received portal or bundle against its manifest and signature",
       .description = "Checks the signature of manifest.json, every file's size and SHA-256, "
                      "and that no file is missing or extra. Prints one line per problem and "
                      "a verdict; exits 0 only when everything matches, 1 when something does "
                      "not, 2 when the portal or key cannot be read.",
       .run = run_verify_command,
       .options = {{.flags = "pub",
                    .help = "the publisher's public key (minisign format); without it the "
                            "portal's own aimsdoc.pub is used, which proves integrity only",
                    .kind = ValueKind::file,
                    .value_name = "KEY"}},
       .arguments = {{.flags = "portal",
                      .help = "portal folder or bundle zip",
                      .kind = ValueKind::file,
                      .value_name = "PORTAL_DIR_OR_ZIP",
                      .required = true}}},
      {.name = "keygen",
       .summary = "write a key pair for signing builds",
       .description = "Writes an Ed25519 key pair in minisign's format: the secret key with "
                      "mode 0600 (never inside the AIMS root), the public key to hand to "
                      "whoever verifies.",
       .run = run_keygen_command,
       .options = {{.flags = "key",
                    .help = "secret key file (default ~/.aimsdoc/aimsdoc.key)",
                    .kind = ValueKind::file},
                   {.flags = "pub",
                    .help = "public key file",
                    .kind = ValueKind::file,
                    .default_value = "aimsdoc.pub"},
                   {.flags = "root",
                    .help = "AIMS folder the secret key must stay out of",
                    .kind = ValueKind::dir,
                    .default_value = "."},
                   {.flags = "force", .help = "replace existing key files"}}},
      {.name = "export",
       .summary = "write the model as JSON, or as OSCAL (catalog, SSP, assessment results)",
       .description = "json: the checked model as versioned JSON (docs/formats.md), to a file "
                      "or standard output. oscal: OSCAL 1.0.6 catalog.json, "
                      "system-security-plan.json and assessment-results.json into a folder, "
                      "and plan-of-action-and-milestones.json while a nonconformity is open.",
       .run = run_export_command,
       .options = {kRoot,
                   {.flags = "o,out",
                    .help = "json: a file (default: standard output); oscal: a folder (required)",
                    .kind = ValueKind::file},
                   kReadiness},
       .arguments = {{.flags = "format",
                      .help = "what to export",
                      .kind = ValueKind::choice,
                      .choices = {"json", "oscal"},
                      .required = true}}},
      {.name = "serve",
       .summary = "build, serve the portal over HTTP and reload open pages on every change",
       .description = "Builds like build --allow-gaps, serves the output folder (and nothing "
                      "else) over HTTP, rebuilds whenever an input changes and reloads the open "
                      "pages; a build's errors show over the page with file:line. The portal "
                      "on disk stays as build writes it. Ctrl-C stops it.",
       .run = run_serve_command,
       .options = {kRoot,
                   kOut,
                   {.flags = "port",
                    .help = "TCP port to listen on",
                    .kind = ValueKind::number,
                    .default_value = "8000"},
                   {.flags = "bind",
                    .help = "address to listen on (0.0.0.0 for every interface)",
                    .kind = ValueKind::text,
                    .value_name = "ADDR",
                    .default_value = "127.0.0.1"}}},
      {.name = "init",
       .summary = "write a starter AIMS into a new folder",
       .description = "Writes a starter AIMS: site.yaml with comments, a starter AI policy, one "
                      "record per requirement of the built-in ISO/IEC 42001 catalog, "
                      "evidence/, a .gitignore and the editor schemas in .aimsdoc/schemas/. "
                      "Never overwrites a file: a folder that is not empty is refused unless "
                      "--force, which writes only the missing files.",
       .run = run_init_command,
       .options = {{.flags = "force",
                    .help = "add the missing starter files to a folder that is not empty"}},
       .arguments = {{.flags = "dir",
                      .help = "the folder to write into",
                      .kind = ValueKind::dir,
                      .default_value = "."}}},
      {.name = "new",
       .summary = "write one policy or record of any kind from the theme's archetype",
       .description = "Writes content/<id>.md (policy), controls/<ID>.yaml (record, with the "
                      "requirement's title), or <folder>/<ID>.yaml for a system (SYS-), "
                      "risk (R-), assessment (IA-), objective (OBJ-), audit (AUD-) or review (MR-) "
                      "from the theme's archetypes/*.mustache, which a user theme may "
                      "override. Never overwrites a file.",
       .run = run_new_command,
       .options = {kRoot},
       .arguments = {{.flags = "kind",
                      .help = "what to write",
                      .kind = ValueKind::choice,
                      .choices = {"policy", "record", "system", "risk", "assessment", "objective", "audit",
                                  "review"},
                      .required = true},
                     {.flags = "id",
                      .help = "the new file's id",
                      .kind = ValueKind::text,
                      .value_name = "ID",
                      .required = true}}},
      {.name = "schema",
       .summary = "write the JSON Schemas of the YAML formats, for editors",
       .description = "Writes draft-07 JSON Schemas of site.yaml, policy front matter and "
                      "records, generated from the key tables the loaders check against, for "
                      "yaml-language-server and other validators.",
       .run = run_schema_command,
       .options = {{.flags = "out",
                    .help = "folder to write them into",
                    .kind = ValueKind::dir,
                    .default_value = kSchemaDir}}},
      {.name = "version",
       .summary = "print the version and the source commit",
       .description = "Prints the version and the commit it was built from ('unknown' when "
                      "built outside git); --json adds the versions of the linked libraries.",
       .run = run_version_command,
       .options = {{.flags = "json",
                    .help = "print as JSON, with the linked libraries' versions"}}},
      {.name = "generate",
       .summary = "write the man page or a shell completion script to stdout",
       .description = "Used by the build to write the files it installs.",
       .run = run_generate_command,
       .arguments = {{.flags = "what",
                      .help = "what to write",
                      .kind = ValueKind::choice,
                      .choices = {"man", "bash-completion", "zsh-completion"},
                      .required = true}},
       .hidden = true},
  };
}

}  // namespace

const std::vector<CommandSpec>& command_table() {
  static const std::vector<CommandSpec> table = make_table();
  return table;
}

const CommandSpec* find_command(std::string_view name) {
  for (const auto& c : command_table())
    if (c.name == name) return &c;
  return nullptr;
}

std::string_view long_name(const OptionSpec& o) {
  auto comma = o.flags.find(',');
  return comma == std::string_view::npos ? o.flags : o.flags.substr(comma + 1);
}

char short_name(const OptionSpec& o) {
  auto comma = o.flags.find(',');
  return comma == 1 ? o.flags[0] : 0;
}

std::string value_name(const OptionSpec& o) {
  if (!o.value_name.empty()) return std::string(o.value_name);
  switch (o.kind) {
    case ValueKind::flag: return {};
    case ValueKind::text: return "TEXT";
    case ValueKind::number: return "N";
    case ValueKind::file: return "FILE";
    case ValueKind::dir: return "DIR";
    case ValueKind::choice: break;
  }
  std::string joined;
  for (auto c : o.choices) (joined += joined.empty() ? "" : "|") += c;
  return joined;
}

const OptionSpec& help_option() {
  static const OptionSpec help{.flags = "h,help", .help = "show this help"};
  return help;
}

}  // namespace aimsdoc
