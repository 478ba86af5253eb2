#include "util/name_collisions.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace aimsdoc {

std::string collision_key(std::string_view name) {
  bool ascii = true;
  for (char c : name) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {  // the common case, without ICU
    std::string out(name);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(name);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  icu::UnicodeString key = nfc->normalize(text, status);
  key.foldCase();
  key = nfc->normalize(key, status);
  if (U_FAILURE(status)) return std::string(name);
  std::string out;
  key.toUTF8String(out);
  return out;
}

}  // namespace aimsdoc
