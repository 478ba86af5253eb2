// A handbook volume made again takes its unchanged bodies from the previous build's file
// (render/portal/handbook_bodies.hpp).
#include <catch2/catch.hpp>

#include <cctype>
#include <map>
#include <mutex>

#include "pipeline.hpp"
#include "render/portal/handbook_bodies.hpp"
#include "render/renderers.hpp"
#include "render/site_paths.hpp"
#include "util/fields.hpp"

using namespace aimsdoc;
using namespace aimsdoc::portal;
namespace fs = std::filesystem;

namespace {

// Files and notes in memory; `before` plays the previous build (its notes and files).
class NotingSink final : public FileSink {
 public:
  explicit NotingSink(const NotingSink* before = nullptr) : before_(before) {}
  void publish(const std::string& path, const FileKeys&,
               const std::function<std::string()>& make) override {
    std::string bytes = make();
    std::lock_guard<std::mutex> lock(mutex_);
    files[path] = std::move(bytes);
  }
  void copy(const std::string&, const fs::path&, const std::string&) override {}
  void write_with(const std::string&, const std::string&,
                  const std::function<bool(const fs::path&)>&) override {}
  const std::string* recall(const std::string& name) const override {
    if (!before_) return nullptr;
    auto it = before_->notes.find(name);
    return it == before_->notes.end() ? nullptr : &it->second;
  }
  void remember(const std::string& name, std::string value) override {
    std::lock_guard<std::mutex> lock(mutex_);
    notes[name] = std::move(value);
  }
  std::optional<std::string> previous_file(const std::string& path) const override {
    if (!before_ || !before_->files.count(path)) return std::nullopt;
    return before_->files.at(path);
  }

  std::map<std::string, std::string> files, notes;

 private:
  const NotingSink* before_;
  std::mutex mutex_;
};

struct Place {
  std::string source, key;
  std::size_t offset, size;
};

std::vector<Place> places(const std::string& note) {
  std::vector<Place> out;
  std::string_view in = note;
  while (!in.empty()) {
    auto source = take_field(in), key = take_field(in);
    auto offset = take_number(in), size = take_number(in);
    REQUIRE((source && key && offset && size));
    out.push_back({std::string(*source), std::string(*key), *offset, *size});
  }
  return out;
}

}  // namespace

TEST_CASE("bodies spliced into a volume are found again where the note says, by key") {
  std::string shape = "<h1>\x01 not ours</h1>" + body_stand_in(1) + "<hr>" + body_stand_in(0) +
                      body_stand_in(1) + "<p>end";
  std::string note;
  const std::string page = "<h1>\x01 not ours</h1><p>one</p><hr><p>zero</p><p>one</p><p>end";
  auto splice = [&](std::size_t max_bytes) {
    note.clear();
    return splice_bodies(shape, {"<p>zero</p>", "<p>one</p>"}, {"a.md", "b.md"}, {"ka", "kb"}, note,
                         max_bytes);
  };
  CHECK_FALSE(splice(page.size() - 1));  // a theme repeating bodies stays within the budget
  CHECK(splice(page.size()) == page);
  NotingSink before;
  before.files["handbook.html"] = page;
  before.notes[handbook_note_name("handbook.html")] = note;
  NotingSink after(&before);
  PreviousBodies previous(after, {"handbook.html", "handbook-2.html"});
  CHECK(previous.find("a.md", "ka") == "<p>zero</p>");
  CHECK(previous.find("b.md", "kb") == "<p>one</p>");
  CHECK_FALSE(previous.find("b.md", "changed"));  // another key: rendered again
  CHECK_FALSE(previous.find("c.md", "kc"));       // never in the handbook

  before.files["handbook.html"] = page.substr(0, 20);  // the file no longer holds it
  PreviousBodies cut(after, {"handbook.html"});
  CHECK_FALSE(cut.find("a.md", "ka"));
  before.notes[handbook_note_name("handbook.html")] = note.substr(0, note.size() - 1);
  before.files["handbook.html"] = page;
  PreviousBodies damaged(after, {"handbook.html"});
  CHECK(damaged.find("b.md", "kb") == "<p>one</p>");  // noted before the damage
  CHECK_FALSE(damaged.find("a.md", "ka"));
}

TEST_CASE("bodies are found in any of the previous volumes, of which two files are kept") {
  NotingSink before;
  std::vector<std::string> volumes;
  for (int v = 1; v <= 3; ++v) {
    std::string note, source = "p" + std::to_string(v) + ".md";
    volumes.push_back(handbook_volume_page(static_cast<std::size_t>(v)));
    before.files[volumes.back()] =
        *splice_bodies("<main>" + body_stand_in(0) + "</main>", {"<p>" + source + "</p>"}, {source},
                       {"k"}, note, 1000);
    before.notes[handbook_note_name(volumes.back())] = note;
  }
  NotingSink after(&before);
  PreviousBodies previous(after, volumes);
  for (const char* source : {"p1.md", "p2.md", "p3.md", "p1.md", "p3.md", "p2.md"})
    CHECK(previous.find(source, "k") == "<p>" + std::string(source) + "</p>");
}

TEST_CASE("a handbook made again takes its unchanged bodies from the previous build's file") {
  const fs::path fixture = fs::path(AIMSDOC_SOURCE_DIR) / "tests/portal/fixture";
  CheckedAims checked = load_and_check(fixture);
  BuildView view{checked.aims, checked.report, checked.diagnostics, checked.theme, fixture};
  const std::string volume = handbook_volume_page(1);
  NotingSink first;
  Diagnostics diags;
  render_portal(view, first, diags);
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(first.notes.count(handbook_note_name(volume)));
  std::vector<Place> noted = places(first.notes[handbook_note_name(volume)]);
  REQUIRE(noted.size() >= 2);  // the fixture's approved policies
  for (const Place& p : noted) CHECK(p.size > 0);

  NotingSink same(&first);
  render_portal(view, same, diags);
  CHECK(same.files == first.files);
  CHECK(same.notes[handbook_note_name(volume)] == first.notes[handbook_note_name(volume)]);

  // The previous volume with one body's bytes altered (its size kept): the new volume
  // shows the altered bytes, so they came from that file and were not rendered.
  NotingSink altered;
  altered.files = first.files;
  altered.notes = first.notes;
  std::string& bytes = altered.files[volume];
  const Place& p = noted.back();
  for (std::size_t i = p.offset; i < p.offset + p.size; ++i)
    if (std::isalpha(static_cast<unsigned char>(bytes[i])) && bytes[i - 1] == '>') bytes[i] = '~';
  REQUIRE(altered.files[volume] != first.files[volume]);
  NotingSink taken(&altered);
  render_portal(view, taken, diags);
  CHECK(taken.files[volume] == altered.files[volume]);
}
