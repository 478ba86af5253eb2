#pragma once
// The page header and footer of every printed sheet: the document control of the
// Statement of Applicability (site.yaml `soa:`), so a printed page says whose it is, which
// version and who approved it.
#include <string>

#include "model/aims.hpp"

namespace aimsdoc {

// Excel header/footer strings (with &L, &C, &R sections), user text escaped ('&' doubled)
// and cut so that each stays within Excel's 255 characters.
struct PageTexts {
  std::string header, footer;
};

PageTexts page_texts(const SiteConfig& site);

// "3.0", or the words a reader sees when site.yaml does not set the value.
std::string soa_fact(const std::string& value);

}  // namespace aimsdoc
