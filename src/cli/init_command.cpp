#include "cli/init_command.hpp"

#include <iostream>

#include "cli/archetypes.hpp"
#include "load/catalog_loader.hpp"
#include "load/format_schema.hpp"
#include "load/formats.hpp"
#include "load/load_inputs.hpp"
#include "util/embedded.hpp"
#include "util/ids.hpp"
#include "util/input_folders.hpp"

namespace aimsdoc {
namespace {

namespace fs = std::filesystem;

void print_diagnostics(const Diagnostics& diags, std::ostream& out) {
  for (const auto& d : diags.items()) out << format_diagnostic(d) << '\n';
}

constexpr const char* kStarterPolicyId = "POL-AI-001";
constexpr const char* kStarterOwner = "aims-manager";  // the roster entry of site.yaml's archetype

// A file of the starter AIMS: where it goes and what it holds.
struct StarterFile {
  std::string path;  // relative to the AIMS folder
  std::string text;
};

std::string record_path(const std::string& id) { return "controls/" + id + ".yaml"; }

// The values every archetype may show: today, a review date a year on, and the comment
// naming the file's schema for the editor.
ArchetypeValues completed(ArchetypeValues values, const FormatSpec& format,
                          const std::string& path) {
  Date day = today();
  values["date"] = day.to_string();
  values["review_by"] = day.plus_days(365).to_string();
  values["schema_line"] = schema_comment(format, path, kSchemaDir);
  return values;
}

// Every file of the starter AIMS, from the default theme's archetypes; nullopt when one
// cannot be rendered (reported in `diags`).
std::optional<std::vector<StarterFile>> starter_files(const fs::path& dir, Diagnostics& diags) {
  SiteConfig site;  // the default theme
  auto catalog = parse_catalog(std::string(*embedded_file(kBuiltinCatalog)),
                               std::string("<built-in>/") + kBuiltinCatalog, diags);
  if (!catalog) return std::nullopt;
  std::vector<StarterFile> files;
  auto add = [&](std::string path, const std::string& archetype, const FormatSpec& format,
                 const ArchetypeValues& values) {
    auto text = render_archetype(dir, site, archetype, completed(values, format, path), diags);
    if (text) files.push_back({std::move(path), std::move(*text)});
    return text.has_value();
  };
  bool ok = add("site.yaml", "site.yaml", site_format(), {}) &&
            add("content/ai-policy.md", "policy.md", policy_format(),
                {{"id", kStarterPolicyId},
                 {"title", "Artificial Intelligence Policy"},
                 {"owner", kStarterOwner},
                 {"covers", "\"5.2\", A.2.2"}});
  for (const auto& item : catalog->items)
    if (ok && item.kind != ItemKind::Group)
      ok = add(record_path(item.id), "record.yaml", record_format(),
               {{"id", item.id}, {"title", item.title}});
  if (!ok) return std::nullopt;
  for (const FormatSpec* format : all_formats())
    files.push_back(
        {std::string(kSchemaDir) + "/" + schema_file_name(*format), json_schema(*format)});
  files.push_back({"evidence/.gitkeep", ""});
  // The audit programme's folders: their presence makes the programme rules apply.
  files.push_back({std::string(kAuditsDir) + "/.gitkeep", ""});
  files.push_back({std::string(kReviewsDir) + "/.gitkeep", ""});
  for (const char* folder : {kSystemFolder, kRiskFolder, kAssessmentFolder, kObjectiveFolder})
    files.push_back({std::string(folder) + "/.gitkeep", ""});
  // The portal, and the build's state, cache and staging folders beside it.
  files.push_back({".gitignore", "/_site/\n/._site.*\n"});
  return files;
}

bool is_empty_folder(const fs::path& dir) {
  std::error_code ec;
  return !fs::exists(dir, ec) ||
         (fs::is_directory(dir, ec) && fs::directory_iterator(dir, ec) == fs::directory_iterator());
}

}  // namespace

int run_init_command(const cxxopts::ParseResult& parsed) {
  fs::path dir = parsed["dir"].as<std::string>();
  if (!is_empty_folder(dir) && !parsed["force"].as<bool>()) {
    std::cerr << "aimsdoc: " << dir.string()
              << " is not empty; init writes only into an empty folder (--force adds the "
                 "missing starter files and leaves every existing file as it is)\n";
    return 2;
  }
  Diagnostics diags;
  auto files = starter_files(dir, diags);
  if (!files) {
    print_diagnostics(diags, std::cerr);
    return 2;
  }
  std::size_t written = 0, kept = 0;
  for (const auto& f : *files) {
    WriteOutcome outcome = write_new_file(dir / f.path, f.text);
    if (outcome == WriteOutcome::Failed) {
      std::cerr << "aimsdoc: cannot write " << (dir / f.path).string() << '\n';
      return 2;
    }
    (outcome == WriteOutcome::Written ? written : kept) += 1;
  }
  std::cout << "wrote " << written << " files into " << dir.string();
  if (kept) std::cout << " (" << kept << " already there, left as they were)";
  std::cout << "\nnext: fill in site.yaml, the owners and evidence of each record under "
               "controls/, then run 'aimsdoc check --root "
            << dir.string() << "'\n";
  return 0;
}

namespace {

struct NewFile {
  std::string path, archetype;
  const FormatSpec* format;
  ArchetypeValues values;
};

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// The records `new` writes under an id with its prefix, one file each in their folder.
struct IdentifiedKind {
  const char* kind;
  const char* prefix;
  const char* folder;
  const FormatSpec& (*format)();
  const char* title;  // the new record's title, before its id
};
constexpr IdentifiedKind kIdentifiedKinds[] = {
    {"audit", "AUD-", kAuditsDir, audit_format, "Internal audit "},
    {"review", "MR-", kReviewsDir, review_format, "Management review "},
    {"system", "SYS-", kSystemFolder, system_format, "AI system "},
    {"risk", "R-", kRiskFolder, risk_format, "Title of risk "},
    {"assessment", "IA-", kAssessmentFolder, assessment_format, "Impact assessment "},
    {"objective", "OBJ-", kObjectiveFolder, objective_format, "Title of objective "},
};

// What `new KIND ID` writes, or nullopt with the reason on stderr.
std::optional<NewFile> new_file(const LoadedInputs& in, const std::string& kind,
                                const std::string& id) {
  std::string owner = in.site.owners.empty() ? kStarterOwner : in.site.owners.front().id;
  if (kind == "policy") {
    if (!is_valid_policy_id(id)) {
      std::cerr << "aimsdoc: policy id '" << id
                << "' may hold only letters, digits, '.', '_' and '-'\n";
      return std::nullopt;
    }
    return NewFile{"content/" + lower(id) + ".md",
                   "policy.md",
                   &policy_format(),
                   {{"id", id}, {"title", "Title of " + id}, {"owner", owner}, {"covers", ""}}};
  }
  if (kind == "record") {
    const CatalogItem* item = in.primary ? in.primary->find(id) : nullptr;
    if (!item || item->kind == ItemKind::Group) {
      std::cerr << "aimsdoc: '" << id << "' is no clause or control of "
                << (in.primary ? in.primary->name : std::string("the catalog")) << '\n';
      return std::nullopt;
    }
    return NewFile{
        record_path(id), "record.yaml", &record_format(), {{"id", id}, {"title", item->title}}};
  }
  for (const auto& k : kIdentifiedKinds) {
    if (kind != k.kind) continue;
    const std::string prefix = k.prefix;
    if (id.size() <= prefix.size() || id.compare(0, prefix.size(), prefix) != 0 ||
        !is_valid_policy_id(id)) {
      std::cerr << "aimsdoc: " << kind << " id '" << id << "' must start with '" << prefix
                << "' and hold only letters, digits, '.', '_' and '-'\n";
      return std::nullopt;
    }
    return NewFile{std::string(k.folder) + "/" + id + ".yaml",
                   kind + ".yaml",
                   &k.format(),
                   {{"id", id}, {"title", k.title + id}, {"owner", owner}}};
  }
  std::cerr << "aimsdoc: no archetype for '" << kind << "'\n";
  return std::nullopt;
}

}  // namespace

int run_new_command(const cxxopts::ParseResult& parsed) {
  fs::path root = parsed["root"].as<std::string>();
  Diagnostics diags;
  LoadedInputs in = load_inputs(root, diags);
  if (in.unusable()) {
    print_diagnostics(diags, std::cerr);
    return 2;
  }
  auto file = new_file(in, parsed["kind"].as<std::string>(), parsed["id"].as<std::string>());
  if (!file) return 2;
  auto text = render_archetype(root, in.site.config, file->archetype,
                               completed(file->values, *file->format, file->path), diags);
  if (!text) {
    print_diagnostics(diags, std::cerr);
    return 2;
  }
  switch (write_new_file(root / file->path, *text)) {
    case WriteOutcome::Written: std::cout << "wrote " << file->path << '\n'; return 0;
    case WriteOutcome::Exists:
      std::cerr << "aimsdoc: " << file->path << " exists; new never overwrites a file\n";
      return 2;
    case WriteOutcome::Failed: break;
  }
  std::cerr << "aimsdoc: cannot write " << (root / file->path).string() << '\n';
  return 2;
}

}  // namespace aimsdoc
