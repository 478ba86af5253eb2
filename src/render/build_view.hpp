#pragma once
// Everything a renderer may read: the checked model, its figures and findings. Renderers
// take it by const reference and never re-read input files (evidence is copied, not read).
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "check/coverage_report.hpp"
#include "model/aims.hpp"
#include "model/theme.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// Who a portal is for (`build --audience`). The auditor portal shows everything; the public
// one is the trust summary for procurement (render/portal/public_pages.cpp lists what it
// shows), and never publishes an evidence file marked `confidential: true`.
enum class Audience { Auditor, Public };
const char* audience_name(Audience a);                          // "auditor" | "public"
std::optional<Audience> parse_audience(std::string_view name);  // nullopt: neither name

struct BuildView {
  const Aims& aims;
  const CoverageReport& report;
  const Diagnostics& diagnostics;  // sorted; the gaps page and sheet list them
  const Theme& theme;              // loaded with the inputs: a renderer reads no theme file
  std::filesystem::path root;      // AIMS root: where evidence files live
  Audience audience = Audience::Auditor;
  // A public build's files never published: the paths and SHA-256 of every confidential
  // evidence item's file (withhold_confidential), so another item naming the same file or
  // the same bytes does not publish it either.
  std::set<std::string> withheld = {};
};

// Fills `view.withheld` for a public build; an auditor build withholds nothing.
void withhold_confidential(BuildView& view);

// Whether the portal for `view`'s audience may hold a copy of `ev`'s file (or anything read
// from it): not in a public build when the item is confidential or shares its file.
bool publishes_evidence_file(const BuildView& view, const EvidenceItem& ev);

}  // namespace aimsdoc
