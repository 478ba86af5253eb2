// Hashes of evidence and linked files taken over from the previous build while the files
// keep their identity (load/file_hashes.hpp), so a large file is not read again.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "load/file_hashes.hpp"
#include "load/record_loader.hpp"
#include "util/sha256.hpp"

using namespace aimsdoc;
namespace fs = std::filesystem;

namespace {

const timespec kLater{file_clock_now().tv_sec + 3600, 0};

struct TempFiles {
  // One folder per process: ctest runs each test case in its own, side by side.
  fs::path root = fs::temp_directory_path() / ("aimsdoc-file-hashes-" + std::to_string(::getpid()));
  fs::path cache = root / ".cache";
  TempFiles() {
    fs::remove_all(root);
    fs::create_directories(root / "evidence");
  }
  ~TempFiles() { fs::remove_all(root); }
  void write(const std::string& relative, const std::string& bytes) const {
    std::ofstream(root / relative, std::ios::binary | std::ios::trunc) << bytes;
  }
  // The previous build's hashes, as if it had hashed `relative` to `sha256`.
  FileHashes recorded(const std::string& relative, const std::string& sha256) const {
    Aims aims;
    Asset asset{relative, sha256, 4, identify_input(root / relative)};
    aims.assets.push_back(asset);
    REQUIRE(write_file_hashes(cache, aims));
    return read_file_hashes(cache);
  }
};

}  // namespace

TEST_CASE("a file's hash is taken over while the file keeps its identity") {
  TempFiles files;
  files.write("evidence/log.pdf", "%PDF");
  KnownHash hash;
  std::optional<InputIdentity> identity;
  std::string why;
  REQUIRE(hash_input_file(files.root, "evidence/log.pdf", {nullptr, kLater}, hash, identity, why));
  CHECK(hash.sha256 == sha256_hex("%PDF"));
  CHECK(hash.size == 4);
  CHECK(identity == identify_input(files.root / "evidence/log.pdf"));

  // A recorded hash that is not the file's shows which one the load used.
  FileHashes previous = files.recorded("evidence/log.pdf", std::string(64, 'a'));
  CHECK(previous.size() == 1);
  SECTION("the file keeps its identity: the recorded hash, the file not read") {
    REQUIRE(
        hash_input_file(files.root, "evidence/log.pdf", {&previous, kLater}, hash, identity, why));
    CHECK(hash.sha256 == std::string(64, 'a'));
  }
  SECTION("the file written again with the same bytes: hashed again") {
    files.write("evidence/log.pdf", "%PDF");
    REQUIRE(
        hash_input_file(files.root, "evidence/log.pdf", {&previous, kLater}, hash, identity, why));
    CHECK(hash.sha256 == sha256_hex("%PDF"));
  }
  SECTION("written at or after the load's start: hashed, not recorded") {
    timespec started = file_clock_now();
    files.write("evidence/log.pdf", "%PDF-2");
    REQUIRE(
        hash_input_file(files.root, "evidence/log.pdf", {&previous, started}, hash, identity, why));
    CHECK(hash.sha256 == sha256_hex("%PDF-2"));
    CHECK_FALSE(identity);
  }
}

TEST_CASE("an evidence file the portal previews is read for its text, never taken over") {
  TempFiles files;
  files.write("evidence/minutes.md", "# Minutes\n");
  FileHashes previous = files.recorded("evidence/minutes.md", std::string(64, 'b'));
  EvidenceItem ev;
  ev.file = "evidence/minutes.md";
  Diagnostics diags;
  locate_evidence_file(ev, {}, files.root, diags, EvidenceRole::Evidence, {&previous, kLater});
  CHECK(diags.items().empty());
  CHECK(ev.sha256 == sha256_hex("# Minutes\n"));
  CHECK(ev.preview_text == "# Minutes\n");
  CHECK_FALSE(ev.file_identity);

  EvidenceItem pdf;
  files.write("evidence/scan.pdf", "%PDF");
  pdf.file = "evidence/scan.pdf";
  FileHashes scans = files.recorded("evidence/scan.pdf", std::string(64, 'c'));
  locate_evidence_file(pdf, {}, files.root, diags, EvidenceRole::Evidence, {&scans, kLater});
  CHECK(pdf.sha256 == std::string(64, 'c'));
  CHECK(pdf.file_identity);
}

// Another binary's file is refused by the reader both cache files share (cache_file.hpp),
// shown with the policy records.
TEST_CASE("file hashes cut short read as none") {
  TempFiles files;
  files.write("evidence/log.pdf", "%PDF");
  REQUIRE(files.recorded("evidence/log.pdf", std::string(64, 'a')).size() == 1);
  fs::path file = files.cache / "hashes";
  fs::resize_file(file, fs::file_size(file) - 10);
  CHECK(read_file_hashes(files.cache).size() == 0);
}
