#include "output/minisign.hpp"

#include <sodium.h>

#include <cstdio>
#include <stdexcept>
#include <vector>

namespace aimsdoc {
namespace {

using Bytes = std::vector<unsigned char>;

constexpr std::string_view kTrustedPrefix = "trusted comment: ";

void init_sodium() {
  static const int ok = sodium_init();
  if (ok < 0) throw std::runtime_error("libsodium could not be initialized");
}

std::string to_base64(const Bytes& b) {
  std::string out(sodium_base64_ENCODED_LEN(b.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), b.data(), b.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::optional<Bytes> from_base64(std::string_view text) {
  Bytes out(text.size());
  std::size_t len = 0;
  if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &len, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0)
    return std::nullopt;
  out.resize(len);
  return out;
}

void append(Bytes& to, const unsigned char* p, std::size_t n) { to.insert(to.end(), p, p + n); }
void append(Bytes& to, std::string_view s) {
  append(to, reinterpret_cast<const unsigned char*>(s.data()), s.size());
}

// The lines of a key or signature file, without their line ends.
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return lines;
}

// The base64 payload of a key file: the line after its "untrusted comment:".
std::optional<Bytes> key_payload(std::string_view text, std::size_t size, std::string& error,
                                 const char* what) {
  auto lines = lines_of(text);
  if (lines.size() < 2 || lines[0].rfind("untrusted comment:", 0) != 0) {
    error = std::string("not a minisign ") + what + " (no 'untrusted comment:' line)";
    return std::nullopt;
  }
  auto bytes = from_base64(lines[1]);
  if (!bytes || bytes->size() != size || (*bytes)[0] != 'E' || (*bytes)[1] != 'd') {
    error = std::string("not a minisign Ed25519 ") + what;
    return std::nullopt;
  }
  return bytes;
}

std::array<unsigned char, 32> secret_key_checksum(const SecretKey& key) {
  std::array<unsigned char, 32> sum{};
  crypto_generichash_state st;
  crypto_generichash_init(&st, nullptr, 0, sum.size());
  crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>("Ed"), 2);
  crypto_generichash_update(&st, key.key_id.data(), key.key_id.size());
  crypto_generichash_update(&st, key.secret.data(), key.secret.size());
  crypto_generichash_final(&st, sum.data(), sum.size());
  return sum;
}

std::string secret_key_text(const SecretKey& key) {
  // minisign's layout: algorithms "Ed", KDF none, checksum "B2", then an (unused) KDF
  // salt and limits, the key id, the secret key and the BLAKE2b checksum.
  Bytes b;
  append(b, "Ed");
  append(b, std::string_view("\0\0", 2));
  append(b, "B2");
  b.resize(b.size() + 32 + 8 + 8, 0);
  append(b, key.key_id.data(), key.key_id.size());
  append(b, key.secret.data(), key.secret.size());
  auto sum = secret_key_checksum(key);
  append(b, sum.data(), sum.size());
  std::string text = "untrusted comment: aimsdoc secret key " + key_id_hex(key.key_id) +
                     " (unencrypted; keep it out of the repository)\n" + to_base64(b) + "\n";
  sodium_memzero(b.data(), b.size());
  return text;
}

Bytes blake2b_512(std::string_view message) {
  Bytes h(crypto_generichash_BYTES_MAX);
  crypto_generichash(h.data(), h.size(), reinterpret_cast<const unsigned char*>(message.data()),
                     message.size(), nullptr, 0);
  return h;
}

}  // namespace

std::string key_id_hex(const std::array<unsigned char, 8>& key_id) {
  // minisign reads the id as a little-endian 64-bit number
  char buf[17];
  for (int i = 0; i < 8; ++i) std::snprintf(buf + 2 * i, 3, "%02X", key_id[7 - i]);
  return std::string(buf, 16);
}

KeyFiles generate_key_files() {
  init_sodium();
  SecretKey sk;
  std::array<unsigned char, 32> pk{};
  randombytes_buf(sk.key_id.data(), sk.key_id.size());
  crypto_sign_keypair(pk.data(), sk.secret.data());
  KeyFiles files{secret_key_text(sk), public_key_text(sk)};
  sodium_memzero(sk.secret.data(), sk.secret.size());
  return files;
}

std::string public_key_text(const SecretKey& key) {
  Bytes b;
  append(b, "Ed");
  append(b, key.key_id.data(), key.key_id.size());
  append(b, key.secret.data() + 32, 32);  // the public half of libsodium's secret key
  return "untrusted comment: minisign public key " + key_id_hex(key.key_id) + "\n" + to_base64(b) +
         "\n";
}

