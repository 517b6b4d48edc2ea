// lstmJacobian (lstm_jacobian.h) against torch.autograd.functional.jacobian of nn.LSTM per sample
// (tests/fixtures/whatif/jacobian_*, make_whatif_fixtures.py: one / two layers, bidirectional,
// proj_size, batch_first and seq-first, initial state, packing, unbatched), and the memory paths
// built on it and on the trace (memory_paths.h): connectivity, forget-gate survival,
// gradient × input, integrated gradients' completeness (double) and the hidden-state PCA.
#include "core/nn/lstm_jacobian.h"

#include <gtest/gtest.h>

#include <Eigen/Eigenvalues>
#include <random>

#include "core/nn/lstm_edits.h"
#include "core/nn/memory_paths.h"
#include "tests/nn/whatif_fixture.h"

namespace lstmviz::core {
namespace {

using testing::allClose;
using testing::loadWhatIf;

const char* const kJacobianCases[] = {"base",
                                      "layers2_bidirectional_batch_first",
                                      "proj_bidirectional_initial",
                                      "layers2_proj_batch_first",
                                      "packed_bidirectional",
                                      "unbatched"};

template <typename T>
void expectJacobianMatchesTorch(const std::string& name, double tolerance) {
  const auto f = loadWhatIf<T>("jacobian_" + name);
  const Tensor<T> j = lstmJacobian(f.lstm, f.input, f.initialOrNull(), f.lengthsOrNull());
  EXPECT_TRUE(allClose(name + ".jacobian", j, f.file.getFloat("jacobian"), tolerance));
}

TEST(LstmJacobian, MatchesTorchAutogradJacobianPerSampleInFloat) {
  for (const char* name : kJacobianCases) expectJacobianMatchesTorch<float>(name, 2e-5);
}

TEST(LstmJacobian, MatchesTorchAutogradJacobianPerSampleInDouble) {
  for (const char* name : kJacobianCases) expectJacobianMatchesTorch<double>(name, 1e-6);
}

// Forward mode (tangents through the trace) against the same torch fixtures, sample by sample.
template <typename T>
void expectForwardModeMatchesTorch(const std::string& name, double tolerance) {
  const auto f = loadWhatIf<T>("jacobian_" + name);
  const Tensor<float> want = f.file.getFloat("jacobian");
  const int64_t n = want.shape[0], block = want.numel() / n;
  for (int64_t s = 0; s < n; ++s) {
    const Tensor<T> got =
        lstmSampleJacobianForward(f.lstm, f.input, f.initialOrNull(), f.lengthsOrNull(), s);
    const Tensor<float> wantSample(
        Shape(want.shape.begin() + 1, want.shape.end()),
        std::vector<float>(want.data.begin() + s * block, want.data.begin() + (s + 1) * block));
    EXPECT_TRUE(allClose(name + ".jacobian[" + std::to_string(s) + "] (forward mode)", got,
                         wantSample, tolerance));
  }
}

TEST(LstmJacobian, ForwardModeMatchesTorchToo) {
  for (const char* name : kJacobianCases) {
    expectForwardModeMatchesTorch<float>(name, 2e-5);
    expectForwardModeMatchesTorch<double>(name, 1e-6);
  }
}

TEST(LstmJacobian, ForwardAndReverseModeAgreeWithClampsInDouble) {
  const auto f = loadWhatIf<double>("jacobian_proj_bidirectional_initial");
  const std::vector<GateClamp> clamps{parseGateClamp("f@l0:u1:t1-3=1"),
                                      parseGateClamp("g@l0_reverse:u0:t2:n1=0.5"),
                                      parseKnockout("l0:u2").asClamp()};
  for (int64_t s = 0; s < 2; ++s) {
    const Tensor<double> reverse =
        lstmSampleJacobian(f.lstm, f.input, f.initialOrNull(), nullptr, s, clamps);
    const Tensor<double> forward =
        lstmSampleJacobianForward(f.lstm, f.input, f.initialOrNull(), nullptr, s, clamps);
    ASSERT_EQ(forward.shape, reverse.shape);
    for (size_t i = 0; i < forward.data.size(); ++i)
      EXPECT_NEAR(forward.data[i], reverse.data[i], 1e-13) << "sample " << s << " at " << i;
  }
}

TEST(LstmJacobian, ForwardAndReverseModeAgreeOnAPackedBatchWithAClampPastAShortLength) {
  const auto f = loadWhatIf<double>("jacobian_packed_bidirectional");  // lengths 5, 2, 4
  const std::vector<GateClamp> clamps{parseGateClamp("f@l0:u1:t1-4=1"),
                                      parseGateClamp("i@l0_reverse:u3:t3-4=0")};
  for (int64_t s = 0; s < 3; ++s) {
    const Tensor<double> reverse =
        lstmSampleJacobian(f.lstm, f.input, nullptr, f.lengthsOrNull(), s, clamps);
    const Tensor<double> forward =
        lstmSampleJacobianForward(f.lstm, f.input, nullptr, f.lengthsOrNull(), s, clamps);
    ASSERT_EQ(forward.shape, reverse.shape);
    for (size_t i = 0; i < forward.data.size(); ++i)
      EXPECT_NEAR(forward.data[i], reverse.data[i], 1e-13) << "sample " << s << " at " << i;
  }
}

TEST(LstmJacobian, RowsPerPassDoesNotChangeTheNumbers) {
  const auto f = loadWhatIf<double>("jacobian_proj_bidirectional_initial");
  const Tensor<double> one =
      lstmSampleJacobian(f.lstm, f.input, f.initialOrNull(), f.lengthsOrNull(), 1, {}, 1);
  const Tensor<double> many =
      lstmSampleJacobian(f.lstm, f.input, f.initialOrNull(), f.lengthsOrNull(), 1, {}, 7);
  ASSERT_EQ(one.shape, many.shape);
  for (size_t i = 0; i < one.data.size(); ++i) EXPECT_NEAR(one.data[i], many.data[i], 1e-14);
}

TEST(LstmJacobian, WithAClampEqualsFiniteDifferencesOfTheClampedForward) {
  auto f = loadWhatIf<double>("jacobian_base");
  const std::vector<GateClamp> clamps{parseGateClamp("f@l0:u1:t1-3=1"),
                                      parseKnockout("l0:u2").asClamp()};
  const Tensor<double> j =
      lstmSampleJacobian(f.lstm, f.input, f.initialOrNull(), f.lengthsOrNull(), 0, clamps);
  TraceOptions options;
  options.clamps = clamps;
  const int64_t l = 5, n = 2, hIn = 3, width = 4;
  for (int64_t s = 0; s < l; ++s)
    for (int64_t k = 0; k < hIn; ++k) {
      double& x = f.input.data[(s * n + 0) * hIn + k];
      const double saved = x, eps = 1e-6;
      LstmTrace<double> trace;
      x = saved + eps;
      const Tensor<double> up = f.lstm.forward(f.input, trace, nullptr, nullptr, options).output;
      x = saved - eps;
      const Tensor<double> down = f.lstm.forward(f.input, trace, nullptr, nullptr, options).output;
      x = saved;
      for (int64_t t = 0; t < l; ++t)
        for (int64_t r = 0; r < width; ++r) {
          const int64_t at = (t * n + 0) * width + r;
          EXPECT_NEAR(j.data[((t * width + r) * l + s) * hIn + k],
                      (up.data[at] - down.data[at]) / (2 * eps), 1e-8);
        }
    }
}

TEST(MemoryPaths, ConnectivityIsTheNormOfEachJacobianBlockAndCausalForOneDirection) {
  const auto f = loadWhatIf<double>("jacobian_base");
  const Tensor<double> j =
      lstmSampleJacobian(f.lstm, f.input, f.initialOrNull(), f.lengthsOrNull(), 1);
  const Tensor<double> c = connectivity(j);
  const int64_t l = 5, width = 4, hIn = 3;
  ASSERT_EQ(c.shape, (Shape{l, l}));
  for (int64_t t = 0; t < l; ++t)
    for (int64_t s = 0; s < l; ++s) {
      double sum = 0;
      for (int64_t r = 0; r < width; ++r)
        for (int64_t k = 0; k < hIn; ++k)
          sum += std::pow(j.data[((t * width + r) * l + s) * hIn + k], 2);
      EXPECT_NEAR(c.data[t * l + s], std::sqrt(sum), 1e-15);
      if (s > t) {
        EXPECT_EQ(c.data[t * l + s], 0.0) << "output " << t << " cannot see input " << s;
      } else {
        EXPECT_GT(c.data[t * l + s], 0.0);
      }
    }
  // Through a Linear head: the identity head is the output itself; a head reading one unit.
  Tensor<double> identity(Shape{width, width});
  for (int64_t r = 0; r < width; ++r) identity.data[r * width + r] = 1;
  const Tensor<double> same = headConnectivity(j, identity);
  for (size_t i = 0; i < c.data.size(); ++i) EXPECT_NEAR(same.data[i], c.data[i], 1e-14);
  EXPECT_THROW(headConnectivity(j, Tensor<double>(Shape{2, width + 1})), ShapeError);
}

TEST(MemoryPaths, ForgetSurvivalIsTheProductOfForgetGatesAndOneWhereFIsClampedToOne) {
  const auto f = loadWhatIf<double>("jacobian_packed_bidirectional");
  TraceOptions options;
  options.clamps = {parseGateClamp("f@l0:u1:t1-4=1")};
  LstmTrace<double> trace;
  f.lstm.forward(f.input, trace, nullptr, f.lengthsOrNull(), options);
  const int64_t h = 4, l = 5;
  const DirectionTrace<double>& fwd = trace.at(0, 0);
  const Tensor<double> s = forgetSurvival(trace, 0, 0, 0);  // sample 0: length 5
  ASSERT_EQ(s.shape, (Shape{h, l, l}));
  const auto at = [&](int64_t u, int64_t t, int64_t from) {
    return s.data[(u * l + t) * l + from];
  };
  EXPECT_DOUBLE_EQ(at(0, 3, 1), fwd.gates(h, fwd.column(2, 0)) * fwd.gates(h, fwd.column(3, 0)));
  EXPECT_EQ(at(0, 1, 3), 0.0);
  EXPECT_EQ(at(2, 2, 2), 1.0);
  EXPECT_EQ(at(1, 4, 0), 1.0);  // f = 1 from step 1 on: everything written at step 0 survives
  // Reverse direction: information flows from later s to earlier t.
  const DirectionTrace<double>& rev = trace.at(0, 1);
  const Tensor<double> r = forgetSurvival(trace, 0, 1, 0);
  EXPECT_DOUBLE_EQ(r.data[(0 * l + 1) * l + 3],
                   rev.gates(h, rev.column(1, 0)) * rev.gates(h, rev.column(2, 0)));
  EXPECT_EQ(r.data[(0 * l + 3) * l + 1], 0.0);
  // Sample 1 has length 2: nothing at steps 2..4.
  const Tensor<double> shortOne = forgetSurvival(trace, 0, 0, 1);
  EXPECT_EQ(shortOne.data[(0 * l + 3) * l + 1], 0.0);
  EXPECT_EQ(shortOne.data[(0 * l + 1) * l + 1], 1.0);
}

TEST(MemoryPaths, IntegratedGradientsAreCompleteToOneInTenThousandInDouble) {
  for (const char* name : {"layers2_bidirectional_batch_first", "proj_bidirectional_initial",
                           "packed_bidirectional"}) {
    const auto f = loadWhatIf<double>(std::string("jacobian_") + name);
    LstmTrace<double> trace;
    const Tensor<double> out =
        f.lstm.forward(f.input, trace, f.initialOrNull(), f.lengthsOrNull()).output;
    // f(x) = the last step's first output unit of every sample, plus 0.5 × unit 1 at step 1.
    Tensor<double> w(out.shape);
    const bool batchFirst = f.lstm.config().batchFirst;
    const int64_t n = batchFirst ? out.shape[0] : out.shape[1];
    const int64_t l = batchFirst ? out.shape[1] : out.shape[0], width = out.shape[2];
    for (int64_t b = 0; b < n; ++b) {
      const int64_t last = f.lengths ? (*f.lengths)[b] - 1 : l - 1;
      auto index = [&](int64_t t, int64_t j) {
        return ((batchFirst ? b * l + t : t * n + b) * width) + j;
      };
      w.data[index(last, 0)] = 1.0;
      w.data[index(1, 1)] = 0.5;
    }
    const Attribution<double> ig =
        integratedGradients(f.lstm, f.input, f.initialOrNull(), f.lengthsOrNull(), w, 256);
    const double expected = ig.value - ig.baselineValue;
    EXPECT_LE(std::abs(ig.sum - expected), 1e-4 * std::abs(expected)) << name;
    // Gradient × input: x ⊙ ∂f/∂x, with f(x) the same value.
    const Attribution<double> gxi =
        gradientTimesInput(f.lstm, f.input, f.initialOrNull(), f.lengthsOrNull(), w);
    EXPECT_DOUBLE_EQ(gxi.value, ig.value);
    EXPECT_DOUBLE_EQ(gxi.baselineValue, ig.baselineValue);
    LstmGradients<double> grads;
    f.lstm.backward(trace, &w, nullptr, nullptr, grads);
    for (size_t i = 0; i < f.input.data.size(); ++i)
      EXPECT_DOUBLE_EQ(gxi.attributions.data[i], f.input.data[i] * grads.input.data[i]);
  }
}

// Σ headOutputWeights ⊙ output = v · (what the head reads), each kind read independently.
TEST(MemoryPaths, HeadOutputWeightsGiveTheHeadsInputDotTheRow) {
  for (const char* name : {"layers2_bidirectional_batch_first", "packed_bidirectional", "base"}) {
    SCOPED_TRACE(name);
    const auto f = loadWhatIf<double>(std::string("jacobian_") + name);
    const LstmConfig& c = f.lstm.config();
    LstmTrace<double> trace;
    const LstmOutput<double> out = f.lstm.forward(f.input, trace, nullptr, f.lengthsOrNull());
    const Shape& s = out.output.shape;
    const int64_t n = c.batchFirst ? s[0] : s[1], l = c.batchFirst ? s[1] : s[0], width = s[2];
    const int64_t hOut = c.outputSize(), d = c.numDirections();
    auto output = [&](int64_t b, int64_t t, int64_t j) {
      return out.output.data[((c.batchFirst ? b * l + t : t * n + b) * width) + j];
    };
    auto weighted = [&](HeadKind kind, const Tensor<double>& v) {
      const Tensor<double> w = headOutputWeights(kind, v, s, c.batchFirst, d, f.lengthsOrNull());
      double sum = 0;
      for (size_t i = 0; i < w.data.size(); ++i) sum += w.data[i] * out.output.data[i];
      return sum;
    };
    auto row = [](int64_t size) {
      Tensor<double> v(Shape{size});
      for (int64_t i = 0; i < size; ++i) v.data[i] = 0.3 * i - 0.7;
      return v;
    };
    double last = 0, mean = 0, flatten = 0, hn = 0;
    const Tensor<double> v = row(width), vFlat = row(l * width), vHn = row(hOut);
    for (int64_t b = 0; b < n; ++b) {
      for (int64_t j = 0; j < width; ++j) {
        last += v.data[j] * output(b, l - 1, j);
        for (int64_t t = 0; t < l; ++t) {
          mean += v.data[j] * output(b, t, j) / l;
          flatten += vFlat.data[t * width + j] * output(b, t, j);
        }
      }
      // h_n[-1]: the top layer's last direction, read from h_n itself.
      const int64_t top = (c.numLayers * d - 1) * n;
      for (int64_t j = 0; j < hOut; ++j) hn += vHn.data[j] * out.hN.data[(top + b) * hOut + j];
    }
    EXPECT_NEAR(weighted(HeadKind::kLast, v), last, 1e-12);
    EXPECT_NEAR(weighted(HeadKind::kMean, v), mean, 1e-12);
    EXPECT_NEAR(weighted(HeadKind::kFlatten, vFlat), flatten, 1e-12);
    EXPECT_NEAR(weighted(HeadKind::kHn, vHn), hn, 1e-12);
    EXPECT_THROW(weighted(HeadKind::kSeq, v), Error);
    EXPECT_THROW(weighted(HeadKind::kHn, row(hOut + 1)), ShapeError);
  }
}

TEST(MemoryPaths, HiddenStatePcaIsTheTopTwoEigenvectorsWithAFixedSign) {
  const auto f = loadWhatIf<double>("jacobian_packed_bidirectional");
  LstmTrace<double> trace;
  f.lstm.forward(f.input, trace, nullptr, f.lengthsOrNull());
  const HiddenPca<double> pca = hiddenStatePca(trace);
  const int64_t width = 8, n = 3, l = 5;
  ASSERT_EQ(pca.projection.shape, (Shape{n, l, 2}));
  ASSERT_EQ(pca.components.shape, (Shape{2, width}));
  Eigen::Map<const Eigen::Matrix<double, 2, Eigen::Dynamic, Eigen::RowMajor>> v(
      pca.components.ptr(), 2, width);
  EXPECT_TRUE((v * v.transpose()).isIdentity(1e-12));
  for (int64_t k = 0; k < 2; ++k) {
    Eigen::Index largest = 0;
    v.row(k).cwiseAbs().maxCoeff(&largest);
    EXPECT_GT(v(k, largest), 0.0);
  }
  // The projections' variance along each component is its eigenvalue; their mean is zero; the
  // padded steps stay at the origin.
  double mean[2] = {0, 0}, var[2] = {0, 0};
  const int64_t count = 5 + 2 + 4;
  for (int64_t b = 0; b < n; ++b)
    for (int64_t t = 0; t < l; ++t)
      for (int64_t k = 0; k < 2; ++k) {
        const double p = pca.projection.data[(b * l + t) * 2 + k];
        if (t >= (*f.lengths)[b]) {
          EXPECT_EQ(p, 0.0);
          continue;
        }
        mean[k] += p / count;
        var[k] += p * p / count;
      }
  for (int64_t k = 0; k < 2; ++k) {
    EXPECT_NEAR(mean[k], 0.0, 1e-12);
    EXPECT_NEAR(var[k], pca.explainedVariance[k], 1e-12);
  }
  EXPECT_GE(pca.explainedVariance[0], pca.explainedVariance[1]);
  EXPECT_LE(pca.explainedVariance[0] + pca.explainedVariance[1], pca.totalVariance + 1e-12);
}

}  // namespace
}  // namespace lstmviz::core
