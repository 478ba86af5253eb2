// `aimsdoc bundle` zips only the bytes verify checked: a file that differs from what verify
// read (size or SHA-256) stops the zip, which is then not written at all.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "output/bundle_zip.hpp"
#include "util/sha256.hpp"

namespace fs = std::filesystem;
using namespace aimsdoc;

namespace {

struct Scratch {
  fs::path dir = fs::temp_directory_path() / ("aimsdoc-bundle-" + std::to_string(getpid()));
  Scratch() { fs::create_directories(dir / "portal"); }
  ~Scratch() { fs::remove_all(dir); }
  ReceivedFile put(const std::string& name, const std::string& bytes) const {
    std::ofstream(dir / "portal" / name, std::ios::binary) << bytes;
    return {name, bytes.size(), sha256_hex(bytes)};
  }
};

}  // namespace

TEST_CASE("a bundle holds the files verify checked, and none that changed since") {
  Scratch s;
  std::vector<ReceivedFile> files = {s.put("index.html", "<p>portal</p>"),
                                     s.put("manifest.json", "{}")};
  std::string error;
  fs::path zip = s.dir / "portal.zip";
  REQUIRE(write_bundle_zip(s.dir / "portal", files, zip, "portal", Date{}, error));
  CHECK(error.empty());
  CHECK(fs::file_size(zip) > 0);

  SECTION("same size, other bytes") {
    s.put("index.html", "<p>PORTAL</p>");
  }
  SECTION("grown") {
    s.put("index.html", "<p>portal</p><script>alert(1)</script>");
  }
  fs::remove(zip);
  CHECK_FALSE(write_bundle_zip(s.dir / "portal", files, zip, "portal", Date{}, error));
  CHECK(error.find("index.html changed while it was bundled") != std::string::npos);
  CHECK_FALSE(fs::exists(zip));
  for (const auto& entry : fs::directory_iterator(s.dir))  // no temporary file left
    CHECK(entry.path().filename().string().rfind("portal.zip.tmp", 0) != 0);
}
