#pragma once
// Relative links written in Markdown (policies, notes, the scope statement) point at input
// files; in the portal they must point at what those files became: a policy's page, a
// requirement's page, a copied evidence file.
#include <optional>
#include <string>
#include <unordered_map>

#include "model/aims.hpp"

namespace aimsdoc::portal {

class LinkRewriter {
 public:
  explicit LinkRewriter(const Aims& aims);

  // `url` as written in a Markdown file in repo folder `source_dir`, shown on output page
  // `page`. nullopt: leave it (external, a bare fragment, or nothing we know).
  std::optional<std::string> rewrite(const std::string& url, const std::string& source_dir,
                                     const std::string& page) const;

  // SHA-256 of the whole table: rewrite() is a function of it and its arguments only, so
  // where the digest is unchanged every answer is too.
  const std::string& digest() const { return digest_; }

 private:
  // Hashed: paths share long prefixes ("content/governance/..."), which a sorted map
  // compares again at every level of the tree, for every link of every policy.
  std::unordered_map<std::string, std::string> output_by_input_;  // repo path -> output path
  std::string digest_;
};

}  // namespace aimsdoc::portal
