#pragma once
// A framework catalog (ISO/IEC 42001, the EU AI Act, NIST AI RMF ...): ids and titles as data.
#include <map>
#include <string>
#include <vector>

#include "util/source_location.hpp"

namespace aimsdoc {

// group: a heading (clause 4, objective A.2); clause: mandatory; control: excludable with a
// justification (what a Statement of Applicability records).
enum class ItemKind { Group, Clause, Control };
const char* item_kind_name(ItemKind k);

struct CatalogItem {
  std::string id;
  ItemKind kind = ItemKind::Clause;
  std::string parent;  // id of the enclosing group, "" at top level
  std::string title;
  std::string description;
  int depth = 0;  // 0 for top-level items
  SourceLocation location;
};

struct Framework {
  std::string id;  // qualifies ids: "iso42001:A.6.2.4"
  std::string name;
  std::string short_name;
  std::string version;
  std::string url;
  std::string source_path;
  std::string source_digest;                 // SHA-256 of the catalog as read
  std::vector<CatalogItem> items;            // document order
  std::map<std::string, std::size_t> index;  // id -> position in items

  // What pages call it: its short name, else its name.
  const std::string& label() const { return short_name.empty() ? name : short_name; }
  const CatalogItem* find(const std::string& item_id) const;
  // The nearest ancestor group with no parent (clause "6", objective "A.6").
  const CatalogItem* top_group_of(const CatalogItem& item) const;
};

// "iso42001:A.2.2" -> {"iso42001", "A.2.2"}; a bare id has an empty framework part.
struct QualifiedId {
  std::string framework;
  std::string id;
  std::string to_string() const { return framework.empty() ? id : framework + ":" + id; }
};
QualifiedId split_qualified_id(const std::string& text);

}  // namespace aimsdoc
