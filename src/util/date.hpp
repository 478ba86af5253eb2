#pragma once
// Calendar dates (no time, no zone): all the tool ever prints is a day.
#include <optional>
#include <string>
#include <string_view>

namespace aimsdoc {

struct Date {
  int year = 0, month = 0, day = 0;

  bool valid() const { return year > 0; }
  long days_since_epoch() const;  // proleptic Gregorian, 1970-01-01 = 0
  std::string to_string() const;  // YYYY-MM-DD, "" when invalid
  Date plus_days(long n) const;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// Accepts exactly YYYY-MM-DD with a real calendar day.
std::optional<Date> parse_date(std::string_view text);
Date date_from_days(long days);
// The day of the system clock (UTC): for the dates of starter files and for a build without
// build_date, never otherwise in outputs.
Date today();

}  // namespace aimsdoc
