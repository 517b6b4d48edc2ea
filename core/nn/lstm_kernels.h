#pragma once
// The per-(layer, direction) kernels behind Lstm<T>::forward and backward. Internal to core/nn.
#include <Eigen/Core>

#include "core/nn/lstm_trace.h"

namespace lstmviz::core {

template <typename T>
class Lstm;

// Read-only views of one (layer, direction)'s parameters with torch's shapes.
template <typename T>
struct DirectionWeights {
  DirectionWeights(const Lstm<T>& lstm, int64_t layer, int64_t direction);
  Eigen::Map<const RowMatrix<T>> wIh;  // 4H × in
  Eigen::Map<const RowMatrix<T>> wHh;  // 4H × H_out
  Eigen::Map<const RowMatrix<T>> wHr;  // P × H (0 × 0 without projection)
  Matrix<T> bias;                      // 4H × 1: b_ih + b_hh (empty without bias)
  bool hasBias;
  bool hasProjection;
};

// Writable views of the same parameters' gradients inside a flat gradient buffer.
template <typename T>
struct DirectionGradients {
  DirectionGradients(const Lstm<T>& lstm, int64_t layer, int64_t direction,
                     std::vector<T>& flatGradients);
  Eigen::Map<RowMatrix<T>> wIh;
  Eigen::Map<RowMatrix<T>> wHh;
  Eigen::Map<RowMatrix<T>> wHr;
  T* bIh;  // 4H, or null without bias
  T* bHh;
};

// Forward through time for one direction. Requires: tr's initial state slots are set; x is the
// layer input (in × L·N). Fills tr.gatesPre (if recorded), gates, cell, cellTanh, hiddenRaw,
// hidden. One GEMM for the input projection of all steps; no allocation in the time loop.
template <typename T>
void runDirection(const DirectionWeights<T>& w, const Matrix<T>& x, const LstmTrace<T>& trace,
                  DirectionTrace<T>& tr);

// BPTT for one direction. dOutput: dL/dh_t from above (H_out × L·N, this direction's rows of
// the layer output gradient). dhState, dcState: on entry dL/dh_n, dL/dc_n (H_out × N, H × N);
// on return dL/dh_0, dL/dc_0. Adds W_ih^T dA into dx (in × L·N) and writes the parameter
// gradients; fills tr.dGatesPre, dHidden and (if recorded) dCell.
template <typename T>
void backwardDirection(const DirectionWeights<T>& w, DirectionGradients<T>& g, const Matrix<T>& x,
                       const Eigen::Ref<const Matrix<T>>& dOutput, const LstmTrace<T>& trace,
                       DirectionTrace<T>& tr, Matrix<T>& dhState, Matrix<T>& dcState,
                       Matrix<T>& dx);

}  // namespace lstmviz::core
