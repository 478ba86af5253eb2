// Pages keyed by their inputs (render/view_digest.hpp): the model's digest changes with
// every input but a policy's body, and a render over the previous render's keys builds only
// the pages whose inputs changed.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <fstream>
#include <map>
#include <mutex>
#include <set>

#include "model/model_digest.hpp"
#include "pipeline.hpp"
#include "render/renderers.hpp"
#include "util/paths.hpp"

using namespace aimsdoc;
namespace fs = std::filesystem;

namespace {

const fs::path kFixture = fs::path(AIMSDOC_SOURCE_DIR) / "tests/portal/fixture";

// A copy of the portal fixture to edit.
struct FixtureCopy {
  fs::path root = fs::temp_directory_path() / ("aimsdoc-inputs-key-" + std::to_string(::getpid()));
  FixtureCopy() {
    fs::remove_all(root);
    fs::copy(kFixture, root, fs::copy_options::recursive);
  }
  ~FixtureCopy() { fs::remove_all(root); }
  void replace(const std::string& file, const std::string& from, const std::string& to) {
    std::string text = *read_file(root / file);
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    std::ofstream(root / file, std::ios::trunc | std::ios::binary) << text;
  }
  std::string digest() const { return model_digest(load_and_check(root).aims); }
};

// Remembers the inputs keys it was given; reuses by the keys of the render before.
class KeyedSink final : public FileSink {
 public:
  explicit KeyedSink(std::map<std::string, std::string> previous = {})
      : previous_(std::move(previous)) {}
  void publish(const std::string& path, const FileKeys& file_keys,
               const std::function<std::string()>& make) override {
    if (reuse_by_inputs(path, file_keys.inputs)) return;
    make();
    note(written, path);
  }
  void copy(const std::string& path, const fs::path&, const std::string&) override {
    note(written, path);
  }
  void write_with(const std::string& path, const std::string& inputs_key,
                  const std::function<bool(const fs::path&)>&) override {
    if (!reuse_by_inputs(path, inputs_key)) note(written, path);
  }

  std::map<std::string, std::string> keys;
  std::set<std::string> written, reused;

 private:
  // Takes `path` over when the previous render gave it the same key; keeps the key.
  bool reuse_by_inputs(const std::string& path, const std::string& key) {
    if (key.empty()) return false;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      keys[path] = key;
    }
    auto it = previous_.find(path);
    if (it == previous_.end() || it->second != key) return false;
    note(reused, path);
    return true;
  }
  void note(std::set<std::string>& set, const std::string& path) {
    std::lock_guard<std::mutex> lock(mutex_);
    set.insert(path);
  }
  std::map<std::string, std::string> previous_;
  std::mutex mutex_;
};

std::set<std::string> html(const std::set<std::string>& paths) {
  std::set<std::string> out;
  for (const auto& p : paths)
    if (p.size() > 5 && p.compare(p.size() - 5, 5, ".html") == 0) out.insert(p);
  return out;
}

// Renders the portal and the workbook of `root` over the keys of a previous render.
std::unique_ptr<KeyedSink> render(const fs::path& root,
                                  std::map<std::string, std::string> previous) {
  CheckedAims checked = load_and_check(root);
  BuildView view{checked.aims, checked.report, checked.diagnostics, checked.theme, root};
  auto sink = std::make_unique<KeyedSink>(std::move(previous));
  Diagnostics diags;
  render_portal(view, *sink, diags);
  render_workbook(view, *sink, diags);
  REQUIRE_FALSE(diags.has_errors());
  return sink;
}

}  // namespace

TEST_CASE("the model digest changes with every input but a policy's body") {
  FixtureCopy copy;
  const std::string before = copy.digest();
  CHECK(copy.digest() == before);
  SECTION("a policy's body: the same digest") {
    copy.replace("content/governance/ai-policy.md", "# AI Policy\n",
                 "# AI Policy\n\nA new sentence.\n");
    CHECK(copy.digest() == before);
  }
  SECTION("a link in a body: another digest (back-links and findings follow links)") {
    copy.replace("content/governance/ai-policy.md", "# AI Policy\n",
                 "# AI Policy\n\nSee [the method](../risk/risk-method.md).\n");
    CHECK(copy.digest() != before);
  }
  SECTION("a policy's front matter") {
    copy.replace("content/governance/ai-policy.md", "title: AI Policy",
                 "title: AI Policy (revised)");
    CHECK(copy.digest() != before);
  }
  SECTION("a control record") {
    copy.replace("controls/A.2.2.yaml", "id: A.2.2", "id: A.2.2\nnotes: Reviewed.");
    CHECK(copy.digest() != before);
  }
  SECTION("an evidence file's content") {
    std::ofstream(copy.root / "evidence/board/minutes-2026.md", std::ios::app) << "\nAmended.\n";
    CHECK(copy.digest() != before);
  }
  SECTION("site.yaml") {
    copy.replace("site.yaml", "organization: ", "organization: The ");
    CHECK(copy.digest() != before);
  }
  SECTION("a crosswalk") {
    std::ofstream(copy.root / "mappings/cw.yaml", std::ios::app) << "\n# a comment\n";
    CHECK(copy.digest() != before);
  }
}

TEST_CASE("a render over the previous keys builds only the pages whose inputs changed") {
  FixtureCopy copy;
  auto first = render(copy.root, {});
  REQUIRE(first->reused.empty());
  REQUIRE(html(first->written).size() > 10);
  const std::set<std::string> all_pages = html(first->written);

  SECTION("nothing changed: every page and the workbook are taken over") {
    auto again = render(copy.root, first->keys);
    CHECK(html(again->written).empty());
    CHECK(html(again->reused) == all_pages);
    CHECK(again->reused.count("soa.xlsx") == 1);
    CHECK(again->keys == first->keys);
  }
  SECTION("one policy's body: only its page, and the handbook that holds its text") {
    copy.replace("content/governance/ai-policy.md", "# AI Policy\n",
                 "# AI Policy\n\nA new sentence.\n");
    auto again = render(copy.root, first->keys);
    CHECK(html(again->written) == std::set<std::string>{"policies/POL-AI.html", "handbook.html"});
    CHECK(again->reused.count("soa.xlsx") == 1);
  }
  SECTION("a policy's title: every page is built again (it shows in lists and back-links)") {
    copy.replace("content/governance/ai-policy.md", "title: AI Policy",
                 "title: AI Policy (revised)");
    auto again = render(copy.root, first->keys);
    CHECK(html(again->written) == all_pages);
    CHECK(again->written.count("soa.xlsx") == 1);
  }
}
