// Lstm<T>::backward: backpropagation through time over a recorded LstmTrace.
// Layers are processed top-down; within a layer each direction runs its own reversed time loop
// (lstm_kernels.cpp). The gradient of a layer's input feeds the layer below through its dropout
// mask; layer 0's becomes dL/dinput in the user's layout.
#include <string>

#include "core/common/error.h"
#include "core/nn/lstm.h"
#include "core/nn/lstm_kernels.h"
#include "core/nn/safe_resize.h"
#include "core/nn/sequence_layout.h"

namespace lstmviz::core {

namespace {
template <typename T>
void requireShape(const Tensor<T>* t, const Shape& expected, const char* name) {
  if (t && t->shape != expected)
    throw ShapeError(std::string("grad of ") + name + " must have the shape of " + name + " " +
                     shapeToString(expected) + ", got " + shapeToString(t->shape));
}
}  // namespace

template <typename T>
void Lstm<T>::backward(LstmTrace<T>& trace, const Tensor<T>* gradOutput, const Tensor<T>* gradHN,
                       const Tensor<T>* gradCN, LstmGradients<T>& grads) const {
  const LstmConfig& c = config_;
  if (!(trace.config == c) || trace.directions.empty())
    throw Error("backward needs the trace of a forward pass of this LSTM");
  const int64_t n = trace.batch, l = trace.steps, d = c.numDirections(), ln = l * n;
  const int64_t h = c.hiddenSize, hOut = c.outputSize(), count = d * c.numLayers;
  SequenceLayout layout{n, l, c.batchFirst, trace.unbatched};
  requireShape(gradOutput, layout.sequenceShape(d * hOut), "output");
  requireShape(gradHN, layout.stateShape(count, hOut), "h_n");
  requireShape(gradCN, layout.stateShape(count, h), "c_n");

  grads.parameters.assign(parameters_.size(), T(0));
  grads.h0 = Tensor<T>(layout.stateShape(count, hOut));
  grads.c0 = Tensor<T>(layout.stateShape(count, h));

  // dL/d(layer output), D·H_out × L·N; starts as dL/d(output), zero past each length.
  Matrix<T>& dLayerOutput = trace.scratchOutputGrad;
  Matrix<T>& dx = trace.scratchInputGrad;
  resizeSafely(dLayerOutput, d * hOut, ln);
  if (!gradOutput) dLayerOutput.setZero();
  if (gradOutput) {
    sequenceToColumns<T>(*gradOutput, layout, dLayerOutput);
    if (trace.packed())
      for (int64_t t = 0; t < l; ++t)
        for (int64_t b = 0; b < n; ++b)
          if (!trace.isActive(t, b)) dLayerOutput.col(t * n + b).setZero();
  }
  Matrix<T> dhState(hOut, n), dcState(h, n);

  for (int64_t k = c.numLayers - 1; k >= 0; --k) {
    const Matrix<T>& x = trace.layerInput[k];
    setZeroSafely(dx, x.rows(), ln);
    for (int64_t dir = 0; dir < d; ++dir) {
      const int64_t index = k * d + dir;
      if (gradHN)
        dhState = Eigen::Map<const Matrix<T>>(gradHN->ptr() + index * n * hOut, hOut, n);
      else
        setZeroSafely(dhState, hOut, n);
      if (gradCN)
        dcState = Eigen::Map<const Matrix<T>>(gradCN->ptr() + index * n * h, h, n);
      else
        setZeroSafely(dcState, h, n);
      const DirectionWeights<T> w(*this, k, dir);
      DirectionGradients<T> g(*this, k, dir, grads.parameters);
      backwardDirection<T>(w, g, x, dLayerOutput.middleRows(dir * hOut, hOut), trace,
                           trace.at(k, dir), dhState, dcState, dx);
      Eigen::Map<Matrix<T>>(grads.h0.ptr() + index * n * hOut, hOut, n) = dhState;
      Eigen::Map<Matrix<T>>(grads.c0.ptr() + index * n * h, h, n) = dcState;
    }
    if (k > 0) {
      dLayerOutput.swap(dx);  // dx is resized and zeroed for the next layer down
      if (!trace.dropoutMask.empty()) dLayerOutput.array() *= trace.dropoutMask[k].array();
    }
  }
  columnsToSequence<T>(dx, layout, grads.input);
}

template void Lstm<float>::backward(LstmTrace<float>&, const Tensor<float>*, const Tensor<float>*,
                                    const Tensor<float>*, LstmGradients<float>&) const;
template void Lstm<double>::backward(LstmTrace<double>&, const Tensor<double>*,
                                     const Tensor<double>*, const Tensor<double>*,
                                     LstmGradients<double>&) const;

}  // namespace lstmviz::core
