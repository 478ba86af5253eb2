#pragma once
// The portal's URL scheme, in one place: the site, the workbook's hyperlinks and the
// manifest all name pages and files through these functions.
#include <string>
#include <string_view>

#include "model/aims.hpp"

namespace aimsdoc {

// Ids become file names: anything outside [A-Za-z0-9._-] turns into '-'.
std::string slug(std::string_view id);

std::string requirement_page(const Requirement& r);  // controls/A.2.2.html, clauses/4.1.html
std::string policy_page(const Policy& p);            // policies/POL-GOV-001.html
std::string framework_page(const Framework& f);      // frameworks/eu-ai-act.html
std::string evidence_site_path(const EvidenceItem& ev);  // files/<repo path>, "" for urls
std::string owner_anchor(const Owner& o);            // owners.html#owner-<id>

// Relative URL from one output file to another ("controls/A.2.2.html" ->
// "../policies/POL-1.html").
std::string relative_url(std::string_view from_page, std::string_view to_path);

}  // namespace aimsdoc
