#include "render/site_paths.hpp"

#include "util/inert_names.hpp"
#include "util/paths.hpp"

namespace aimsdoc {

std::string slug(std::string_view id) {
  std::string out;
  for (char c : id) {
    bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '.' || c == '_' || c == '-';
    out += safe ? c : '-';
  }
  return out;
}

std::string requirement_page(const Requirement& r) {
  return std::string(r.is_control() ? "controls/" : "clauses/") + slug(r.id()) + ".html";
}

std::string policy_page(const Policy& p) { return "policies/" + slug(p.id) + ".html"; }

namespace {

// Part `n` (from 1) of a page cut in parts: "name.html", then "name-2.html" ...
std::string numbered_page(std::string_view first, std::size_t n) {
  if (n <= 1) return std::string(first);
  return std::string(first.substr(0, first.rfind('.'))) + "-" + std::to_string(n) + ".html";
}

}  // namespace

std::string handbook_volume_page(std::size_t n) { return numbered_page(kHandbookPage, n); }

std::string policies_register_page(std::size_t n) { return numbered_page(kPoliciesPage, n); }

std::string framework_page(const Framework& f) { return "frameworks/" + slug(f.id) + ".html"; }

std::string system_page(const AiSystem& s) { return "systems/" + slug(s.id) + ".html"; }

std::string risk_page(const Risk& k) { return "risks/" + slug(k.id) + ".html"; }

std::string evidence_item_page(const EvidenceItem& ev) {
  return "evidence/" + slug(ev.id) + ".html";
}

std::string copied_file_path(const std::string& repo_path) {
  return repo_path.empty() ? std::string() : "files/" + inert_name(repo_path);
}

std::string evidence_site_path(const EvidenceItem& ev) { return copied_file_path(ev.file); }

std::string finding_page(const Finding& f) { return "findings/" + slug(f.id) + ".html"; }

std::string audit_anchor(const Audit& a) {
  return std::string(kAuditsPage) + "#audit-" + slug(a.id);
}

std::string review_anchor(const ManagementReview& r) {
  return std::string(kReviewsPage) + "#review-" + slug(r.id);
}

std::string assessment_anchor(const ImpactAssessment& a) {
  return std::string(kAssessmentsPage) + "#assessment-" + slug(a.id);
}

std::string asset_site_path(const Asset& asset) { return copied_file_path(asset.path); }

std::string owner_anchor(const Owner& o) { return "owners.html#owner-" + slug(o.id); }

std::string evidence_anchor(const Requirement& r, const EvidenceItem& ev) {
  return requirement_page(r) + "#ev-" + slug(ev.id);
}

std::string framework_item_anchor(const Framework& f, const CatalogItem& item) {
  return framework_page(f) + "#item-" + slug(item.id);
}

std::string escape_url_path(std::string_view path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string relative_url(std::string_view from_page, std::string_view to_path) {
  return relative_path(parent_dir(from_page), to_path);
}

std::optional<std::string> safe_external_url(std::string_view url) {
  constexpr std::size_t kMaxUrlLength = 2079;
  std::string scheme;
  for (char c : url.substr(0, 8))
    scheme += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  bool allowed = scheme.rfind("https://", 0) == 0 || scheme.rfind("http://", 0) == 0 ||
                 scheme.rfind("mailto:", 0) == 0;
  if (!allowed || url.size() > kMaxUrlLength) return std::nullopt;
  for (unsigned char c : url)
    if (c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>') return std::nullopt;
  return std::string(url);
}

}  // namespace aimsdoc
