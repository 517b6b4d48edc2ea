#pragma once
// Memory paths: which earlier steps an LSTM's outputs depend on, for the Memory view. Qt-free;
// everything is computed from the core's own forward, trace and backward.
//   connectivity        C[t, s] = ‖∂output[t] / ∂x[s]‖_F of one sample (Distill's "connectivity")
//   forgetSurvival      S[u, t, s] = ∏ f_r[u] over the steps between s and t: the share of the cell
//                       state written at step s still in c_t (forward: r = s+1..t)
//   attribution         gradient × input and integrated gradients of f(x) = Σ w ⊙ output(x)
//   hiddenStatePca      h_t of a batch on its two principal components
#include <array>
#include <cstdint>
#include <optional>
#include <type_traits>
#include <vector>

#include "core/common/tensor.h"
#include "core/nn/gate_clamp.h"
#include "core/nn/head_kind.h"
#include "core/nn/lstm.h"

namespace lstmviz::core {

// C[t, s] = sqrt(Σ_{j,f} J[t, j, s, f]²) from one sample's Jacobian (L, D·H_out, L, H_in)
// (lstmSampleJacobian or, faster, lstmSampleJacobianForward). Shape (L, L): lower-triangular for
// one direction, full for two; zero past a packed sample's length.
template <typename T>
Tensor<T> connectivity(const Tensor<T>& sampleJacobian);

// The same through a Linear head y_t = W output_t + b: C[t, s] = ‖W ∂output[t]/∂x[s]‖_F.
// headWeight: torch's (O, D·H_out) weight. Throws ShapeError when the widths differ.
template <typename T>
Tensor<T> headConnectivity(const Tensor<T>& sampleJacobian, const Tensor<T>& headWeight);

// Forget-gate survival of (layer, direction, sample) from a recorded trace, shape (H, L, L):
//   forward:  S[u, t, s] = ∏_{r=s+1}^{t} f_r[u]   for s ≤ t, else 0
//   reverse:  S[u, t, s] = ∏_{r=t}^{s-1} f_r[u]   for s ≥ t, else 0   (time runs backwards)
// (1 on the diagonal; 0 where s or t is past the sample's length). c_t = S·c_s + (what was
// written after s), so S is how much of c_s remains in c_t. Requires: valid indices.
template <typename T>
Tensor<T> forgetSurvival(const LstmTrace<T>& trace, int64_t layer, int64_t direction,
                         int64_t sample);

template <typename T>
struct Attribution {
  Tensor<T> attributions;    // the input's shape: contribution of each x[n, s, f]
  double value = 0;          // f(x)
  double baselineValue = 0;  // f(baseline)
  double sum = 0;            // Σ attributions; IG: ≈ value − baselineValue (completeness)
};

// f(x) = Σ outputWeights ⊙ output(x), outputWeights with output's shape (a one-hot picks one
// output; a Linear head's row v at the last step gives Wᵀv there — the head's bias cancels in
// f(x) − f(baseline)). h_0 / c_0, lengths and clamps are held fixed.
// Gradient × input: attributions = x ⊙ ∂f/∂x (baselineValue = f(0), sum not complete in general).
template <typename T>
Attribution<T> gradientTimesInput(const Lstm<T>& lstm, const Tensor<T>& input,
                                  const LstmState<std::type_identity_t<T>>* initial,
                                  const std::vector<int64_t>* lengths,
                                  const Tensor<T>& outputWeights,
                                  const std::vector<GateClamp>& clamps = {});

// The outputWeights that make f(x) = v · headInput(x) for a Linear head reading `kind` of the
// LSTM's result (head_kind.h), so that v = W[k, :] attributes the head's output k (its bias
// cancels in f(x) − f(baseline)). v: (D·H_out) for last and mean, (H_out) for hn, (L·D·H_out)
// for flatten. outputShape: the output's shape as forward returned it (batched), with
// batchFirst as in the config; lengths as given to forward. Per sample:
//   last     output[n, L−1]            (torch's output[:, -1]; zero past a packed length)
//   mean     output[n, t] / L for every t
//   flatten  output[n].reshape(-1)
//   hn       h_n[-1]: output[n, len_n − 1, :H_out] for one direction; for two, the reverse
//            direction's final state output[n, 0, H_out:]
//   seq      not a single vector: throws Error (pick a step and use a one-hot instead).
// Throws ShapeError when v's size does not fit.
template <typename T>
Tensor<T> headOutputWeights(HeadKind kind, const Tensor<T>& v, const Shape& outputShape,
                            bool batchFirst, int64_t directions,
                            const std::vector<int64_t>* lengths = nullptr);

// Integrated gradients with baseline x' (zeros when null) and `steps` = m intervals, trapezoid
// rule: attributions = (x − x') ⊙ Σ_{k=0..m} w_k ∂f/∂x(x' + (k/m)(x − x')), w_0 = w_m = 1/(2m),
// else 1/m. Completeness Σ attributions = f(x) − f(x') holds up to the O(1/m²) rule error.
// m + 1 forward/backward passes. Requires: steps ≥ 1.
template <typename T>
Attribution<T> integratedGradients(const Lstm<T>& lstm, const Tensor<T>& input,
                                   const LstmState<std::type_identity_t<T>>* initial,
                                   const std::vector<int64_t>* lengths,
                                   const Tensor<T>& outputWeights, int64_t steps,
                                   const Tensor<T>* baseline = nullptr,
                                   const std::vector<GateClamp>& clamps = {});

template <typename T>
struct HiddenPca {
  Tensor<T> projection;  // (N, L, 2): h_t of sample n on the two components; 0 past a length
  Tensor<T> components;  // (2, D·H_out) orthonormal; each one's largest-|·| entry is positive
                         // (the sign convention that keeps frames from flipping)
  Tensor<T> mean;        // (D·H_out) the centre, over every active (n, t)
  std::array<double, 2> explainedVariance{};  // eigenvalues of the covariance (1/count)
  double totalVariance = 0;                   // trace of the covariance
};

// PCA of layer `layer`'s h_t (both directions concatenated; -1 = the top layer) over every active
// step of every sample of a recorded trace. Requires: a trace from forward.
template <typename T>
HiddenPca<T> hiddenStatePca(const LstmTrace<T>& trace, int64_t layer = -1);

}  // namespace lstmviz::core
