#pragma once
// `aimsdoc verify`: does a received portal match its manifest, and the manifest its
// signature? Every problem is one line; the verdict follows.
#include <optional>
#include <string>
#include <vector>

#include "output/minisign.hpp"
#include "output/received_portal.hpp"

namespace aimsdoc {

struct VerifyReport {
  std::vector<std::string> problems;  // "path: error: what", in path order per kind
  std::vector<std::string> notes;     // what was and was not proven
  std::size_t files_checked = 0;
  bool ok() const { return problems.empty(); }
};

// `trusted` is the publisher's public key (--pub). Without it, a signature is checked with
// the portal's own aimsdoc.pub, which shows the files are intact but not who built them.
VerifyReport verify_portal(const ReceivedPortal& portal, const std::optional<PublicKey>& trusted);

}  // namespace aimsdoc
