// The two pieces of the build's speed that change no output: the per-thread Markdown arena
// and the parallel helpers. Both must be invisible: same bytes, every item once, errors kept.
#include <catch2/catch.hpp>

#include <cmark-gfm.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "render/portal/markdown_arena.hpp"
#include "util/parallel.hpp"

using namespace aimsdoc;

namespace {

std::string html_with(cmark_mem* mem, const std::string& markdown) {
  cmark_parser* parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, mem);
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* doc = cmark_parser_finish(parser);
  char* html = cmark_render_html_with_mem(doc, CMARK_OPT_DEFAULT, nullptr, mem);
  std::string out(html);
  mem->free(html);
  cmark_node_free(doc);
  cmark_parser_free(parser);
  return out;
}

std::string sample_markdown(int n) {
  std::string md = "# Policy " + std::to_string(n) + "\n\n";
  for (int i = 0; i < 200; ++i)
    md += "- item *" + std::to_string(i) + "* with [a link](x" + std::to_string(i) +
          ".md) and `code`\n";
  md += "\n" + std::string(300000, 'w') + "\n";  // one text node larger than an arena block
  return md;
}

bool aligned16(const void* p) { return reinterpret_cast<std::uintptr_t>(p) % 16 == 0; }

}  // namespace

TEST_CASE("the arena hands out zeroed, aligned memory and grows the last piece in place") {
  cmark_mem* mem = portal::thread_arena();
  auto* a = static_cast<unsigned char*>(mem->calloc(3, 7));
  REQUIRE(a);
  CHECK(aligned16(a));
  CHECK(std::all_of(a, a + 21, [](unsigned char c) { return c == 0; }));
  std::memcpy(a, "twenty-one bytes here", 21);
  auto* grown = static_cast<unsigned char*>(mem->realloc(a, 100));
  CHECK(grown == a);  // the last allocation grows where it is
  CHECK(std::memcmp(grown, "twenty-one bytes here", 21) == 0);
  void* b = mem->calloc(1, 8);
  auto* moved = static_cast<unsigned char*>(mem->realloc(grown, 1000));
  CHECK(moved != grown);  // not the last any more: copied
  CHECK(std::memcmp(moved, "twenty-one bytes here", 21) == 0);
  CHECK(aligned16(b));
  CHECK(mem->calloc(static_cast<std::size_t>(-1) / 2, 4) == nullptr);  // count * size overflows
  portal::reset_thread_arena();
  CHECK(mem->calloc(1, 8) == a);  // the standard block is kept and reused from its start
  portal::reset_thread_arena();
}

TEST_CASE("Markdown rendered through the arena is byte-identical to the default allocator") {
  for (int n = 0; n < 3; ++n) {
    std::string md = sample_markdown(n);
    std::string expected = html_with(cmark_get_default_mem_allocator(), md);
    CHECK(html_with(portal::thread_arena(), md) == expected);
    portal::reset_thread_arena();  // as between two policies
    CHECK(html_with(portal::thread_arena(), md) == expected);
    portal::reset_thread_arena();
  }
}

TEST_CASE("each thread has an arena of its own") {
  std::string md = sample_markdown(7);
  std::string expected = html_with(cmark_get_default_mem_allocator(), md);
  std::vector<std::string> out(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < out.size(); ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 3; ++round) {
        out[t] = html_with(portal::thread_arena(), md);
        portal::reset_thread_arena();
      }
    });
  for (auto& t : threads) t.join();
  for (const auto& html : out) CHECK(html == expected);
}

TEST_CASE("parallel_for_threads runs every index once, on the threads it names") {
  for (std::size_t threads : {1, 2, 7}) {
    std::vector<std::atomic<int>> runs(1000);
    std::vector<std::size_t> thread_of(1000);
    parallel_for_threads(runs.size(), threads, [&](std::size_t i, std::size_t t) {
      ++runs[i];
      thread_of[i] = t;
    });
    for (auto& r : runs) CHECK(r == 1);
    CHECK(*std::max_element(thread_of.begin(), thread_of.end()) < threads);
  }
  std::vector<std::size_t> order;
  parallel_for_threads(5, 1, [&](std::size_t i, std::size_t) { order.push_back(i); });
  CHECK(order == std::vector<std::size_t>{0, 1, 2, 3, 4});  // one thread: in order
}

TEST_CASE("the first exception stops a parallel run and is rethrown after every thread ends") {
  std::atomic<int> started{0};
  auto run = [&] {
    parallel_for_threads(10000, 3, [&](std::size_t i, std::size_t) {
      ++started;
      if (i == 5) throw std::runtime_error("item 5");
      // The others take their time (10 s in all), so that stopping them is what ends the
      // run early even where unwinding is slow (a sanitizer build): not a timed assertion.
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    });
  };
  CHECK_THROWS_WITH(run(), "item 5");
  CHECK(started < 10000);  // the others stopped taking items
}

TEST_CASE("walk_tree lists every folder once, in an order that does not depend on threads") {
  // A tree given as folder -> subfolders; each folder's out is its own name.
  std::map<std::string, std::vector<std::string>> tree{{"r", {}}};
  for (int a = 0; a < 6; ++a) {
    std::string fa = "r/" + std::to_string(a);
    tree["r"].push_back(fa);
    for (int b = 0; b < 5; ++b) {
      std::string fb = fa + "/" + std::to_string(b);
      tree[fa].push_back(fb);
      for (int c = 0; c < 3; ++c) tree[fb].push_back(fb + "/" + std::to_string(c));
    }
  }
  auto list = [&](const std::string& folder, std::vector<std::string>& out,
                  std::vector<std::string>& sub) {
    out.push_back(folder);
    auto it = tree.find(folder);
    if (it != tree.end()) sub.insert(sub.end(), it->second.begin(), it->second.end());
  };
  auto outs = walk_tree<std::vector<std::string>>("r", list);
  std::vector<std::string> seen;
  for (const auto& out : outs) seen.insert(seen.end(), out.begin(), out.end());
  CHECK(seen.size() == 1 + 6 + 30 + 90);
  CHECK(std::set<std::string>(seen.begin(), seen.end()).size() == seen.size());
  for (int run = 0; run < 5; ++run) CHECK(walk_tree<std::vector<std::string>>("r", list) == outs);
}
