#pragma once
// SHA-256 (FIPS 180-4), so auditors can verify evidence and output files against the manifest.
// OpenSSL's libcrypto does the work (with the CPU's SHA extensions where it has them).
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct evp_md_ctx_st;  // OpenSSL's EVP_MD_CTX and EVP_MD, so this header needs no
struct evp_md_st;      // OpenSSL header

namespace aimsdoc {

// OpenSSL's SHA-256 and SHA-1, fetched once for the process. main() fetches them before any
// thread starts (prepare_digests): OpenSSL 3.0 looks a digest up again on every init of the
// legacy EVP_sha256(), and such lookups racing on several threads can fail.
const evp_md_st* sha256_digest();
const evp_md_st* sha1_digest();
void prepare_digests();

class Sha256 {
 public:
  Sha256();
  void update(std::string_view data);
  std::string hex_digest();  // finalizes; call once

 private:
  std::unique_ptr<evp_md_ctx_st, void (*)(evp_md_ctx_st*)> context_;
};

std::string sha256_hex(std::string_view data);
// Of a file's bytes, read in pieces; nullopt when it cannot be read.
std::optional<std::string> sha256_of_file(const std::filesystem::path& file);

}  // namespace aimsdoc
