#include "render/workbook/page_texts.hpp"

#include <string_view>

#include "util/text.hpp"

namespace aimsdoc {
namespace {

// Each user text gets at most this many bytes before escaping: with '&' doubled, the
// longest header (three texts and the fixed words) stays within Excel's 255 characters.
constexpr std::size_t kMaxUserBytes = 40;

// User text as header text: control characters become spaces, long text is cut at a UTF-8
// boundary, and '&' (Excel's code prefix) is doubled so it prints as itself.
std::string header_text(std::string_view text, std::size_t max_bytes = kMaxUserBytes) {
  std::string out;
  for (char c : text.substr(0, utf8_cut(text, max_bytes))) {
    if (c == '&')
      out += "&&";
    else if (static_cast<unsigned char>(c) < 0x20)
      out += ' ';
    else
      out += c;
  }
  return out;
}

}  // namespace

std::string soa_fact(const std::string& value) {
  return value.empty() ? "not recorded (site.yaml soa:)" : value;
}

PageTexts page_texts(const SiteConfig& site) {
  const SoaControl& soa = site.soa;
  std::string version = soa.version.empty() ? "not recorded" : header_text(soa.version, 16);
  std::string approved = soa.approved_by.empty() ? "not recorded" : header_text(soa.approved_by);
  std::string on = soa.approved_on ? " on " + soa.approved_on->to_string() : "";
  PageTexts t;
  t.header = "&L" + header_text(site.organization) + "&C" + header_text(soa.classification) +
             "&RStatement of Applicability, version " + version;
  // The sheet name is Excel's &A code: no user text to escape.
  t.footer = "&L&A&CApproved by " + approved + on + "&RPage &P of &N";
  return t;
}

}  // namespace aimsdoc
