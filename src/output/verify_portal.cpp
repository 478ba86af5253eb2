#include "output/verify_portal.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>

#include "output/manifest.hpp"
#include "output/seal.hpp"

namespace aimsdoc {
namespace {

struct Listed {
  std::uintmax_t size = 0;
  std::string sha256;
};

// manifest.json's "files" (it is JSON, which the YAML parser reads); nullopt when it
// cannot be read as a manifest.
std::optional<std::map<std::string, Listed>> listed_files(const std::string& manifest) {
  try {
    YAML::Node root = YAML::Load(manifest);
    YAML::Node files = root["files"];
    if (!files || !files.IsSequence()) return std::nullopt;
    std::map<std::string, Listed> listed;
    for (const auto& f : files)
      listed[f["path"].as<std::string>()] = {f["size"].as<std::uintmax_t>(),
                                             f["sha256"].as<std::string>()};
    return listed;
  } catch (const YAML::Exception&) {
    return std::nullopt;
  }
}

void problem(VerifyReport& r, const std::string& path, const std::string& message) {
  r.problems.push_back(path + ": error: " + message);
}

// Present only outside the manifest's list: the manifest, the files that seal it.
bool is_seal_file(const std::string& path) {
  return path == kManifestPath || path == kSignaturePath || path == kPublicKeyPath ||
         path == kChecksumsPath;
}

const std::string* text_of(const ReceivedPortal& p, const char* path) {
  auto it = p.texts.find(path);
  return it == p.texts.end() ? nullptr : &it->second;
}

void check_signature(const ReceivedPortal& portal, const std::string& manifest,
                     const std::optional<PublicKey>& trusted, VerifyReport& r) {
  const std::string* signature = text_of(portal, kSignaturePath);
  if (!signature) {
    if (trusted)
      problem(r, kSignaturePath, "missing: the portal is not signed, so it cannot be shown to "
                                 "come from the holder of the given public key");
    else
      r.notes.push_back("not signed: the files match manifest.json, but nothing shows who "
                        "built it");
    return;
  }
  std::optional<PublicKey> key = trusted;
  if (!key) {
    const std::string* own = text_of(portal, kPublicKeyPath);
    std::string error;
    if (own) key = parse_public_key(*own, error);
    if (!key) {
      problem(r, kPublicKeyPath, own ? error : "missing: pass the publisher's key with --pub");
      return;
    }
  }
  SignatureCheck check = verify_message(*key, manifest, *signature);
  if (!check.valid) {
    problem(r, kSignaturePath, check.error);
    return;
  }
  r.notes.push_back("signature: good, by key " + check.key_id + " (" + check.trusted_comment +
                    ")");
  if (!trusted)
    r.notes.push_back("the signature was checked with the portal's own aimsdoc.pub: pass "
                      "--pub with the publisher's key to prove who built it");
}

void check_files(const ReceivedPortal& portal, const std::map<std::string, Listed>& listed,
                 VerifyReport& r) {
  std::map<std::string, const ReceivedFile*> present;
  for (const auto& f : portal.files)
    // A zip may hold one path twice; an unzip keeps one of them, so neither is vouched for.
    if (!present.emplace(f.path, &f).second)
      problem(r, f.path, "repeated: the bundle holds this path more than once");
  for (const auto& [path, want] : listed) {
    auto it = present.find(path);
    if (it == present.end()) {
      problem(r, path, "missing: listed in manifest.json but not in the portal");
      continue;
    }
    const ReceivedFile& got = *it->second;
    ++r.files_checked;
    if (got.size != want.size)
      problem(r, path, "changed: " + std::to_string(got.size) + " bytes, manifest.json says " +
                           std::to_string(want.size));
    else if (got.sha256 != want.sha256)
      problem(r, path, "changed: its SHA-256 differs from manifest.json");
  }
  for (const auto& f : portal.files)
    if (!listed.count(f.path) && !is_seal_file(f.path))
      problem(r, f.path, "extra: not listed in manifest.json");
}

// SHA256SUMS must be what the build wrote: the manifest's files with their listed hashes,
// and the manifest and the files that sign it as they are.
void check_checksums(const ReceivedPortal& portal, const std::map<std::string, Listed>& listed,
                     VerifyReport& r) {
  const std::string* sums = text_of(portal, kChecksumsPath);
  if (!sums) {
    problem(r, kChecksumsPath, "missing");
    return;
  }
  std::vector<OutputFile> expected, seal;
  for (const auto& [path, want] : listed) expected.push_back({path, want.size, want.sha256, {}});
  for (const auto& f : portal.files)
    if (is_seal_file(f.path) && f.path != kChecksumsPath)
      seal.push_back({f.path, f.size, f.sha256, {}});
  if (*sums != render_checksums(expected, seal))
    problem(r, kChecksumsPath, "changed: it does not list the manifest's files as built");
}

}  // namespace

VerifyReport verify_portal(const ReceivedPortal& portal, const std::optional<PublicKey>& trusted) {
  VerifyReport r;
  for (const auto& u : portal.unreadable) r.problems.push_back(u);
  const std::string* manifest = text_of(portal, kManifestPath);
  if (!manifest) {
    bool present = std::any_of(portal.files.begin(), portal.files.end(),
                               [](const ReceivedFile& f) { return f.path == kManifestPath; });
    problem(r, kManifestPath, present ? "too large to be a portal's manifest"
                                      : "missing: this is not an aimsdoc portal, or its "
                                        "manifest was removed");
    return r;
  }
  auto listed = listed_files(*manifest);
  if (!listed) {
    problem(r, kManifestPath, "not a readable manifest (no 'files' list of path, size, sha256)");
    return r;
  }
  check_signature(portal, *manifest, trusted, r);
  check_files(portal, *listed, r);
  check_checksums(portal, *listed, r);
  return r;
}

}  // namespace aimsdoc
