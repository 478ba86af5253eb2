#include "load/yaml_shape.hpp"

#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace aimsdoc {
namespace {

std::uint64_t saturating_add(std::uint64_t a, std::uint64_t b) {
  return std::min(a + std::min(b, kMaxAliasExpansion + 1), kMaxAliasExpansion + 1);
}

// Expanded size of every node, computed bottom-up from the event stream; an anchored
// node remembers its size so each alias to it adds that size again.
class ShapeHandler final : public YAML::EventHandler {
 public:
  ShapeHandler(const std::string& text, YamlShape& shape) : text_(text), shape_(shape) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    // yaml-cpp can hand out the same empty document forever (",-29\n...>"): a document
    // that starts where the last one did is that loop, not a document.
    if (shape_.documents > 0 && mark.pos <= last_start_) {
      stuck_ = true;
      return;
    }
    last_start_ = mark.pos;
    if (++shape_.documents == 2) shape_.second_document = mark;
  }
  bool stuck() const { return stuck_; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    count(mark);
    finish(anchor, 1);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchor_sizes_.find(anchor);
    std::uint64_t size = it == anchor_sizes_.end() ? 1 : it->second;
    count(mark);
    if (shape_.alias_expansion == 0) shape_.first_alias = mark;
    shape_.alias_expansion = saturating_add(shape_.alias_expansion, size);
    finish(0, size);
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                const std::string& value) override {
    count(mark);
    if (shape_.unclosed_quote.is_null() && !closes(mark)) shape_.unclosed_quote = mark;
    finish(anchor, saturating_add(1, value.size()));
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    count(mark);
    open_.push_back({anchor, 1});
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    count(mark);
    open_.push_back({anchor, 1});
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    YAML::anchor_t anchor;
    std::uint64_t size;
  };

  void close() {
    if (open_.empty()) return;
    Open done = open_.back();
    open_.pop_back();
    finish(done.anchor, done.size);
  }
  // False when the scalar at `mark` opens a quote that nothing closes.
  bool closes(const YAML::Mark& mark) const {
    auto at = static_cast<std::size_t>(mark.pos);
    if (mark.pos < 0 || at >= text_.size()) return true;
    char quote = text_[at];
    if (quote != '"' && quote != '\'') return true;
    for (std::size_t i = at + 1; i < text_.size(); ++i) {
      if (quote == '"' && text_[i] == '\\') {
        ++i;
      } else if (text_[i] == quote) {
        if (quote == '"' || i + 1 >= text_.size() || text_[i + 1] != '\'') return true;
        ++i;  // '' is an escaped quote inside single quotes
      }
    }
    return false;
  }
  void count(const YAML::Mark& mark) {
    if (++shape_.nodes == kMaxYamlNodes + 1) shape_.node_limit = mark;
  }
  void finish(YAML::anchor_t anchor, std::uint64_t size) {
    if (anchor != 0) anchor_sizes_[anchor] = size;
    if (!open_.empty()) open_.back().size = saturating_add(open_.back().size, size);
  }

  const std::string& text_;
  YamlShape& shape_;
  int last_start_ = -1;
  bool stuck_ = false;
  std::vector<Open> open_;
  std::unordered_map<YAML::anchor_t, std::uint64_t> anchor_sizes_;
};

}  // namespace

YamlShape measure_yaml(const std::string& text) {
  YamlShape shape;
  std::istringstream in(text);
  YAML::Parser parser(in);
  ShapeHandler handler(text, shape);
  // Only the first document is loaded; the second is only looked at to warn about it.
  for (int i = 0; i < 2 && !handler.stuck() && parser.HandleNextDocument(handler); ++i) {
  }
  return shape;
}

}  // namespace aimsdoc
