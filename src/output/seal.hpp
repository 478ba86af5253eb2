#pragma once
// What proves a portal is the one that was built: SHA256SUMS over every file (for
// `sha256sum -c`) and, when a key is given, a minisign signature of manifest.json with the
// matching public key beside it. Written into the staging folder after the manifest.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/aims.hpp"
#include "output/minisign.hpp"
#include "output/staging_dir.hpp"

namespace aimsdoc {

inline constexpr const char* kSignaturePath = "manifest.json.minisig";
inline constexpr const char* kPublicKeyPath = "aimsdoc.pub";
inline constexpr const char* kChecksumsPath = "SHA256SUMS";

// The signing key a build uses: --sign, else $AIMSDOC_SIGNING_KEY, else site.yaml's
// `signing_key` (relative to the root); "" for none.
std::filesystem::path signing_key_path(const std::optional<std::filesystem::path>& option,
                                       const std::filesystem::path& root,
                                       const std::string& configured);

// Reads the secret key at `path`; refuses one inside the AIMS root (it would be committed
// and published with the sources). nullopt with `error` set on failure.
std::optional<SecretKey> load_signing_key(const std::filesystem::path& path,
                                          const std::filesystem::path& root, std::string& error);

// One line: organization, build date, aimsdoc version and, when known, the source commit.
std::string trusted_comment(const Aims& aims, const std::string& commit);

struct Seal {
  std::optional<SecretKey> key;  // none: SHA256SUMS only
  std::string trusted_comment;
};

// `files` are the staged files the manifest lists (sorted by path), `manifest` the text
// written as manifest.json. Writes the signature and public key (when signing), then
// SHA256SUMS over all of them; returns how many files it wrote.
std::size_t write_seal(StagingDir& staging, const std::vector<OutputFile>& files,
                       const std::string& manifest, const Seal& seal);

// SHA256SUMS text for the files of two lists, each sorted by path: "<hex>  <path>",
// escaped as GNU sha256sum does for a path holding a backslash or a newline.
std::string render_checksums(const std::vector<OutputFile>& files,
                             const std::vector<OutputFile>& more = {});

}  // namespace aimsdoc
