#pragma once
// The memory allocator: mimalloc in a normal build (CMakeLists.txt links it, and its
// malloc takes the C library's place), the C library's under the sanitizers, which bring
// their own. At 100,000 policies glibc's per-thread arenas held hundreds of MiB freed on
// one thread and never reused on another (bench/README.md, "Allocators").
#include <string>

namespace aimsdoc {

// "mimalloc 2.0.9" when a block malloc() gives lies in mimalloc's heap; "libc malloc"
// otherwise (so a build that links mimalloc without it taking effect says so).
std::string allocator_name();

// Hands memory this thread freed back to the system: after a huge document, so it does
// not stay with the thread that happened to parse it.
void release_freed_memory();

}  // namespace aimsdoc
