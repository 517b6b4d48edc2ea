// PackedWeights against Eigen's own product: odd sizes (rows not a multiple of the kernel's
// panel height), depths spanning several cache blocks, both storage orders, float and double,
// and results written into a block of a wider matrix (the per-step use in the kernels).
#include "core/nn/packed_weights.h"

#include <gtest/gtest.h>

#include <Eigen/Core>

namespace lstmviz::core {
namespace {

template <typename T>
using Mat = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>;
template <typename T>
using RowMat = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

template <typename T>
void checkAgainstEigen(int64_t rows, int64_t depth, int64_t cols, bool rowMajor, double tol) {
  SCOPED_TRACE(testing::Message() << rows << "x" << depth << " * " << depth << "x" << cols
                                  << (rowMajor ? " row-major" : " column-major"));
  std::srand(7);
  const RowMat<T> aRow = RowMat<T>::Random(rows, depth);
  const Mat<T> aCol = aRow;
  // B and C are column blocks of wider matrices, as the steps' columns are.
  const Mat<T> bWide = Mat<T>::Random(depth, cols + 5);
  const Mat<T> cStart = Mat<T>::Random(rows, cols + 3);

  PackedWeights<T> packed;
  if (rowMajor)
    packed.pack(aRow.data(), rows, depth, depth, true);
  else
    packed.pack(aCol.data(), rows, depth, rows, false);
  ASSERT_EQ(packed.rows(), rows);
  ASSERT_EQ(packed.depth(), depth);

  Mat<T> c = cStart;
  Mat<T> scratch(packed.scratchSize(cols), 1);
  packed.multiplyAdd(bWide.data() + 2 * depth, depth, cols, c.data() + 1 * rows, rows,
                     scratch.data());

  Mat<T> expected = cStart;
  expected.middleCols(1, cols).noalias() += aRow * bWide.middleCols(2, cols);
  EXPECT_TRUE(c.col(0) == cStart.col(0));  // columns outside the block untouched
  EXPECT_TRUE(c.rightCols(2) == cStart.rightCols(2));
  const double err = (c - expected).cwiseAbs().maxCoeff();
  EXPECT_LT(err, tol * depth) << "max |difference| " << err;
}

TEST(PackedWeights, MatchesEigensProductForOddSizesAndBothLayouts) {
  for (bool rowMajor : {true, false}) {
    checkAgainstEigen<float>(200, 50, 10, rowMajor, 1e-6);  // tiny_stock's W_hh, 10 samples
    checkAgainstEigen<float>(4 * 13, 7, 3, rowMajor, 1e-6);
    checkAgainstEigen<float>(5, 52, 1, rowMajor, 1e-6);  // W_hhᵀ of a 13-unit LSTM, 1 sample
    checkAgainstEigen<double>(4 * 13, 7, 3, rowMajor, 1e-14);
    checkAgainstEigen<double>(37, 19, 17, rowMajor, 1e-14);
  }
}

TEST(PackedWeights, DepthsSpanningSeveralCacheBlocksAreSummedWhole) {
  // Deep enough that Eigen's depth block (kc) is smaller than the depth on any cache size.
  checkAgainstEigen<float>(64, 3000, 9, true, 1e-6);
  checkAgainstEigen<double>(29, 2500, 4, false, 1e-14);
}

TEST(PackedWeights, RepackingKeepsNothingOfTheOldMatrix) {
  const RowMat<float> a = RowMat<float>::Random(12, 6), b = RowMat<float>::Random(8, 6);
  const Mat<float> x = Mat<float>::Random(6, 2);
  PackedWeights<float> packed;
  packed.pack(a.data(), 12, 6, 6, true);
  packed.pack(b.data(), 8, 6, 6, true);  // smaller: the buffer shrinks with it
  Mat<float> c = Mat<float>::Zero(8, 2), scratch(packed.scratchSize(2), 1);
  packed.multiplyAdd(x.data(), 6, 2, c.data(), 8, scratch.data());
  EXPECT_LT((c - b * x).cwiseAbs().maxCoeff(), 1e-5);
}

}  // namespace
}  // namespace lstmviz::core
