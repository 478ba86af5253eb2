// render_workbook end to end through a FileSink: the same input gives the same bytes, and
// a workbook that cannot be written is a located error, not an exception.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "pipeline.hpp"
#include "render/renderers.hpp"

using namespace aimsdoc;
namespace fs = std::filesystem;

namespace {

// Writes into one folder, as the staging folder does.
class FolderSink final : public FileSink {
 public:
  explicit FolderSink(fs::path dir) : dir_(std::move(dir)) {}
  void publish(const std::string&, const FileKeys&, const std::function<std::string()>&) override {}
  void copy(const std::string&, const fs::path&, const std::string&) override {}
  void write_with(const std::string& path, const std::string&,
                  const std::function<bool(const fs::path&)>& writer) override {
    ok = writer(dir_ / path);
  }
  bool ok = false;

 private:
  fs::path dir_;
};

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string render_into(const fs::path& dir, Diagnostics& diags) {
  static CheckedAims c = load_and_check(AIMSDOC_SOURCE_DIR "/tests/workbook/fixture");
  BuildView view{c.aims, c.report, c.diagnostics, c.theme, c.root};
  FolderSink sink(dir);
  render_workbook(view, sink, diags);
  return sink.ok ? read_all(dir / "soa.xlsx") : std::string();
}

fs::path fresh_dir(const char* name) {
  fs::path dir =
      fs::temp_directory_path() / ("aimsdoc-workbook-test-" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("rendering the workbook twice gives the same bytes") {
  Diagnostics diags;
  std::string first = render_into(fresh_dir("one"), diags);
  std::string second = render_into(fresh_dir("two"), diags);
  REQUIRE(diags.items().empty());
  REQUIRE(first.substr(0, 2) == "PK");
  REQUIRE(first == second);
}

TEST_CASE("a workbook that cannot be written is reported as render.workbook") {
  Diagnostics diags;
  fs::path dir = fresh_dir("missing") / "no" / "such" / "folder";
  REQUIRE(render_into(dir, diags).empty());
  REQUIRE(diags.items().size() == 1);
  REQUIRE(diags.items()[0].rule == "render.workbook");
  REQUIRE(diags.has_errors());
}
