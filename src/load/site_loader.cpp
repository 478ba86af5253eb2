#include "load/site_loader.hpp"

#include <optional>
#include <set>

#include "load/formats.hpp"
#include "load/markdown_limits.hpp"
#include "load/source_files.hpp"
#include "load/yaml_reader.hpp"
#include "util/ids.hpp"
#include "util/paths.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {
namespace {

const std::string kSiteFile = "site.yaml";
const std::vector<std::string> kOwnerKeys = keys_of(items_of(site_format(), "owners"));

std::vector<Owner> read_owners(MapReader& site) {
  std::vector<Owner> owners;
  auto list = site.node("owners");
  if (!list || list->IsNull()) {
    site.diagnostics().error(site.location(), "site.owners",
                             "site.yaml has no 'owners:' roster; list who owns the AIMS");
    return owners;
  }
  if (!list->IsSequence()) {
    site.diagnostics().error(site.location_of("owners"), "yaml.type",
                             "'owners' must be a list of {id, name, role, email}");
    return owners;
  }
  for (const auto& entry : *list) {
    MapReader r(entry, site.source(), site.diagnostics(), kOwnerKeys);
    if (!r.ok()) continue;
    Owner o;
    o.location = r.location();
    o.id = r.string("id", true).value_or("");
    o.name = r.string("name", true).value_or(o.id);
    o.role = r.string("role", true).value_or("");
    limit_title(o.name, "the name", r.location_of("name"), site.diagnostics());
    limit_title(o.role, "the role", r.location_of("role"), site.diagnostics());
    o.email = r.string("email", false).value_or("");
    if (o.id.empty()) continue;
    if (!is_valid_owner_id(o.id))
      site.diagnostics().error(r.location_of("id"), "id.syntax",
                               "owner id '" + o.id + "' may hold only a-z, 0-9 and '-'");
    owners.push_back(std::move(o));
  }
  return owners;
}

// A whole number of `key` within [low, high], or nullopt (reported [site.config]).
std::optional<int> bounded(MapReader& r, const std::string& key, long low, long high) {
  auto n = r.integer(key, false);
  if (!n) return std::nullopt;
  if (*n < low || *n > high) {
    r.diagnostics().error(r.location_of(key), "site.config",
                          "'" + key + "' must be between " + std::to_string(low) + " and " +
                              std::to_string(high) + ", found " + std::to_string(*n));
    return std::nullopt;
  }
  return static_cast<int>(*n);
}

// `risk:` {scale, appetite, review_days}, `system_risk_classes:`, `assessment_review_days:`.
RiskPolicy read_risk_policy(MapReader& site) {
  RiskPolicy p;
  if (auto days = bounded(site, "assessment_review_days", 1, 36500))
    p.assessment_review_days = *days;
  for (auto& ref : site.string_list("system_risk_classes"))
    p.system_risk_classes.push_back(ref.text);
  auto node = site.node("risk");
  if (!node || node->IsNull()) return p;
  MapReader r(*node, site.source(), site.diagnostics(), keys_of(items_of(site_format(), "risk")));
  if (!r.ok()) return p;
  if (auto scale = bounded(r, "scale", 2, 10)) p.scale = *scale;
  if (auto appetite = bounded(r, "appetite", 0, p.scale * p.scale)) p.appetite = *appetite;
  if (auto days = bounded(r, "review_days", 1, 36500)) p.review_days = *days;
  return p;
}

// A number of days of at least 1; nullopt (reported) otherwise.
std::optional<int> positive_days(MapReader& r, const std::string& key) {
  auto days = r.integer(key, false);
  if (!days) return std::nullopt;
  if (*days >= 1) return static_cast<int>(*days);
  r.diagnostics().error(r.location_of(key), "site.config", "'" + key + "' must be at least 1");
  return std::nullopt;
}

void read_audit_cycle(MapReader& r, SiteConfig& c) {
  c.audit_cycle_set = r.has("audit_cycle_days");
  c.review_cycle_set = r.has("review_cycle_days");
  c.audit_cycle_days = positive_days(r, "audit_cycle_days").value_or(365);
  c.review_cycle_days = positive_days(r, "review_cycle_days").value_or(365);
  c.last_audit = r.string("last_audit", false).value_or("");
  c.last_audit_location = r.location_of("last_audit");
}

const std::vector<std::string> kSoaKeys = keys_of(items_of(site_format(), "soa"));

void read_soa(MapReader& site, SoaControl& soa) {
  auto node = site.node("soa");
  if (!node || node->IsNull()) return;
  MapReader r(*node, site.source(), site.diagnostics(), kSoaKeys);
  if (!r.ok()) return;  // reported by the reader
  soa.version = r.string("version", false).value_or("");
  soa.approved_by = r.string("approved_by", false).value_or("");
  soa.approved_on = r.date("approved_on", false);
  soa.classification = r.string("classification", false).value_or("");
}

// An http(s) address with a host, kept ending in '/' so site paths join onto it.
std::string read_base_url(MapReader& r) {
  std::string url = r.string("base_url", false).value_or("");
  if (url.empty()) return url;
  std::size_t scheme = url.find("://");
  bool web = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
  bool plain = url.find_first_of(" \"<>#?") == std::string::npos;
  if (!web || !plain || scheme + 3 >= url.size() || url[scheme + 3] == '/') {
    r.diagnostics().error(r.location_of("base_url"), "site.config",
                          "'base_url' '" + url +
                              "' must be an http:// or https:// address "
                              "without spaces, query or fragment; portal links stay relative");
    return "";
  }
  return url.back() == '/' ? url : url + "/";
}

// Every path site.yaml names goes through check_configured_path, located at its value.
struct SitePaths {
  const std::filesystem::path& root;
  MapReader& r;
  std::set<std::string> catalogs;  // normalized: a catalog listed twice is one error

