#pragma once
// SHA-256 (FIPS 180-4), so auditors can verify evidence and output files against the manifest.
// OpenSSL's libcrypto does the work (with the CPU's SHA extensions where it has them).
#include <memory>
#include <string>
#include <string_view>

struct evp_md_ctx_st;  // OpenSSL's EVP_MD_CTX, so this header needs no OpenSSL header

namespace aimsdoc {

class Sha256 {
 public:
  Sha256();
  void update(std::string_view data);
  std::string hex_digest();  // finalizes; call once

 private:
  std::unique_ptr<evp_md_ctx_st, void (*)(evp_md_ctx_st*)> context_;
};

std::string sha256_hex(std::string_view data);

}  // namespace aimsdoc
