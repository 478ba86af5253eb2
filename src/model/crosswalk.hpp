#pragma once
// Crosswalks: sourced, typed mapping rows from the primary framework to another one.
#include <map>
#include <string>
#include <vector>

#include "util/source_location.hpp"

namespace aimsdoc {

// OSCAL mapping-model vocabulary; `None` records that an item has no counterpart.
enum class Relation { Equivalent, Subset, Superset, Intersects, None };
const char* relation_name(Relation r);
bool parse_relation(const std::string& text, Relation& out);

struct CrosswalkSource {
  std::string key, title, url, authority;
};

struct Mapping {
  std::string from, to;  // bare ids in the crosswalk's `from` and `to` frameworks
  Relation relation = Relation::Intersects;
  std::string source;  // key into Crosswalk::sources
  std::string confidence;
  std::string note;
  SourceLocation location;
};

// Confidence in a row, as the crosswalk's author rates it.
bool is_known_confidence(
    const std::string& text);  // as-published | high | medium | medium-low | low

// An external item whose mapped primary items together satisfy it, though no single row is
// `equivalent` or `superset`; `note` says why (required).
struct SufficientSet {
  std::string to, note;
  SourceLocation location;
};

struct Crosswalk {
  std::string from_framework, to_framework, title, source_path;
  std::map<std::string, CrosswalkSource> sources;
  std::vector<Mapping> mappings;  // file order
  std::vector<SufficientSet> sufficient;
  SourceLocation location;
  std::string source_digest;  // SHA-256 of the file as read
};

// A row seen from one requirement: which crosswalk, which row.
struct MappingRef {
  std::size_t crosswalk = 0;
  std::size_t mapping = 0;
};

}  // namespace aimsdoc
