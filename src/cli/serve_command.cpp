#include "cli/serve_command.hpp"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>

#include <chrono>
#include <condition_variable>
#include <cstring>
#include <iostream>
#include <mutex>
#include <thread>

#include "cli/build_command.hpp"
#include "load/site_loader.hpp"
#include "load/theme_loader.hpp"
#include "util/json.hpp"
#include "util/paths.hpp"

namespace aimsdoc {
namespace {

namespace fs = std::filesystem;

constexpr const char* kReloadScript = "/__aimsdoc/live-reload.js";
constexpr const char* kChangesPath = "/__aimsdoc/changes";
// How long a page's request for changes waits before it is answered anyway.
constexpr auto kLongPoll = std::chrono::seconds(20);

// What the open pages wait for: the number of the last build and its errors.
class LiveState {
 public:
  void published(const std::string& report) {
    std::lock_guard<std::mutex> lock(mutex_);
    ++generation_;
    errors_ = errors_json(report);
    changed_.notify_all();
  }
  void stop() {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
    changed_.notify_all();
  }
  bool stopping() {
    std::lock_guard<std::mutex> lock(mutex_);
    return stopping_;
  }
  // {"generation": N, "errors": [...]} once the generation differs from `since`, or after
  // the long-poll time.
  std::string wait_for_change(const std::string& since) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait_for(lock, kLongPoll,
                      [&] { return stopping_ || std::to_string(generation_) != since; });
    return "{\"generation\": " + std::to_string(generation_) + ", \"errors\": " + errors_ + "}";
  }

 private:
  // The error lines of a findings report, as a JSON list of strings.
  static std::string errors_json(const std::string& report) {
    std::string out = "[";
    std::size_t start = 0;
    while (start < report.size()) {
      auto end = report.find('\n', start);
      if (end == std::string::npos) end = report.size();
      std::string line = report.substr(start, end - start);
      if (line.find(": error: ") != std::string::npos)
        out += (out.size() > 1 ? ", " : "") + json_string(line);
      start = end + 1;
    }
    return out + "]";
  }

  std::mutex mutex_;
  std::condition_variable changed_;
  unsigned long generation_ = 0;
  std::string errors_ = "[]";
  bool stopping_ = false;
};

const char* content_type(const std::string& path) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".pdf", "application/pdf"},
      {".txt", "text/plain; charset=utf-8"},
      {".md", "text/plain; charset=utf-8"},
      {".csv", "text/csv; charset=utf-8"},
      {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}};
  for (const auto& [ext, type] : kTypes)
    if (path.size() > std::strlen(ext) &&
        path.compare(path.size() - std::strlen(ext), std::string::npos, ext) == 0)
      return type;
  return "application/octet-stream";
}

