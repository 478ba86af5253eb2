// The signature format (minisign's) and SHA256SUMS, below the end-to-end tests in
// tests/trust/ that check them with the stock minisign and sha256sum.
#include <catch2/catch.hpp>

#include "output/minisign.hpp"
#include "output/seal.hpp"

using namespace aimsdoc;

namespace {

SecretKey secret_of(const KeyFiles& files) {
  std::string error;
  auto key = parse_secret_key(files.secret_text, error);
  REQUIRE(key);
  return *key;
}

PublicKey public_of(const std::string& text) {
  std::string error;
  auto key = parse_public_key(text, error);
  REQUIRE(key);
  return *key;
}

}  // namespace

TEST_CASE("a signature verifies with its key and names what breaks it") {
  KeyFiles files = generate_key_files();
  SecretKey sk = secret_of(files);
  PublicKey pk = public_of(files.public_text);
  REQUIRE(public_key_text(sk) == files.public_text);
  std::string sig = sign_message(sk, "manifest bytes", "organization: X\tbuild_date: 2026-11-01");
  SignatureCheck ok = verify_message(pk, "manifest bytes", sig);
  CHECK(ok.valid);
  CHECK(ok.trusted_comment == "organization: X\tbuild_date: 2026-11-01");
  CHECK(sign_message(sk, "manifest bytes", "c") == sign_message(sk, "manifest bytes", "c"));

  SignatureCheck changed = verify_message(pk, "manifest bytez", sig);
  CHECK_FALSE(changed.valid);
  CHECK_THAT(changed.error, Catch::Contains("does not match manifest.json"));

  std::string comment_edited = sig;
  comment_edited.replace(comment_edited.find("organization: X"), 15, "organization: Y");
  SignatureCheck comment = verify_message(pk, "manifest bytes", comment_edited);
  CHECK_FALSE(comment.valid);
  CHECK_THAT(comment.error, Catch::Contains("trusted comment was changed"));

  PublicKey other = public_of(generate_key_files().public_text);
  SignatureCheck wrong_key = verify_message(other, "manifest bytes", sig);
  CHECK_FALSE(wrong_key.valid);
  CHECK_THAT(wrong_key.error, Catch::Contains("made with key " + key_id_hex(sk.key_id)));

  CHECK_FALSE(verify_message(pk, "manifest bytes", "not a signature").valid);
}

TEST_CASE("damaged or foreign key files are refused with a reason") {
  KeyFiles files = generate_key_files();
  std::string error;
  std::string damaged = files.secret_text;
  auto line = damaged.find('\n') + 1;
  damaged[line + 150] = damaged[line + 150] == 'A' ? 'B' : 'A';
  CHECK_FALSE(parse_secret_key(damaged, error));
  CHECK_FALSE(error.empty());
  CHECK_FALSE(parse_public_key("hello\n", error));
  CHECK_THAT(error, Catch::Contains("untrusted comment"));
  CHECK_FALSE(parse_secret_key(files.public_text, error));
}

TEST_CASE("SHA256SUMS is sorted, two-space separated, and escapes as GNU sha256sum does") {
  std::vector<OutputFile> files = {{"a b.html", 1, std::string(64, 'a'), {}},
                                   {"c\\d\nx", 1, std::string(64, 'c'), {}}};
  std::vector<OutputFile> more = {{"b.json", 1, std::string(64, 'b'), {}}};
  CHECK(render_checksums(files, more) == std::string(64, 'a') + "  a b.html\n" +
                                             std::string(64, 'b') + "  b.json\n" + "\\" +
                                             std::string(64, 'c') + "  c\\\\d\\nx\n");
}
