#include "util/sha256.hpp"

#include <openssl/evp.h>

#include <new>
#include <stdexcept>
#include <string>

#include "util/paths.hpp"

namespace aimsdoc {
namespace {

const EVP_MD* fetch(const char* name) {
  const EVP_MD* md = EVP_MD_fetch(nullptr, name, nullptr);
  if (!md) throw std::runtime_error(std::string("OpenSSL has no ") + name + " digest");
  return md;
}

}  // namespace

// Function-local statics: fetched by the first caller while any others wait.
const EVP_MD* sha256_digest() {
  static const EVP_MD* md = fetch("SHA256");
  return md;
}

const EVP_MD* sha1_digest() {
  static const EVP_MD* md = fetch("SHA1");
  return md;
}

void prepare_digests() {
  sha256_digest();
  sha1_digest();
}

Sha256::Sha256() : context_(EVP_MD_CTX_new(), EVP_MD_CTX_free) {
  // Only allocation can fail here: the digest was fetched once, up front.
  if (!context_ || EVP_DigestInit_ex(context_.get(), sha256_digest(), nullptr) != 1)
    throw std::bad_alloc();
}

void Sha256::update(std::string_view data) {
  EVP_DigestUpdate(context_.get(), data.data(), data.size());
}

std::string Sha256::hex_digest() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_DigestFinal_ex(context_.get(), digest, &length);
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 0xF];
  }
  return out;
}

std::string sha256_hex(std::string_view data) {
  Sha256 h;
  h.update(data);
  return h.hex_digest();
}

std::optional<std::string> sha256_of_file(const std::filesystem::path& file) {
  Sha256 h;
  if (!read_file_chunks(file, [&](std::string_view chunk) { h.update(chunk); }))
    return std::nullopt;
  return h.hex_digest();
}

}  // namespace aimsdoc
