#include "render/portal/templates.hpp"

#include <atomic>

namespace aimsdoc::portal {

namespace {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::unique_ptr<kainjow::mustache::mustache> compile(const std::string& text) {
  auto tmpl = std::make_unique<kainjow::mustache::mustache>(text);
  tmpl->set_custom_escape(escape_html);
  return tmpl;
}

// The characters escape_html replaces, looked up by byte: std::string::find_first_of
// searches its set with a memchr call per character of the text.
struct SpecialBytes {
  bool special[256] = {};
  constexpr SpecialBytes() {
    for (unsigned char c : {'&', '<', '>', '"', '\''}) special[c] = true;
  }
};
constexpr SpecialBytes kSpecial;

std::size_t next_special(const std::string& text, std::size_t from) {
  while (from < text.size() && !kSpecial.special[static_cast<unsigned char>(text[from])]) ++from;
  return from;
}

}  // namespace

std::string escape_html(const std::string& text) {
  std::size_t at = next_special(text, 0);
  if (at == text.size()) return text;
  std::string out;
  out.reserve(text.size() + 16);
  std::size_t from = 0;
  for (; at < text.size(); at = next_special(text, from)) {
    out.append(text, from, at - from);
    switch (text[at]) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += "&apos;"; break;
    }
    from = at + 1;
  }
  out.append(text, from);
  return out;
}

bool shows_only_raw(std::string_view text, std::string_view name) {
  for (std::size_t open = text.find("{{"); open != std::string_view::npos;) {
    bool triple = text.compare(open, 3, "{{{") == 0;
    std::size_t close = text.find(triple ? "}}}" : "}}", open);
    if (close == std::string_view::npos) return false;
    std::string_view tag = text.substr(open + (triple ? 3 : 2), close - open - (triple ? 3 : 2));
    char sigil = triple || tag.empty() ? '{' : tag.front();
    if (sigil == '=' || sigil == '>') return false;
    bool raw = triple || sigil == '&';
    std::string_view tag_name = trimmed(
        triple || std::string_view("&#^/!").find(sigil) == std::string_view::npos ? tag
                                                                                  : tag.substr(1));
    if (sigil != '!' && tag_name.find(name) != std::string_view::npos && !(raw && tag_name == name))
      return false;
    open = text.find("{{", close + (triple ? 3 : 2));
  }
  return true;
}

CompiledTemplates::CompiledTemplates(const Theme& theme) {
  for (const auto& [name, tmpl] : theme.templates()) {
    compiled_[name] = compile(tmpl.text);
    origins_[name] = tmpl.origin;
  }
}

void CompiledTemplates::report_errors(Diagnostics& diags) const {
  for (const auto& [name, tmpl] : compiled_)
    if (!tmpl->is_valid())
      diags.error({origins_.at(name), 0, 0}, "theme.template",
                  "template '" + name + "' does not parse: " + tmpl->error_message());
}

namespace {

// Set when a rendering ran out of budget: the others stop at their next step.
std::atomic<bool> budget_exhausted{false};

struct OutOfBudget {
  bool elsewhere;  // another rendering ran out
};

// kainjow renders into any stream; this one appends to a string without a stringstream's
// extra copy of the page, and stops a page growing past kMaxPageBytes.
struct Appender {
  std::string& out;
  Appender& operator<<(const std::string& piece) {
    if (out.size() + piece.size() > kMaxPageBytes) throw OutOfBudget{false};
    out += piece;
    return *this;
  }
};

// kainjow's context, counting its work: a section entered is a step, a lookup one step per
// context it searches (kainjow looks through every enclosing section's data).
class BudgetedContext : public kainjow::mustache::basic_context<std::string> {
 public:
  // The data a rendering starts from: not the template's work, so never over budget
  // (spending here would throw outside render_budgeted, which turns running out into an error).
  void start(const Data* data) {
    inner_.push(data);
    ++depth_;
  }
  void push(const Data* data) override {
    spend(1);
    inner_.push(data);
    ++depth_;
  }
  void pop() override {
    inner_.pop();
    --depth_;
  }
  const Data* get(const std::string& name) const override {
    spend(depth_);
    return inner_.get(name);
  }
  const Data* get_partial(const std::string& name) const override {
    spend(depth_);
    return inner_.get_partial(name);
  }

 private:
  void spend(std::size_t steps) const {
    steps_ += steps;
    if (steps_ > kMaxTemplateSteps) throw OutOfBudget{false};
    if (budget_exhausted.load(std::memory_order_relaxed)) throw OutOfBudget{true};
  }
  mutable std::size_t steps_ = 0;
  std::size_t depth_ = 0;
  kainjow::mustache::context<std::string> inner_;
};

// Renders `tmpl` in `context` onto `out`; TemplateTooLarge naming `origin` past the budget.
void render_budgeted(kainjow::mustache::mustache& tmpl, BudgetedContext& context, std::string& out,
                     const std::string& origin) {
  Appender to_out{out};
  try {
    tmpl.render(context, to_out);
  } catch (const OutOfBudget& stop) {
    budget_exhausted = true;
    throw TemplateTooLarge(origin,
                           "rendering the template took more than " +
                               std::to_string(kMaxTemplateSteps) + " steps or " +
                               std::to_string(kMaxPageBytes >> 20) +
                               " MiB (sections nested over lists?); simplify it",
                           stop.elsewhere);
  }
}

}  // namespace

void reset_template_budget() { budget_exhausted = false; }

std::string render_once(const std::string& text, const Data& data) {
  BudgetedContext context;
  context.start(&data);
  std::string out;
  render_budgeted(*compile(text), context, out, "");
  return out;
}

std::string CompiledTemplates::render_page(const std::string& page, const Data* frame,
                                           const Data& data) {
  auto body = compiled_.find(page), layout = compiled_.find("layout");
  if (body == compiled_.end() || layout == compiled_.end()) return {};
  BudgetedContext context;  // the last pushed is looked in first
  if (frame) context.start(frame);
  context.start(&data);
  std::string content;
  content.reserve(16384);
  render_budgeted(*body->second, context, content, origins_.at(page));
  Data with_content;
  put(with_content, "content", std::move(content));
  context.start(&with_content);
  std::string out;
  out.reserve(with_content.get("content")->string_value().size() + 8192);
  render_budgeted(*layout->second, context, out, origins_.at("layout"));
  return out;
}

}  // namespace aimsdoc::portal
