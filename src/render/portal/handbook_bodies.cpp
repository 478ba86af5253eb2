#include "render/portal/handbook_bodies.hpp"

#include <algorithm>
#include <charconv>

#include "util/fields.hpp"

namespace aimsdoc::portal {
namespace {

constexpr char kStandInStart[] = "\x01handbook-body:";

// The body number of the stand-in at `at` (which starts with kStandInStart) and where it
// ends; nullopt when the \x01 there opens none.
std::optional<std::pair<std::size_t, std::size_t>> stand_in_at(const std::string& shape,
                                                               std::size_t at) {
  std::size_t from = at + sizeof kStandInStart - 1;
  if (shape.compare(at, from - at, kStandInStart) != 0) return std::nullopt;
  std::size_t n = 0;
  auto [end, ec] = std::from_chars(shape.data() + from, shape.data() + shape.size(), n);
  if (ec != std::errc() || end == shape.data() + shape.size() || *end != '\x01')
    return std::nullopt;
  return std::pair(n, static_cast<std::size_t>(end - shape.data()) + 1);
}

}  // namespace

std::string handbook_note_name(const std::string& volume_path) {
  return "handbook-bodies:" + volume_path;
}

PreviousBodies::PreviousBodies(const FileSink& sink, const std::vector<std::string>& volume_paths)
    : sink_(sink) {
  for (const std::string& volume : volume_paths) {
    const std::string* note = sink.recall(handbook_note_name(volume));
    if (!note) continue;
    std::string_view in = *note;
    while (!in.empty()) {
      auto source = take_field(in), key = take_field(in);
      auto offset = take_number(in), size = take_number(in);
      if (!source || !key || !offset || !size) break;  // damaged: the rest is unknown
      places_[std::string(*source)] = {volume, std::string(*key), *offset, *size};
    }
  }
}

std::optional<std::string> PreviousBodies::find(const std::string& source_path,
                                                const std::string& key) {
  auto place = places_.find(source_path);
  if (place == places_.end() || place->second.key != key) return std::nullopt;
  const Place& p = place->second;
  const std::optional<std::string>& bytes = file(p.volume);
  if (!bytes || p.offset > bytes->size() || bytes->size() - p.offset < p.size) return std::nullopt;
  return bytes->substr(p.offset, p.size);
}

const std::optional<std::string>& PreviousBodies::file(const std::string& volume) {
  auto kept =
      std::find_if(files_.begin(), files_.end(), [&](const auto& f) { return f.first == volume; });
  if (kept == files_.end()) {
    if (files_.size() == 2) files_.pop_back();
    files_.emplace(files_.begin(), volume, sink_.previous_file(volume));
  } else if (kept != files_.begin()) {
    std::iter_swap(kept, files_.begin());
  }
  return files_.front().second;
}

std::string body_stand_in(std::size_t n) { return kStandInStart + std::to_string(n) + '\x01'; }

std::optional<std::string> splice_bodies(const std::string& shape,
                                         const std::vector<std::string>& bodies,
                                         const std::vector<std::string>& sources,
                                         const std::vector<std::string>& keys, std::string& note,
                                         std::size_t max_bytes) {
  std::string out;
  std::vector<bool> noted(bodies.size());
  std::size_t from = 0;
  for (std::size_t at = shape.find('\x01'); at != std::string::npos;
       at = shape.find('\x01', from)) {
    auto stand_in = stand_in_at(shape, at);
    if (!stand_in || stand_in->first >= bodies.size()) {  // not ours: kept as it is
      out.append(shape, from, at + 1 - from);
      from = at + 1;
      continue;
    }
    auto [n, end] = *stand_in;
    if (out.size() + (at - from) + bodies[n].size() > max_bytes) return std::nullopt;
    out.append(shape, from, at - from);
    if (!noted[n]) {
      noted[n] = true;
      put_field(note, sources[n]);
      put_field(note, keys[n]);
      put_number(note, out.size());
      put_number(note, bodies[n].size());
    }
    out += bodies[n];
    from = end;
  }
  if (out.size() + (shape.size() - from) > max_bytes) return std::nullopt;
  out.append(shape, from);
  return out;
}

}  // namespace aimsdoc::portal
