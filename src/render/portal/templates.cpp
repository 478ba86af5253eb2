#include "render/portal/templates.hpp"

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

}  // namespace

namespace {

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
    std::string_view tag_name = trimmed(triple || std::string_view("&#^/!").find(sigil) == std::string_view::npos
                                            ? tag : tag.substr(1));
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

bool CompiledTemplates::report_errors(Diagnostics& diags) const {
  bool ok = true;
  for (const auto& [name, tmpl] : compiled_) {
    if (tmpl->is_valid()) continue;
    diags.error({origins_.at(name), 0, 0}, "theme.template",
                "template '" + name + "' does not parse: " + tmpl->error_message());
    ok = false;
  }
  return ok;
}

namespace {

// kainjow renders into any stream; this one appends to a string without a stringstream's
// extra copy of the page.
struct Appender {
  std::string& out;
  Appender& operator<<(const std::string& piece) {
    out += piece;
    return *this;
  }
};

}  // namespace

std::string render_once(const std::string& text, const Data& data) {
  return compile(text)->render(data);
}

std::string CompiledTemplates::render(const std::string& name, const Data& data) {
  auto it = compiled_.find(name);
  return it == compiled_.end() ? std::string() : it->second->render(data);
}

std::string CompiledTemplates::render_page(const std::string& page, const Data* frame,
                                           const Data& data) {
  auto body = compiled_.find(page), layout = compiled_.find("layout");
  if (body == compiled_.end() || layout == compiled_.end()) return {};
  kainjow::mustache::context<std::string> context;  // the last pushed is looked in first
  if (frame) context.push(frame);
  context.push(&data);
  std::string content;
  content.reserve(16384);
  Appender to_content{content};
  body->second->render(context, to_content);
  Data with_content;
  put(with_content, "content", std::move(content));
  context.push(&with_content);
  std::string out;
  out.reserve(with_content.get("content")->string_value().size() + 8192);
  Appender to_out{out};
  layout->second->render(context, to_out);
  return out;
}

}  // namespace aimsdoc::portal
