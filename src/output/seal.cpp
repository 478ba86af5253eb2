#include "output/seal.hpp"

#include <algorithm>
#include <cstdlib>

#include "output/manifest.hpp"
#include "util/paths.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {

namespace fs = std::filesystem;

fs::path signing_key_path(const std::optional<fs::path>& option, const fs::path& root,
                          const std::string& configured) {
  if (option) return *option;
  if (const char* env = std::getenv("AIMSDOC_SIGNING_KEY"); env && *env) return env;
  if (configured.empty()) return {};
  const char* home = std::getenv("HOME");
  if (configured.rfind("~/", 0) == 0 && home) return fs::path(home) / configured.substr(2);
  return root / configured;  // an absolute `configured` replaces the root
}

std::optional<SecretKey> load_signing_key(const fs::path& path, const fs::path& root,
                                          std::string& error) {
  if (resolves_within(root, path)) {
    error = "the signing key " + path.string() +
            " lies inside the AIMS root, where it would be committed and published; move it "
            "out (aimsdoc keygen writes to ~/.aimsdoc by default)";
    return std::nullopt;
  }
  std::string read_error;
  auto text = read_file(path, &read_error);
  if (!text) {
    error = "cannot read the signing key " + path.string() + ": " + read_error;
    return std::nullopt;
  }
  std::string parse_error;
  auto key = parse_secret_key(*text, parse_error);
  if (!key) error = path.string() + ": " + parse_error;
  return key;
}

std::string trusted_comment(const Aims& aims, const std::string& commit) {
  std::string org;
  for (char c : aims.site.organization) org += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  std::string text = "organization: " + org + "\tbuild_date: " + aims.reference_date().to_string() +
                     "\taimsdoc: " + AIMSDOC_VERSION;
  if (!commit.empty()) text += "\tcommit: " + commit;
  return text;
}

namespace {

void append_checksum(const OutputFile& f, std::string& out) {
  bool escape = f.path.find_first_of("\\\n") != std::string::npos;
  if (escape) out += '\\';
  out += f.sha256;
  out += "  ";
  for (char c : f.path) {
    if (escape && c == '\\')
      out += "\\\\";
    else if (escape && c == '\n')
      out += "\\n";
    else
      out += c;
  }
  out += '\n';
}

OutputFile text_file(const char* path, const std::string& text) {
  return {path, text.size(), sha256_hex(text), {}};
}

}  // namespace

std::string render_checksums(const std::vector<OutputFile>& files,
                             const std::vector<OutputFile>& more) {
  std::string out;
  out.reserve((files.size() + more.size()) * 100);
  auto a = files.begin(), b = more.begin();
  while (a != files.end() || b != more.end()) {
    bool take_a = b == more.end() || (a != files.end() && a->path < b->path);
    append_checksum(take_a ? *a++ : *b++, out);
  }
  return out;
}

std::size_t write_seal(StagingDir& staging, const std::vector<OutputFile>& files,
                       const std::string& manifest, const Seal& seal) {
  std::vector<OutputFile> more{text_file(kManifestPath, manifest)};
  if (seal.key) {
    std::string signature = sign_message(*seal.key, manifest, seal.trusted_comment);
    std::string public_key = public_key_text(*seal.key);
    staging.write(kSignaturePath, signature);
    staging.write(kPublicKeyPath, public_key);
    more.push_back(text_file(kSignaturePath, signature));
    more.push_back(text_file(kPublicKeyPath, public_key));
  }
  std::sort(more.begin(), more.end(),
            [](const OutputFile& x, const OutputFile& y) { return x.path < y.path; });
  staging.write(kChecksumsPath, render_checksums(files, more));
  return more.size() + 1;
}

}  // namespace aimsdoc
