#include "util/allocator.hpp"

#include <malloc.h>

#include <cstdlib>

#ifdef AIMSDOC_MIMALLOC
#include <mimalloc.h>
#endif

#include "util/text.hpp"

namespace aimsdoc {

std::string allocator_name() {
#ifdef AIMSDOC_MIMALLOC
  auto* probe = static_cast<char*>(std::malloc(1));
  if (probe) *probe = 0;  // the check reads only the address; GCC cannot tell
  bool ours = probe && mi_is_in_heap_region(probe);
  std::free(probe);
  int v = mi_version();  // 209 for 2.0.9
  if (ours) return "mimalloc " + dotted(v / 100, v / 10 % 10, v % 10);
#endif
  return "libc malloc";
}

void release_freed_memory() {
#ifdef AIMSDOC_MIMALLOC
  mi_collect(true);
#else
  malloc_trim(0);
#endif
}

}  // namespace aimsdoc
