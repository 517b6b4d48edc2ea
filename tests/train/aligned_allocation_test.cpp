// core/common/aligned_allocation.cpp: every heap buffer that can hold a SIMD packet starts on a
// 64-byte boundary, whatever was allocated before it — the reason a training run is repeatable
// bit for bit (Eigen peels the elements before the first aligned address one by one).
#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace lstmviz::core {
namespace {

bool aligned64(const void* p) { return reinterpret_cast<std::uintptr_t>(p) % 64 == 0; }

TEST(AlignedAllocation, EveryBufferOfAtLeastSixteenBytesStartsOn64Bytes) {
#ifdef LSTMVIZ_SANITIZED
  // AddressSanitizer brings its own global operator new, which takes precedence over the
  // program's: under it allocations have ASan's alignment, and this guarantee is not in force.
  GTEST_SKIP() << "the sanitizer's operator new replaces core/common/aligned_allocation.cpp";
#endif
  std::vector<std::unique_ptr<std::string>> clutter;  // small allocations in between
  std::vector<std::vector<float>> buffers;
  for (size_t n = 4; n < 600; n += 3) {
    clutter.push_back(std::make_unique<std::string>(n % 23, 'x'));
    buffers.emplace_back(n, 1.0f);
    ASSERT_TRUE(aligned64(buffers.back().data())) << n << " floats";
  }
  const auto array = std::make_unique<double[]>(5);
  EXPECT_TRUE(aligned64(array.get()));
}

}  // namespace
}  // namespace lstmviz::core