  // "" when `path` names what `kind` asks for inside the root, else the message.
  std::string problem(const std::string& key, const std::string& path, PathKind kind,
                      const char* instead = nullptr) {
    PathProblem p = check_configured_path(root, path, kind);
    if (p == PathProblem::None) return {};
    return "'" + key + (instead ? "' '" : "' entry '") + path + "': " + describe(p) +
           (instead ? std::string("; using ") + instead : "");
  }

  bool ok(const std::string& key, const std::string& path, const SourceLocation& at,
          PathKind kind) {
    std::string why = problem(key, path, kind);
    if (!why.empty()) r.diagnostics().error(at, "site.path", why);
    return why.empty();
  }

  // A catalog or crosswalk file named once: a second mention is an error, not loaded twice.
  bool first_mention(const std::string& key, const std::string& path, const SourceLocation& at) {
    if (catalogs.insert(*join_normalized("", path)).second) return true;
    r.diagnostics().error(
        at, "site.path",
        "'" + key + "' entry '" + path + "' is listed twice in site.yaml; remove the repetition");
    return false;
  }

  std::vector<std::string> files(const std::string& key) {
    std::vector<std::string> out;
    for (auto& ref : r.string_list(key))
      if (ok(key, ref.text, ref.location, PathKind::File) &&
          first_mention(key, ref.text, ref.location))
        out.push_back(ref.text);
    return out;
  }
};

}  // namespace

LoadedSite load_site(const std::filesystem::path& root, Diagnostics& diags) {
  LoadedSite site;
  if (!std::filesystem::exists(root / kSiteFile)) {
    diags.error({kSiteFile, 0, 0}, "input.missing",
                "no site.yaml in " + root.string() + "; is this an AIMS folder?");
    return site;
  }
  auto text = read_text_input(root, kSiteFile, diags);
  if (!text) return site;
  YamlSource src{kSiteFile, 0};
  auto doc = parse_yaml(*text, src, diags);
  if (!doc) return site;
  MapReader r(*doc, src, diags, keys_of(site_format().fields));
  if (!r.ok()) return site;
  site.readable = true;
  SiteConfig& c = site.config;
  c.location = {kSiteFile, 1, 1};
  c.source_digest = sha256_hex(*text);
  c.organization = r.string("organization", true).value_or("");
  c.scope_markdown = r.string("scope", true).value_or("");
  if (!markdown_within_limits(c.scope_markdown, kSiteFile, r.location_of("scope").line, diags))
    c.scope_markdown.clear();
  c.build_date = r.date("build_date", false);
  c.evidence_max_age_days = positive_days(r, "evidence_max_age_days").value_or(365);
  c.evidence_shared_limit = positive_days(r, "evidence_shared_limit").value_or(5);
  if (auto readiness = r.string("readiness", false)) {
    if (!parse_readiness(*readiness, c.readiness))
      diags.error(r.location_of("readiness"), "site.config",
                  "'readiness' '" + *readiness + "' is not one of draft, certification");
  }
  read_audit_cycle(r, c);
  read_soa(r, c.soa);
  c.base_url = read_base_url(r);
  SitePaths paths{root, r, {}};
  c.output_dir = r.string("output", false).value_or("_site");
  if (std::string why = paths.problem("output", c.output_dir, PathKind::NewOrFolder, "_site");
      !why.empty()) {
    diags.error(r.location_of("output"), "site.path", why);
    c.output_dir = "_site";
  }
  // A theme that cannot be used is an error of `check` too; `build` then stops.
  c.theme = r.string("theme", false).value_or("default");
  if (std::string why = paths.problem("theme", c.theme, PathKind::Folder);
      c.theme != "default" && !why.empty()) {
    diags.error(r.location_of("theme"), "theme.path", why);
    c.theme_usable = false;
  }
  c.catalog_path = r.string("catalog", false).value_or("");
  if (!c.catalog_path.empty() &&
      (!paths.ok("catalog", c.catalog_path, r.location_of("catalog"), PathKind::File) ||
       !paths.first_mention("catalog", c.catalog_path, r.location_of("catalog"))))
    c.catalog_usable = false;
  c.signing_key = r.string("signing_key", false).value_or("");
  c.handbook_order = r.string("handbook_order", false).value_or("folder");
  if (c.handbook_order != "folder" && c.handbook_order != "clause") {
    diags.error(r.location_of("handbook_order"), "site.config",
                "'handbook_order' must be 'folder' or 'clause', not '" + c.handbook_order + "'");
    c.handbook_order = "folder";
  }
  c.framework_paths = paths.files("frameworks");
  c.crosswalk_paths = paths.files("crosswalks");
  c.risk = read_risk_policy(r);
  site.owners = read_owners(r);
  return site;
}

}  // namespace aimsdoc
