#include "render/portal/csv_table.hpp"

namespace aimsdoc::portal {
namespace {

// Reads the records of a text one at a time.
class CsvReader {
 public:
  explicit CsvReader(std::string_view text) : text_(text) {}

  bool next(std::vector<std::string>& record, std::size_t max_columns, std::size_t& width) {
    record.clear();
    width = 0;
    while (at_ < text_.size() && text_[at_] == '\n') ++at_;  // blank lines hold no record
    if (at_ >= text_.size()) return false;
    for (;;) {
      std::string cell = field();
      if (width++ < max_columns) record.push_back(std::move(cell));
      if (at_ >= text_.size() || text_[at_] == '\n') break;
      ++at_;  // the comma
    }
    if (at_ < text_.size()) ++at_;  // the line break
    return true;
  }

 private:
  std::string field() {
    std::string out;
    if (at_ < text_.size() && text_[at_] == '"') {
      ++at_;
      for (; at_ < text_.size(); ++at_) {
        if (text_[at_] != '"') {
          out += text_[at_];
        } else if (at_ + 1 < text_.size() && text_[at_ + 1] == '"') {
          out += '"';
          ++at_;
        } else {
          ++at_;
          break;
        }
      }
    }
    // A bare field, or what follows a closing quote up to the next separator, as written.
    while (at_ < text_.size() && text_[at_] != ',' && text_[at_] != '\n') out += text_[at_++];
    return out;
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

}  // namespace

CsvTable parse_csv(std::string_view text, std::size_t max_rows, std::size_t max_columns) {
  CsvTable table;
  CsvReader reader(text);
  std::vector<std::string> record;
  std::size_t width = 0;
  while (reader.next(record, max_columns, width)) {
    if (table.total_rows++ < max_rows) table.rows.push_back(record);
    if (width > table.total_columns) table.total_columns = width;
  }
  return table;
}

}  // namespace aimsdoc::portal
