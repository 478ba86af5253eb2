#include "render/portal/markdown_arena.hpp"

#include <cstring>
#include <memory>
#include <new>
#include <vector>

#include "util/allocator.hpp"

namespace aimsdoc::portal {
namespace {

constexpr std::size_t kAlign = 16;
constexpr std::size_t kHeader = kAlign;      // holds the allocation's size, for realloc
constexpr std::size_t kBlockSize = 1 << 18;  // 256 KiB; a policy needs a few blocks
constexpr std::size_t kKeptBlocks = 64;      // 16 MiB kept per thread between documents
constexpr std::size_t kTrimAfter = std::size_t{64} << 20;

std::size_t round_up(std::size_t n) { return (n + kAlign - 1) & ~(kAlign - 1); }

class Arena {
 public:
  void* allocate(std::size_t size) {
    std::size_t need = kHeader + round_up(size);
    if (need < size) return nullptr;  // overflow
    char* base = take(need);
    if (!base) return nullptr;
    std::memcpy(base, &size, sizeof size);
    last_ = base + kHeader;
    return last_;
  }

  void* reallocate(void* ptr, std::size_t size) {
    if (!ptr) return allocate(size);
    auto* p = static_cast<char*>(ptr);
    std::size_t old = size_of(p);
    // cmark grows its buffers by realloc: the last allocation grows in place when it can.
    if (p == last_ && !blocks_.empty()) {
      Block& b = blocks_[current_];
      std::size_t start = static_cast<std::size_t>(p - b.data.get());
      if (start + round_up(size) <= b.size && start + round_up(size) >= start) {
        b.used = start + round_up(size);
        std::memcpy(p - kHeader, &size, sizeof size);
        return p;
      }
    }
    void* fresh = allocate(size);
    if (fresh) std::memcpy(fresh, p, old < size ? old : size);
    return fresh;
  }

  void reset() {
    // Oversized one-off blocks go back to the system; up to kKeptBlocks standard ones are
    // kept for the next document. Keeping them all held a huge document's memory on each
    // thread that ever parsed it (a 16 MiB policy of links needs gigabytes).
    std::size_t keep = 0, dropped = 0;
    for (auto& b : blocks_) {
      if (b.size == kBlockSize && keep < kKeptBlocks)
        blocks_[keep++] = {std::move(b.data), b.size, 0};
      else
        dropped += b.size;
    }
    blocks_.resize(keep);
    // The allocator keeps what a thread frees for that thread: without a release, the next
    // huge document, parsed on another thread, would add its gigabytes to these.
    if (dropped > kTrimAfter) release_freed_memory();
    current_ = 0;
    last_ = nullptr;
  }

 private:
  struct Block {
    std::unique_ptr<char[]> data;
    std::size_t size = 0, used = 0;
  };

  static std::size_t size_of(char* p) {
    std::size_t size;
    std::memcpy(&size, p - kHeader, sizeof size);
    return size;
  }

  char* take(std::size_t need) {
    for (; current_ < blocks_.size(); ++current_) {
      Block& b = blocks_[current_];
      if (b.size - b.used >= need) {
        char* out = b.data.get() + b.used;
        b.used += need;
        return out;
      }
      if (b.used == 0 && need > b.size) break;  // too big for any standard block
    }
    std::size_t size = need > kBlockSize ? need : kBlockSize;
    std::unique_ptr<char[]> data(new (std::nothrow) char[size]);
    if (!data) return nullptr;
    // The new block goes in at the current position, before the standard blocks not used
    // yet, which stay available after it; an oversized one is dropped at reset().
    blocks_.insert(blocks_.begin() + static_cast<std::ptrdiff_t>(current_),
                   {std::move(data), size, need});
    return blocks_[current_].data.get();
  }

  std::vector<Block> blocks_;
  std::size_t current_ = 0;
  char* last_ = nullptr;
};

thread_local Arena arena;

void* arena_calloc(std::size_t count, std::size_t size) {
  if (size != 0 && count > static_cast<std::size_t>(-1) / size) return nullptr;
  void* p = arena.allocate(count * size);
  if (p) std::memset(p, 0, count * size);
  return p;
}

void* arena_realloc(void* p, std::size_t size) { return arena.reallocate(p, size); }

void arena_free(void*) {}

cmark_mem arena_mem = {arena_calloc, arena_realloc, arena_free};

}  // namespace

cmark_mem* thread_arena() { return &arena_mem; }

void reset_thread_arena() { arena.reset(); }

}  // namespace aimsdoc::portal
