#pragma once
// Ed25519 signatures (libsodium) in minisign's documented file formats, so that anyone can
// check a portal with the stock `minisign -Vm manifest.json -p aimsdoc.pub`, without aimsdoc.
// Keys are unencrypted (minisign -W): the secret key file is protected by its mode 0600.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace aimsdoc {

struct SecretKey {
  std::array<unsigned char, 8> key_id{};
  std::array<unsigned char, 64> secret{};  // libsodium's: seed followed by the public key
};

struct PublicKey {
  std::array<unsigned char, 8> key_id{};
  std::array<unsigned char, 32> key{};
};

struct KeyFiles {
  std::string secret_text, public_text;  // the two files' contents
};

// A fresh random key pair, as file contents.
KeyFiles generate_key_files();

// Parse key files; nullopt with `error` set when the text is not such a key.
std::optional<SecretKey> parse_secret_key(std::string_view text, std::string& error);
std::optional<PublicKey> parse_public_key(std::string_view text, std::string& error);
std::string public_key_text(const SecretKey& key);

// The key id as minisign prints it (16 upper-case hex digits).
std::string key_id_hex(const std::array<unsigned char, 8>& key_id);

// A minisign signature file for `message` (prehashed, "ED"), with `trusted_comment` (one
// line) signed along with it.
std::string sign_message(const SecretKey& key, std::string_view message,
                         std::string_view trusted_comment);

struct SignatureCheck {
  bool valid = false;
  std::string error;            // why not, in words
  std::string trusted_comment;  // when valid
  std::string key_id;           // hex, of the signature file, when it could be read
};

SignatureCheck verify_message(const PublicKey& key, std::string_view message,
                              std::string_view signature_text);

}  // namespace aimsdoc
