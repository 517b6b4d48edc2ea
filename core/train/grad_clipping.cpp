#include "core/train/grad_clipping.h"

#include <algorithm>
#include <cmath>

#include "core/common/error.h"
#include "core/train/optimizer.h"

namespace lstmviz::core {

namespace {

// torch.max / torch.norm over a float tensor: nan wins.
double nanMax(double a, double b) { return (std::isnan(a) || a > b) ? a : b; }

// ‖values‖_p rounded to T (torch.norm of one float tensor), accumulated in double.
template <typename Range>
double pNorm(const Range& values, double normType, auto toT) {
  if (std::isinf(normType)) {
    double max = 0.0;
    for (auto v : values) max = nanMax(max, std::abs(static_cast<double>(v)));
    return toT(max);
  }
  double sum = 0.0;
  if (normType == 2.0) {
    for (auto v : values) sum += static_cast<double>(v) * static_cast<double>(v);
    return toT(std::sqrt(sum));
  }
  if (normType == 1.0) {
    for (auto v : values) sum += std::abs(static_cast<double>(v));
    return toT(sum);
  }
  for (auto v : values) sum += std::pow(std::abs(static_cast<double>(v)), normType);
  return toT(std::pow(sum, 1.0 / normType));
}

}  // namespace

template <typename T>
double gradNorm(const std::vector<std::span<T>>& grads, double normType) {
  if (!(normType > 0.0))
    throw Error("clip_grad_norm_: norm_type must be > 0 or inf, got " + pythonFloat(normType));
  auto toT = [](double x) { return static_cast<double>(static_cast<T>(x)); };
  std::vector<double> norms;
  norms.reserve(grads.size());
  for (const auto& g : grads) norms.push_back(pNorm(g, normType, toT));
  if (norms.empty()) return 0.0;
  if (norms.size() == 1) return norms[0];
  return pNorm(norms, normType, toT);
}

template <typename T>
GradNormReport clipGradNorm(const std::vector<std::span<T>>& grads, double maxNorm, double normType,
                            bool errorIfNonfinite) {
  GradNormReport report;
  if (!(maxNorm >= 0.0))
    throw Error("clip_grad_norm_: max_norm must be >= 0, got " + pythonFloat(maxNorm));
  const double total = gradNorm(grads, normType);
  if (grads.empty()) return report;
  if (errorIfNonfinite && !std::isfinite(total))
    throw Error("The total norm of order " + pythonFloat(normType) +
                " for gradients from `parameters` is non-finite, so it cannot be clipped. To "
                "disable this error and scale the gradients by the non-finite norm anyway, set "
                "`error_if_nonfinite=False`");
  // Float-tensor arithmetic, as torch: max_norm / (total_norm + 1e-6), clamp(max=1.0).
  const T coef = static_cast<T>(maxNorm) / (static_cast<T>(total) + static_cast<T>(1e-6));
  const T clamped = std::isnan(coef) ? coef : std::min(coef, T(1));
  for (const auto& g : grads)
    for (T& v : g) v = v * clamped;
  report.normBefore = total;
  report.clipCoef = static_cast<double>(clamped);
  report.clipped = coef < T(1);
  report.normAfter = gradNorm(grads, normType);
  return report;
}

template <typename T>
int64_t clipGradValue(const std::vector<std::span<T>>& grads, double clipValue) {
  const T hi = static_cast<T>(clipValue);
  const T lo = -hi;
  int64_t clamped = 0;
  for (const auto& g : grads) {
    for (T& v : g) {
      if (v < lo) {
        v = lo;
        ++clamped;
      } else if (v > hi) {
        v = hi;
        ++clamped;
      }
    }
  }
  return clamped;
}

template GradNormReport clipGradNorm<float>(const std::vector<std::span<float>>&, double, double,
                                            bool);
template GradNormReport clipGradNorm<double>(const std::vector<std::span<double>>&, double, double,
                                             bool);
template double gradNorm<float>(const std::vector<std::span<float>>&, double);
template double gradNorm<double>(const std::vector<std::span<double>>&, double);
template int64_t clipGradValue<float>(const std::vector<std::span<float>>&, double);
template int64_t clipGradValue<double>(const std::vector<std::span<double>>&, double);

}  // namespace lstmviz::core
