#pragma once
// torch.nn.init for one row-major weight block W (rows × cols, a torch 2-D tensor: fan_in = cols,
// fan_out = rows, as torch's _calculate_fan_in_and_fan_out). Pass Lstm::param(spec) or any
// row-major Eigen block. Random numbers come from the given std::mt19937_64: the values differ
// from torch's generator, the distributions are the same. Each function fills W entirely; a
// zero-element W is left alone (torch warns and does nothing).
//
//   uniform(a, b)        W ~ U(a, b)
//   normal(μ, σ)         W ~ N(μ, σ²)
//   lstmDefault(H)       W ~ U(−1/√H, 1/√H)                   (nn.LSTM.reset_parameters)
//   xavierUniform(gain)  W ~ U(−a, a),  a = gain·√(6 / (fan_in + fan_out))
//   xavierNormal(gain)   W ~ N(0, σ²),  σ = gain·√(2 / (fan_in + fan_out))
//   kaimingUniform       W ~ U(−b, b),  b = √3 · gain / √fan,  gain = calculateGain(nl, a)
//   kaimingNormal        W ~ N(0, σ²),  σ = gain / √fan,       fan = fan_in or fan_out (mode)
//   orthogonal(gain)     W = gain · Q, Q from the QR of a (rows × cols) standard normal matrix
//                        (transposed first when rows < cols), columns of Q multiplied by the
//                        signs of diag(R) (torch's correction, making Q uniform (Haar)); so
//                        QᵀQ = I when rows ≥ cols, QQᵀ = I otherwise.
#include <Eigen/Core>
#include <cstdint>
#include <limits>
#include <random>

#include "core/nn/lstm_trace.h"

namespace lstmviz::core {

using InitRng = std::mt19937_64;

enum class Nonlinearity { kLinear, kSigmoid, kTanh, kRelu, kLeakyRelu, kSelu };
enum class FanMode { kFanIn, kFanOut };

// torch.nn.init.calculate_gain: linear, sigmoid 1; tanh 5/3; relu √2; selu 3/4;
// leaky_relu √(2 / (1 + slope²)) with slope = param, or 0.01 when param is nan (None).
double calculateGain(Nonlinearity nonlinearity,
                     double param = std::numeric_limits<double>::quiet_NaN());

template <typename T>
void uniformInit(Eigen::Ref<RowMatrix<T>> w, double low, double high, InitRng& rng);
template <typename T>
void normalInit(Eigen::Ref<RowMatrix<T>> w, double mean, double std, InitRng& rng);
template <typename T>
void constantInit(Eigen::Ref<RowMatrix<T>> w, double value);
// U(−1/√H, 1/√H): torch's default for every nn.LSTM parameter (H = hidden_size, also with
// proj_size > 0). Throws Error unless hiddenSize > 0.
template <typename T>
void lstmDefaultInit(Eigen::Ref<RowMatrix<T>> w, int64_t hiddenSize, InitRng& rng);
template <typename T>
void xavierUniform(Eigen::Ref<RowMatrix<T>> w, double gain, InitRng& rng);
template <typename T>
void xavierNormal(Eigen::Ref<RowMatrix<T>> w, double gain, InitRng& rng);
// Defaults as torch: a = 0, mode fan_in, nonlinearity leaky_relu.
template <typename T>
void kaimingUniform(Eigen::Ref<RowMatrix<T>> w, InitRng& rng, double a = 0.0,
                    FanMode mode = FanMode::kFanIn,
                    Nonlinearity nonlinearity = Nonlinearity::kLeakyRelu);
template <typename T>
void kaimingNormal(Eigen::Ref<RowMatrix<T>> w, InitRng& rng, double a = 0.0,
                   FanMode mode = FanMode::kFanIn,
                   Nonlinearity nonlinearity = Nonlinearity::kLeakyRelu);
template <typename T>
void orthogonalInit(Eigen::Ref<RowMatrix<T>> w, double gain, InitRng& rng);
// W_hh (4H × H_out) gate by gate: each H × H_out block (i, f, g, o) gets its own orthogonal
// matrix, as one would call torch's orthogonal_ on weight_hh[k*H:(k+1)*H]. Throws Error unless
// rows is a multiple of 4.
template <typename T>
void orthogonalGateBlocks(Eigen::Ref<RowMatrix<T>> w, double gain, InitRng& rng);

}  // namespace lstmviz::core
