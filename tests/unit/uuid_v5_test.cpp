#include <catch2/catch.hpp>

#include <cstdio>

#include "util/uuid_v5.hpp"

using namespace aimsdoc;

TEST_CASE("uuid_v5 gives the RFC 4122 name-based UUIDs other tools give") {
  // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
  CHECK(uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org") ==
        "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  // uuid.uuid5(uuid.NAMESPACE_URL, "https://www.iso.org/standard/81230.html")
  CHECK(
      uuid_v5("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "https://www.iso.org/standard/81230.html") ==
      "eaf04b90-1d6d-509c-a76c-c2dd87e401fb");
}

TEST_CASE("sha1 of the FIPS 180 test vectors") {
  auto hex = [](const std::string& b) {
    std::string out;
    char buf[3];
    for (unsigned char c : b) std::snprintf(buf, sizeof buf, "%02x", c), out += buf;
    return out;
  };
  CHECK(hex(sha1_bytes("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(hex(sha1_bytes("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  CHECK(hex(sha1_bytes(std::string(1000, 'a'))) == "291e9a6c66994949b57ba5e650361e98fc36b1ba");
}
