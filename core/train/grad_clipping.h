#pragma once
// Gradient clipping over a list of flat gradient buffers, as torch.nn.utils (torch 1.13).
//
// clipGradNorm = clip_grad_norm_(parameters, max_norm, norm_type):
//   ‖g_i‖_p per buffer, total = ‖(‖g_1‖_p, …, ‖g_k‖_p)‖_p      (p = ∞: max over all |g|)
//   clip_coef = max_norm / (total + 1e-6)                      (in T, as torch's float tensor)
//   every g *= min(clip_coef, 1)                               (torch multiplies always)
// clipGradValue = clip_grad_value_(parameters, clip_value): every g = clamp(g, −c, c).
// nan propagates as in torch (a nan norm makes every gradient nan unless errorIfNonfinite).
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace lstmviz::core {

struct GradNormReport {
  double normBefore = 0.0;  // total norm before clipping (what torch returns)
  double normAfter = 0.0;   // total norm after scaling
  double clipCoef = 1.0;    // min(max_norm / (normBefore + 1e-6), 1), the factor applied
  bool clipped = false;     // max_norm / (normBefore + 1e-6) < 1
};

inline constexpr double kInfNorm = std::numeric_limits<double>::infinity();

// Requires: maxNorm ≥ 0. normType > 0 or kInfNorm (Error otherwise). With errorIfNonfinite,
// throws Error (torch's message) when the total norm is nan or inf, leaving the gradients as they
// were. No buffers: returns zeros and changes nothing.
template <typename T>
GradNormReport clipGradNorm(const std::vector<std::span<T>>& grads, double maxNorm,
                            double normType = 2.0, bool errorIfNonfinite = false);

// Total p-norm of the buffers as clipGradNorm computes it (T precision), without clipping.
template <typename T>
double gradNorm(const std::vector<std::span<T>>& grads, double normType = 2.0);

// Returns how many elements were outside [−clipValue, clipValue] (and were clamped).
template <typename T>
int64_t clipGradValue(const std::vector<std::span<T>>& grads, double clipValue);

}  // namespace lstmviz::core
