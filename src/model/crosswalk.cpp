#include "model/crosswalk.hpp"

namespace aimsdoc {

const char* relation_name(Relation r) {
  switch (r) {
    case Relation::Equivalent: return "equivalent";
    case Relation::Subset: return "subset";
    case Relation::Superset: return "superset";
    case Relation::Intersects: return "intersects";
    case Relation::None: return "none";
  }
  return "?";
}

bool parse_relation(const std::string& text, Relation& out) {
  for (Relation r : {Relation::Equivalent, Relation::Subset, Relation::Superset,
                     Relation::Intersects, Relation::None}) {
    if (text == relation_name(r)) {
      out = r;
      return true;
    }
  }
  return false;
}

bool is_known_confidence(const std::string& text) {
  for (const char* known : {"as-published", "high", "medium", "medium-low", "low"})
    if (text == known) return true;
  return false;
}

}  // namespace aimsdoc