std::optional<SecretKey> parse_secret_key(std::string_view text, std::string& error) {
  init_sodium();
  auto b = key_payload(text, 2 + 2 + 2 + 32 + 8 + 8 + 8 + 64 + 32, error, "secret key");
  if (!b) return std::nullopt;
  if ((*b)[2] != 0 || (*b)[3] != 0) {
    error =
        "the secret key is password-protected; aimsdoc reads unencrypted keys "
        "(aimsdoc keygen, or minisign -G -W)";
    return std::nullopt;
  }
  SecretKey key;
  const unsigned char* p = b->data() + 2 + 2 + 2 + 32 + 8 + 8;
  std::copy(p, p + 8, key.key_id.begin());
  std::copy(p + 8, p + 8 + 64, key.secret.begin());
  auto sum = secret_key_checksum(key);
  bool intact = sodium_memcmp(sum.data(), p + 8 + 64, sum.size()) == 0;
  sodium_memzero(b->data(), b->size());
  if (!intact) {
    error = "the secret key's checksum does not match (damaged key file)";
    return std::nullopt;
  }
  return key;
}

std::optional<PublicKey> parse_public_key(std::string_view text, std::string& error) {
  init_sodium();
  auto b = key_payload(text, 2 + 8 + 32, error, "public key");
  if (!b) return std::nullopt;
  PublicKey key;
  std::copy(b->begin() + 2, b->begin() + 10, key.key_id.begin());
  std::copy(b->begin() + 10, b->end(), key.key.begin());
  return key;
}

std::string sign_message(const SecretKey& key, std::string_view message,
                         std::string_view trusted_comment) {
  init_sodium();
  Bytes hash = blake2b_512(message);
  Bytes sig(crypto_sign_BYTES);
  crypto_sign_detached(sig.data(), nullptr, hash.data(), hash.size(), key.secret.data());
  Bytes global = sig;
  append(global, trusted_comment);
  Bytes global_sig(crypto_sign_BYTES);
  crypto_sign_detached(global_sig.data(), nullptr, global.data(), global.size(), key.secret.data());
  Bytes payload;
  append(payload, "ED");
  append(payload, key.key_id.data(), key.key_id.size());
  append(payload, sig.data(), sig.size());
  return "untrusted comment: signature from aimsdoc secret key " + key_id_hex(key.key_id) + "\n" +
         to_base64(payload) + "\n" + std::string(kTrustedPrefix) + std::string(trusted_comment) +
         "\n" + to_base64(global_sig) + "\n";
}

SignatureCheck verify_message(const PublicKey& key, std::string_view message,
                              std::string_view signature_text) {
  init_sodium();
  SignatureCheck check;
  auto lines = lines_of(signature_text);
  std::optional<Bytes> payload, global_sig;
  if (lines.size() >= 4) {
    payload = from_base64(lines[1]);
    global_sig = from_base64(lines[3]);
  }
  if (!payload || payload->size() != 2 + 8 + crypto_sign_BYTES || !global_sig ||
      global_sig->size() != crypto_sign_BYTES || lines[2].rfind(kTrustedPrefix, 0) != 0) {
    check.error = "the signature file is not a minisign signature";
    return check;
  }
  std::array<unsigned char, 8> sig_key_id{};
  std::copy(payload->begin() + 2, payload->begin() + 10, sig_key_id.begin());
  check.key_id = key_id_hex(sig_key_id);
  if (sig_key_id != key.key_id) {
    check.error = "the signature was made with key " + check.key_id +
                  ", not with the given public key " + key_id_hex(key.key_id);
    return check;
  }
  const unsigned char* sig = payload->data() + 10;
  bool prehashed = (*payload)[0] == 'E' && (*payload)[1] == 'D';
  bool legacy = (*payload)[0] == 'E' && (*payload)[1] == 'd';
  Bytes signed_bytes =
      prehashed ? blake2b_512(message)
                : Bytes(reinterpret_cast<const unsigned char*>(message.data()),
                        reinterpret_cast<const unsigned char*>(message.data()) + message.size());
  if ((!prehashed && !legacy) ||
      crypto_sign_verify_detached(sig, signed_bytes.data(), signed_bytes.size(), key.key.data()) !=
          0) {
    check.error =
        "the signature does not match manifest.json (the manifest was changed "
        "after signing, or the signature belongs to another manifest)";
    return check;
  }
  std::string_view comment = lines[2].substr(kTrustedPrefix.size());
  Bytes global(sig, sig + crypto_sign_BYTES);
  append(global, comment);
  if (crypto_sign_verify_detached(global_sig->data(), global.data(), global.size(),
                                  key.key.data()) != 0) {
    check.error = "the signature's trusted comment was changed after signing";
    return check;
  }
  check.valid = true;
  check.trusted_comment = std::string(comment);
  return check;
}

}  // namespace aimsdoc
