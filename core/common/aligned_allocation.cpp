// Every C++ heap allocation of a program linked with lstmviz_core (lstmviz, lstmviz-cli, the
// tests) is aligned to 64 bytes, so that a run is exactly repeatable for a given seed and thread
// count.
//
// Why: Eigen's vectorised loops and reductions over a Map of a Tensor's std::vector first handle
// the elements before the first packet-aligned address one by one, then whole packets. malloc
// only promises 16 bytes, so which elements are peeled — and with them the order of a sum's
// additions and hence its last bit — depended on where the buffer happened to land in the heap,
// which shifts with anything allocated before it (issue 17: training on the same seed gave other
// weights when only the length of the --out name changed). With every buffer 64-byte aligned
// (a full AVX-512 packet) the peeling is the same in every run.
//
// Contract: the replaceable global operator new / delete ([new.delete]); allocations of fewer
// than 16 bytes, which hold no packet, keep malloc's alignment. Thread-safe as malloc is.
#include <cstdlib>
#include <new>

namespace {

constexpr std::size_t kAlignment = 64;
constexpr std::size_t kSmallest = 16;  // below this no SIMD packet fits

void* allocate(std::size_t size) {
  if (size < kSmallest) return std::malloc(size == 0 ? 1 : size);
  // aligned_alloc wants a multiple of the alignment.
  const std::size_t rounded = (size + kAlignment - 1) / kAlignment * kAlignment;
  return rounded < size ? nullptr : std::aligned_alloc(kAlignment, rounded);
}

void* allocateOrThrow(std::size_t size) {
  for (;;) {
    if (void* p = allocate(size)) return p;
    std::new_handler handler = std::get_new_handler();
    if (!handler) throw std::bad_alloc();
    handler();
  }
}

}  // namespace

void* operator new(std::size_t size) { return allocateOrThrow(size); }
void* operator new[](std::size_t size) { return allocateOrThrow(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return allocate(size); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return allocate(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
