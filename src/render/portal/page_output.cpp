#include "render/portal/page_output.hpp"

#include <optional>

#include "render/portal/pages.hpp"
#include "render/portal/policy_body.hpp"
#include "render/view_digest.hpp"
#include "util/sha256.hpp"

namespace aimsdoc::portal {
namespace {

// In place of the body while the page's shape is rendered. \x01 cannot come from any
// input (the loaders refuse control characters) nor from escaping, and the id makes it
// differ whenever the body's HTML would.
std::string stand_in(const PolicyBody& body) { return "\x01policy-body:" + body.id + "\x01"; }

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

std::string splice(const std::string& shape, const std::string& stand_in, const std::string& html) {
  std::string out;
  out.reserve(shape.size() + html.size());
  std::size_t from = 0;
  for (auto at = shape.find(stand_in); at != std::string::npos; at = shape.find(stand_in, from)) {
    out.append(shape, from, at - from);
    out += html;
    from = at + stand_in.size();
  }
  out.append(shape, from);
  return out;
}

// A policy page is made in two steps: its shape (the page with a stand-in for its body),
// whose hash is the page's shape key, then the page itself.
class PolicyPage {
 public:
  PolicyPage(const PortalContext& ctx, std::size_t index, const PolicyOutput& out, PolicyBody& body)
      : ctx_(ctx), index_(index), out_(out), body_(body), marker_(stand_in(body)) {}

  std::string shape_key() { return sha256_hex(shape()); }

  std::string bytes() {
    const std::string& shape_html = shape();
    std::string html = body_.html ? std::move(*body_.html) : policy_body_html(ctx_, index_);
    if (out_.splice_body && !blank(html)) return splice(shape_html, marker_, html);
    put(page_->data, "body_html", html);
    return render(out_.templates, *page_);
  }

 private:
  const std::string& shape() {
    if (!page_) {
      page_ = policy_page_of(ctx_, index_, marker_, body_.leading_h1);
      shape_ = render(out_.templates, *page_);
    }
    return shape_;
  }

  const PortalContext& ctx_;
  std::size_t index_;
  const PolicyOutput& out_;
  PolicyBody& body_;
  std::string marker_;
  std::optional<Page> page_;
  std::string shape_;
};

}  // namespace

EntryWords output_policy_page(const PortalContext& ctx, std::size_t index,
                              const PolicyOutput& out) {
  PolicyBody body = policy_body(ctx, index, out.sink, out.words);
  // The body's id stands for its HTML and first heading: with the other pages' inputs it
  // is everything the page is a function of.
  const std::string& path = ctx.policy_cards[index].page;
  PolicyPage page(ctx, index, out, body);
  out.sink.publish(
      path, {inputs_key({ctx.inputs_digest, path, body.id}), [&] { return page.shape_key(); }},
      [&] { return page.bytes(); });
  return std::move(body.words);
}

}  // namespace aimsdoc::portal
