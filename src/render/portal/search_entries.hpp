#pragma once
// What the search box can find: requirements, policies (by the words of their body),
// evidence items and the items of the other frameworks.
#include <string>
#include <vector>

#include "render/portal/portal_context.hpp"
#include "render/portal/search_index.hpp"

namespace aimsdoc::portal {

// `policy_words`: each policy's words, from rendering its page (parallel to policies),
// taken over. The other entries' words are numbered in `table`. The policies' entries
// are those of kind "policy", in the order of the policies.
std::vector<SearchEntry> search_entries(const PortalContext& ctx,
                                        std::vector<EntryWords>&& policy_words, WordTable& table);

}  // namespace aimsdoc::portal
