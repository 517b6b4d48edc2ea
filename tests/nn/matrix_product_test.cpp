// multiply: the large products, split between the calling thread's budget, each slice one
// single-threaded GEMM (OpenBLAS' or Eigen's, core/nn/gemm_kernel.h). Checked against Eigen's
// product in double for every storage order of A, B and C, blocks with an outer stride, C += A·B,
// an empty inner dimension, one and two threads; the split must not change the numbers a thread
// count gives from one run to the next.
#include "core/nn/matrix_product.h"

#include <gtest/gtest.h>

#include <Eigen/Core>

#include "core/nn/thread_budget.h"

namespace lstmviz::core {
namespace {

using ColMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic>;
using RowMajorMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

class MatrixProduct : public ::testing::TestWithParam<std::tuple<int, GemmKernel>> {
 protected:
  int threads() const { return std::get<0>(GetParam()); }
  GemmKernel kernel() const { return std::get<1>(GetParam()); }
};

TEST_P(MatrixProduct, EveryStorageOrderMatchesEigen) {
  const ThreadBudget budget(threads());
  const int64_t m = 70, k = 45, n = 130;  // odd sizes: slices of unequal width
  const ColMatrix a = ColMatrix::Random(m, k), b = ColMatrix::Random(k, n);
  const ColMatrix expected = a * b;
  const RowMajorMatrix aRow = a, bRow = b;
  for (const bool aRowMajor : {false, true}) {
    for (const bool bRowMajor : {false, true}) {
      const auto aOp = aRowMajor ? operandOf(aRow) : operandOf(a);
      const auto bOp = bRowMajor ? operandOf(bRow) : operandOf(b);
      ColMatrix c(m, n);
      multiply(aOp, bOp, operandOf(c), false, kernel());
      EXPECT_LT((c - expected).cwiseAbs().maxCoeff(), 1e-12) << aRowMajor << bRowMajor;
      RowMajorMatrix cRow(m, n);
      multiply(aOp, bOp, operandOf(cRow), false, kernel());
      EXPECT_LT((cRow - expected).cwiseAbs().maxCoeff(), 1e-12) << aRowMajor << bRowMajor;
    }
  }
}

TEST_P(MatrixProduct, TransposedBlocksAndAccumulationMatchEigen) {
  const ThreadBudget budget(threads());
  // dW += dA · Xᵀ with dA a block of a wider matrix and X read transposed (the weight gradient).
  const ColMatrix wide = ColMatrix::Random(96, 300), x = ColMatrix::Random(40, 200);
  const auto dA = wide.middleCols(50, 200);
  RowMajorMatrix dW = RowMajorMatrix::Random(96, 40);
  const RowMajorMatrix expected = dW + dA * x.transpose();
  multiply(operandOf(dA), operandOf(x).transposed(), operandOf(dW), true, kernel());
  EXPECT_LT((dW - expected).cwiseAbs().maxCoeff(), 1e-12);
}

TEST_P(MatrixProduct, AnEmptyInnerDimensionGivesZeroOrLeavesC) {
  const ThreadBudget budget(threads());
  const ColMatrix a(5, 0), b(0, 7);
  ColMatrix c = ColMatrix::Ones(5, 7);
  multiply(operandOf(a), operandOf(b), operandOf(c), true, kernel());
  EXPECT_EQ(c, ColMatrix::Ones(5, 7));
  multiply(operandOf(a), operandOf(b), operandOf(c), false, kernel());
  EXPECT_EQ(c, ColMatrix::Zero(5, 7));
}

TEST_P(MatrixProduct, RepeatsExactlyForAGivenThreadCount) {
  const ThreadBudget budget(threads());
  const Eigen::MatrixXf a = Eigen::MatrixXf::Random(512, 300),
                        b = Eigen::MatrixXf::Random(300, 640);
  Eigen::MatrixXf first(512, 640), second(512, 640);
  multiply(operandOf(a), operandOf(b), operandOf(first), false, kernel());
  multiply(operandOf(a), operandOf(b), operandOf(second), false, kernel());
  EXPECT_EQ(first, second);
}

INSTANTIATE_TEST_SUITE_P(ThreadsAndKernels, MatrixProduct,
                         ::testing::Combine(::testing::Values(1, 2),
                                            ::testing::Values(GemmKernel::kEigen,
                                                              GemmKernel::kOpenBlas)));

TEST(GemmChoice, NamesTheKernelItChose) {
  const GemmChoice& choice = gemmChoice();
  EXPECT_FALSE(choice.openBlasCore.empty());
  if (choice.kernel == GemmKernel::kOpenBlas) {
    EXPECT_NE(choice.description.find(choice.openBlasCore + " kernel"), std::string::npos);
  } else {
    EXPECT_EQ(choice.description.rfind("Eigen (", 0), 0u) << choice.description;
  }
}

}  // namespace
}  // namespace lstmviz::core
