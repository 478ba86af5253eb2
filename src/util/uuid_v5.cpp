#include "util/uuid_v5.hpp"

#include <openssl/evp.h>

#include <cstdio>
#include <new>

#include "util/sha256.hpp"
#include "util/text.hpp"

namespace aimsdoc {
// SHA-1 only because RFC 4122 name-based UUIDs are defined with it; OpenSSL computes it.
std::string sha1_bytes(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(data.data(), data.size(), digest, &length, sha1_digest(), nullptr) != 1)
    throw std::bad_alloc();  // only allocation can fail: the digest was fetched up front
  return std::string(reinterpret_cast<const char*>(digest), length);
}

std::string uuid_v5(std::string_view namespace_uuid, std::string_view name) {
  std::string input;
  for (std::size_t i = 0; i + 1 < namespace_uuid.size(); ++i) {
    int hi = hex_value(namespace_uuid[i]);
    if (hi < 0) continue;  // a dash
    input += static_cast<char>(hi << 4 | hex_value(namespace_uuid[++i]));
  }
  input += name;
  std::string hash = sha1_bytes(input);
  hash[6] = static_cast<char>((hash[6] & 0x0f) | 0x50);  // version 5
  hash[8] = static_cast<char>((hash[8] & 0x3f) | 0x80);  // RFC 4122 variant
  std::string out;
  char buf[3];
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    std::snprintf(buf, sizeof buf, "%02x", static_cast<unsigned char>(hash[i]));
    out += buf;
  }
  return out;
}

}  // namespace aimsdoc