// The file of the output folder a (decoded) URL path names, or "" when it names none: no
// segment may be "." or "..", hold a backslash or a NUL, and only regular files are served
// (a folder is not listed; "x/" means x/index.html).
std::string file_for(const fs::path& out, std::string path) {
  if (path.empty() || path[0] != '/') return "";
  if (path.back() == '/') path += "index.html";
  std::string rel;
  for (std::size_t start = 1; start <= path.size();) {
    auto end = std::min(path.find('/', start), path.size());
    std::string seg = path.substr(start, end - start);
    start = end + 1;
    if (seg.empty()) continue;
    if (seg == "." || seg == ".." || seg.find_first_of(std::string("\\\0", 2)) != std::string::npos)
      return "";
    rel += (rel.empty() ? "" : "/") + seg;
  }
  if (rel.empty()) return "";
  struct stat st {};
  std::string full = (out / rel).string();
  if (::lstat(full.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return "";
  return full;
}

// The page as the server sends it: the portal's bytes with the reload script before
// </body>; the file on disk stays as `build` writes it.
std::string with_reload_script(std::string html) {
  const std::string tag = std::string("<script src=\"") + kReloadScript + "\"></script>\n";
  auto body = html.rfind("</body>");
  html.insert(body == std::string::npos ? html.size() : body, tag);
  return html;
}

void serve_files(httplib::Server& server, const fs::path& out, const std::string& script,
                 LiveState& live) {
  server.Get(kReloadScript, [script](const httplib::Request&, httplib::Response& res) {
    res.set_content(script, "text/javascript; charset=utf-8");
  });
  server.Get(kChangesPath, [&live](const httplib::Request& req, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_content(live.wait_for_change(req.get_param_value("since")), "application/json");
  });
  server.Get(R"(/.*)", [out](const httplib::Request& req, httplib::Response& res) {
    std::string file = file_for(out, req.path);
    auto text = file.empty() ? std::nullopt : read_file(file);
    if (!text) {
      res.status = 404;
      res.set_content("not found\n", "text/plain; charset=utf-8");
      return;
    }
    res.set_header("Cache-Control", "no-store");
    const char* type = content_type(file);
    res.set_content(
        std::string(type).rfind("text/html", 0) == 0 ? with_reload_script(*text) : *text, type);
  });
}

// Rebuilds whenever an input changes, until stopped. The pages reload as soon as the new
// portal is in place; a build that publishes nothing still shows its errors.
void watch_inputs(BuildOptions options, LiveState& live) {
  InputWatch inputs(options.request);
  bool told = false;
  options.request.change_seen = true;
  options.request.on_published = [&](const BuildRun& run) {
    live.published(run.report);
    told = true;
  };
  while (!live.stopping()) {
    inputs.wait();
    if (live.stopping() || !inputs.changed()) continue;
    std::string report;
    told = false;
    int code = build_once(options, &report);
    std::cerr << "rebuilt (exit " << code << ")\n";
    if (!told) live.published(report);
  }
}

}  // namespace

int run_serve_command(const cxxopts::ParseResult& parsed) {
  BuildOptions options;
  options.allow_gaps = true;  // a draft is served with its gaps shown
  BuildRequest& req = options.request;
  req.root = parsed["root"].as<std::string>();
  if (parsed.count("out")) req.out = fs::path(parsed["out"].as<std::string>());
  req.free_leftovers = true;  // every rebuild frees its model
  Diagnostics diags;
  auto site = load_site(req.root, diags);
  auto script = load_theme_file(req.root, site.config, "serve/live-reload.js", diags);
  if (!site.readable || !script) {
    for (const auto& d : diags.items()) std::cerr << format_diagnostic(d) << '\n';
    return 2;
  }
  // Ctrl-C and SIGTERM are taken by one thread with sigwait(), blocked in every other
  // (the server's threads inherit the mask), so stopping runs as ordinary code.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  LiveState live;
  std::string report;
  int code = build_once(options, &report);
  if (code == 2) return 2;
  live.published(report);
  fs::path out = planned_output_dir(req);
  httplib::Server server;
  serve_files(server, out, script->text, live);
  std::string bind = parsed["bind"].as<std::string>();
  int port = parsed["port"].as<int>();
  if (!server.bind_to_port(bind.c_str(), port)) {
    std::cerr << "aimsdoc: cannot listen on " << bind << ":" << port << "\n";
    return 2;
  }
  std::thread stopper([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    live.stop();
    server.stop();
  });
  std::thread watcher([&] { watch_inputs(options, live); });
  std::cerr << "serving " << out.string() << " at http://" << bind << ":" << port
            << "/ (Ctrl-C to stop)\n";
  bool listened = server.listen_after_bind();
  bool by_signal = live.stopping();
  live.stop();
  if (!by_signal) pthread_kill(stopper.native_handle(), SIGTERM);  // it stopped on its own
  stopper.join();
  watcher.join();
  std::cerr << "stopped\n";
  return listened ? 0 : 2;
}

}  // namespace aimsdoc
