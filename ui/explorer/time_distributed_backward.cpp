#include "ui/explorer/time_distributed_backward.h"

#include <algorithm>
#include <cmath>

#include "core/data/seeded_random.h"
#include "core/nn/linear.h"

namespace lstmviz::ui {

namespace {

// output[n, t, k] whatever the layout (unbatched: N = 1).
float outputAt(const ExplorerSnapshot& s, int64_t n, int64_t t, int64_t k) {
  return s.layout().at(s.result.output, n, t, k);
}

}  // namespace

std::vector<double> timeDistributedUpstream(int64_t count, uint64_t seed) {
  core::SeededRandom random(seed * 7919 + 13);
  std::vector<double> g(static_cast<size_t>(count));
  for (double& v : g) v = random.uniform(-1.0, 1.0);
  return g;
}

template <typename T>
TimeDistributedGradient<T> compareTimeDistributedBackward(const ExplorerSnapshot& s,
                                                          int64_t outFeatures, uint64_t seed) {
  const int64_t n = s.batch(), l = s.steps();
  const int64_t w = s.result.output.shape.back();
  core::Linear<T> linear(w, outFeatures);
  linear.resetParameters(seed);
  const std::vector<double> upstream = timeDistributedUpstream(n * l * outFeatures, seed);
  // Column n·L + t of z and G: sample n, step t (the N·L rows of B).
  core::Matrix<T> z(w, n * l), g(outFeatures, n * l);
  for (int64_t b = 0; b < n; ++b)
    for (int64_t t = 0; t < l; ++t) {
      for (int64_t k = 0; k < w; ++k) z(k, b * l + t) = static_cast<T>(outputAt(s, b, t, k));
      for (int64_t o = 0; o < outFeatures; ++o)
        g(o, b * l + t) = static_cast<T>(upstream[(b * l + t) * outFeatures + o]);
    }

  TimeDistributedGradient<T> r;
  r.steps = l;
  r.outFeatures = outFeatures;
  r.inFeatures = w;
  // B: one backward over every row.
  const core::Matrix<T> dzB = linear.backward(z, g);
  r.weightGradientB.assign(linear.gradients().begin(),
                           linear.gradients().begin() + outFeatures * w);
  r.biasGradientB.assign(linear.gradients().begin() + outFeatures * w, linear.gradients().end());
  // A: one backward per step, summed over the steps.
  r.weightGradientA.assign(outFeatures * w, T(0));
  r.biasGradientA.assign(outFeatures, T(0));
  core::Matrix<T> zt(w, n), gt(outFeatures, n);
  for (int64_t t = 0; t < l; ++t) {
    for (int64_t b = 0; b < n; ++b) {
      zt.col(b) = z.col(b * l + t);
      gt.col(b) = g.col(b * l + t);
    }
    const core::Matrix<T> dzt = linear.backward(zt, gt);
    const std::vector<T>& grads = linear.gradients();
    T norm = 0;
    for (int64_t i = 0; i < outFeatures * w; ++i) {
      r.weightGradientA[i] += grads[i];
      norm += grads[i] * grads[i];
    }
    for (int64_t o = 0; o < outFeatures; ++o) r.biasGradientA[o] += grads[outFeatures * w + o];
    r.stepWeightGradient.push_back(grads[0]);
    r.stepWeightNorm.push_back(std::sqrt(norm));
    for (int64_t b = 0; b < n; ++b)
      for (int64_t k = 0; k < w; ++k)
        r.maxInputGradDifference = std::max(
            r.maxInputGradDifference, std::abs(static_cast<double>(dzt(k, b)) - dzB(k, b * l + t)));
  }
  for (int64_t i = 0; i < outFeatures * w; ++i) {
    r.maxWeightDifference =
        std::max(r.maxWeightDifference,
                 std::abs(static_cast<double>(r.weightGradientA[i]) - r.weightGradientB[i]));
    r.maxWeightGradient =
        std::max(r.maxWeightGradient, std::abs(static_cast<double>(r.weightGradientB[i])));
  }
  for (int64_t o = 0; o < outFeatures; ++o)
    r.maxBiasDifference =
        std::max(r.maxBiasDifference,
                 std::abs(static_cast<double>(r.biasGradientA[o]) - r.biasGradientB[o]));
  return r;
}

template TimeDistributedGradient<float> compareTimeDistributedBackward<float>(
    const ExplorerSnapshot&, int64_t, uint64_t);
template TimeDistributedGradient<double> compareTimeDistributedBackward<double>(
    const ExplorerSnapshot&, int64_t, uint64_t);

}  // namespace lstmviz::ui
