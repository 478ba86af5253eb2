#include "render/portal/page_output.hpp"

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

// Renders the page's shape; takes the previous page over when the shape is the same, else
// writes the shape with the body in place.
void write_policy_page(const PortalContext& ctx, std::size_t index, const PolicyOutput& out,
                       PolicyBody& body) {
  std::string marker = stand_in(body);
  Page page = policy_page_of(ctx, index, marker, body.leading_h1);
  std::string shape = out.templates.render_page(page.template_name, page.shared.get(), page.data);
  std::string key = sha256_hex(shape);
  if (out.sink.reuse(page.path, key)) return;
  std::string html = body.html ? std::move(*body.html) : policy_body_html(ctx, index);
  if (out.splice_body && !blank(html)) {
    out.sink.write(page.path, splice(shape, marker, html));
  } else {
    put(page.data, "body_html", html);
    out.sink.write(page.path,
                   out.templates.render_page(page.template_name, page.shared.get(), page.data));
  }
  out.sink.set_key(page.path, key);
}

}  // namespace

void output_file(FileSink& sink, const std::string& path, std::string_view bytes) {
  if (!sink.reuse_content(path, sha256_hex(bytes))) sink.write(path, bytes);
}

void output_page(FileSink& sink, CompiledTemplates& templates, const Page& page) {
  output_file(sink, page.path,
              templates.render_page(page.template_name, page.shared.get(), page.data));
}

EntryWords output_policy_page(const PortalContext& ctx, std::size_t index,
                              const PolicyOutput& out) {
  PolicyBody body = policy_body(ctx, index, out.sink, out.words);
  // The body's id stands for its HTML and first heading: with the other pages' inputs it
  // is everything the page is a function of.
  const std::string& path = ctx.policy_cards[index].page;
  std::string inputs = inputs_key({ctx.inputs_digest, path, body.id});
  if (out.sink.reuse_by_inputs(path, inputs)) return std::move(body.words);
  write_policy_page(ctx, index, out, body);
  out.sink.set_inputs_key(path, inputs);
  return std::move(body.words);
}

}  // namespace aimsdoc::portal
