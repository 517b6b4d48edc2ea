// LstmCell: the hand-written cell of the learners' notes equals nn.LSTM step by step, and its
// own backward passes a finite-difference check.
#include "core/nn/lstm_cell.h"

#include <gtest/gtest.h>

#include <random>

#include "core/common/error.h"
#include "core/nn/lstm.h"

namespace lstmviz::core {
namespace {

template <typename T>
Tensor<T> randomTensor(const Shape& shape, std::mt19937_64& rng) {
  std::normal_distribution<double> normal(0.0, 1.0);
  Tensor<T> t(shape);
  for (T& v : t.data) v = static_cast<T>(normal(rng));
  return t;
}

// Copies one (layer 0, forward) parameter set of an Lstm into a cell.
template <typename T>
void copyLayerIntoCell(const Lstm<T>& lstm, LstmCell<T>& cell) {
  cell.weightIh() = lstm.param(*lstm.findSpec("weight_ih_l0"));
  cell.weightHh() = lstm.param(*lstm.findSpec("weight_hh_l0"));
  cell.biasIh() = lstm.param(*lstm.findSpec("bias_ih_l0"));
  cell.biasHh() = lstm.param(*lstm.findSpec("bias_hh_l0"));
}

TEST(LstmCell, LoopOfCellsEqualsLstmLayer) {
  const int64_t in = 3, hidden = 5, n = 4, l = 6;
  LstmConfig config;
  config.inputSize = in;
  config.hiddenSize = hidden;
  Lstm<float> lstm(config);
  lstm.resetParameters(42);
  LstmCell<float> cell(in, hidden);
  copyLayerIntoCell(lstm, cell);

  std::mt19937_64 rng(1);
  Tensor<float> input = randomTensor<float>({l, n, in}, rng);
  LstmTrace<float> trace;
  LstmOutput<float> out = lstm.forward(input, trace);

  Tensor<float> h({n, hidden}), c({n, hidden});
  for (int64_t t = 0; t < l; ++t) {
    Tensor<float> x({n, in});
    std::copy(input.ptr() + t * n * in, input.ptr() + (t + 1) * n * in, x.ptr());
    std::tie(h, c) = cell.forward(x, &h, &c);
    for (int64_t i = 0; i < n * hidden; ++i)
      ASSERT_NEAR(h.data[i], out.output.data[t * n * hidden + i], 1e-6) << "step " << t;
  }
  for (int64_t i = 0; i < n * hidden; ++i) {
    EXPECT_NEAR(h.data[i], out.hN.data[i], 1e-6);
    EXPECT_NEAR(c.data[i], out.cN.data[i], 1e-6);
  }
}

TEST(LstmCell, UnbatchedInputGivesUnbatchedState) {
  LstmCell<float> cell(2, 3);
  cell.resetParameters(5);
  Tensor<float> x({2}, std::vector<float>{0.5f, -1.0f});
  auto [h, c] = cell.forward(x, nullptr, nullptr);
  EXPECT_EQ(h.shape, (Shape{3}));
  EXPECT_EQ(c.shape, (Shape{3}));
}

TEST(LstmCell, RejectsWrongInputWidthInTorchWords) {
  LstmCell<float> cell(4, 3);
  Tensor<float> x({2, 5});
  try {
    cell.forward(x, nullptr, nullptr);
    FAIL() << "no error";
  } catch (const ShapeError& e) {
    EXPECT_STREQ(e.what(), "input has inconsistent input_size: got 5 expected 4");
  }
}

TEST(LstmCell, BackwardMatchesFiniteDifferences) {
  const int64_t in = 3, hidden = 4, n = 2;
  LstmCell<double> cell(in, hidden);
  cell.resetParameters(9);
  std::mt19937_64 rng(2);
  Tensor<double> x = randomTensor<double>({n, in}, rng);
  Tensor<double> h = randomTensor<double>({n, hidden}, rng);
  Tensor<double> c = randomTensor<double>({n, hidden}, rng);
  Tensor<double> dH = randomTensor<double>({n, hidden}, rng);
  Tensor<double> dC = randomTensor<double>({n, hidden}, rng);
  auto loss = [&]() {
    auto [h2, c2] = cell.forward(x, &h, &c);
    double s = 0;
    for (int64_t i = 0; i < h2.numel(); ++i) s += h2.data[i] * dH.data[i] + c2.data[i] * dC.data[i];
    return s;
  };
  const LstmCellGradients<double> g = cell.backward(x, &h, &c, dH, dC);
  auto check = [&](double* values, const std::vector<double>& analytic, const char* what) {
    for (size_t i = 0; i < analytic.size(); ++i) {
      const double saved = values[i];
      values[i] = saved + 1e-6;
      const double up = loss();
      values[i] = saved - 1e-6;
      const double down = loss();
      values[i] = saved;
      ASSERT_NEAR(analytic[i], (up - down) / 2e-6, 1e-6) << what << "[" << i << "]";
    }
  };
  check(cell.weightIh().data(), g.weightIh.data, "weight_ih");
  check(cell.weightHh().data(), g.weightHh.data, "weight_hh");
  check(cell.biasIh().data(), g.biasIh.data, "bias_ih");
  check(cell.biasHh().data(), g.biasHh.data, "bias_hh");
  check(x.ptr(), g.input.data, "input");
  check(h.ptr(), g.h.data, "hx");
  check(c.ptr(), g.c.data, "cx");
}

}  // namespace
}  // namespace lstmviz::core
