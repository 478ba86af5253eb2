#pragma once
// Name-based UUIDs (RFC 4122 version 5, SHA-1): the same name always gives the same UUID,
// so an export is byte-identical for the same input and its items keep their identity
// across builds.
#include <string>
#include <string_view>

namespace aimsdoc {

// SHA-1 (FIPS 180-4) of `data`, 20 bytes. Used for UUIDs only, never for integrity.
std::string sha1_bytes(std::string_view data);

// "xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx" for `name` in the namespace `namespace_uuid`
// (itself in that text form).
std::string uuid_v5(std::string_view namespace_uuid, std::string_view name);

}  // namespace aimsdoc
