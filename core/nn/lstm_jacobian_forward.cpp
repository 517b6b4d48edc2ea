// lstmSampleJacobian in forward mode: tangents of the input pushed through the recorded trace of
// one sample (see lstm_jacobian.h). One tangent column per input element (s, f), K = L·H_in.
//
// Tangent equations for one (layer, direction) and step t, with the trace's i, f, g, o, c_{t-1},
// c_t, tanh(c_t) of the sample (column vectors broadcast over the K columns), ẋ the tangent of
// the layer input and ḣ, ċ the tangents of the state:
//   ȧ   = W_ih ẋ_t + W_hh ḣ_{t-1}
//   di  = i(1−i) ȧ_i,  df = f(1−f) ȧ_f,  dg = (1−g²) ȧ_g,  do = o(1−o) ȧ_o   (0 for a clamped gate)
//   ċ_t = df ⊙ c_{t-1} + f ⊙ ċ_{t-1} + di ⊙ g + i ⊙ dg
//   ṁ_t = do ⊙ tanh(c_t) + o ⊙ (1 − tanh²(c_t)) ⊙ ċ_t
//   ḣ_t = W_hr ṁ_t (projection) or ṁ_t
// Causality keeps most columns zero: the forward direction at step t only sees inputs s ≤ t and
// the reverse direction of layer 0 only s ≥ t, so each step works on that column range alone.
#include <algorithm>

#include "core/nn/lstm_jacobian.h"
#include "core/nn/lstm_kernels.h"
#include "core/nn/matrix_product.h"

namespace lstmviz::core {

template <typename T>
Tensor<T> lstmSampleJacobianForwardMode(const Lstm<T>& lstm, const LstmTrace<T>& trace,
                                        int64_t fullSteps) {
  const LstmConfig& c = lstm.config();
  assert(trace.batch == 1);
  const int64_t l = trace.steps, hIn = c.inputSize, k = l * hIn, h = c.hiddenSize;
  const int64_t hOut = c.outputSize(), d = c.numDirections(), width = d * hOut;
  // Layer input tangent: rows in_k, columns t·K + (s·H_in + f).
  Matrix<T> xDot = Matrix<T>::Zero(hIn, l * k);
  for (int64_t t = 0; t < l; ++t)
    for (int64_t f = 0; f < hIn; ++f) xDot(f, t * k + t * hIn + f) = T(1);
  Matrix<T> yDot, aDot(4 * h, k), cDot(h, k), cNext(h, k), mDot(h, k), hDot(hOut, k);
  Matrix<T> hNext(hOut, k);
  for (int64_t layer = 0; layer < c.numLayers; ++layer) {
    yDot.setZero(width, l * k);
    for (int64_t dir = 0; dir < d; ++dir) {
      const DirectionTrace<T>& tr = trace.at(layer, dir);
      const DirectionWeights<T> w(lstm, layer, dir);
      cDot.setZero();
      hDot.setZero();
      for (int64_t step = 0; step < l; ++step) {
        const int64_t t = tr.reverse ? l - 1 - step : step;
        // Columns that can be non-zero at step t (see the comment above).
        int64_t c0 = 0, c1 = k;
        if (!c.bidirectional || layer == 0) {
          if (tr.reverse)
            c0 = t * hIn;
          else
            c1 = (t + 1) * hIn;
        }
        const int64_t n = c1 - c0;
        auto a = aDot.middleCols(c0, n);
        multiply(operandOf(w.wIh), operandOf(xDot.middleCols(t * k + c0, n)), operandOf(a), false);
        multiply(operandOf(w.wHh), operandOf(hDot.middleCols(c0, n)), operandOf(a), true);
        const auto gates = tr.gates.col(t).array();
        const auto i = gates.segment(0, h), f = gates.segment(h, h), g = gates.segment(2 * h, h),
                   o = gates.segment(3 * h, h);
        Eigen::Array<T, Eigen::Dynamic, 1> slope(4 * h);
        slope << i * (T(1) - i), f * (T(1) - f), T(1) - g.square(), o * (T(1) - o);
        for (const GateClamp& clamp : trace.options.clamps)
          if (clamp.layer == layer && clamp.direction == dir && clamp.covers(t))
            slope(clamp.row(h)) = T(0);
        a.array().colwise() *= slope;
        const auto cPrev = tr.cell.col(tr.previousBlock(t)).array();
        const auto cTanh = tr.cellTanh.col(t).array();
        auto cn = cNext.middleCols(c0, n).array();
        cn = a.topRows(h).array().colwise() * g.matrix().array();
        cn += a.middleRows(2 * h, h).array().colwise() * i;
        cn += a.middleRows(h, h).array().colwise() * cPrev;
        cn += cDot.middleCols(c0, n).array().colwise() * f;
        auto m = mDot.middleCols(c0, n).array();
        m = a.bottomRows(h).array().colwise() * cTanh;
        m += cn.colwise() * (o * (T(1) - cTanh.square()));
        cDot.middleCols(c0, n) = cNext.middleCols(c0, n);
        if (w.hasProjection)
          multiply(operandOf(w.wHr), operandOf(mDot.middleCols(c0, n)),
                   operandOf(hDot.middleCols(c0, n)), false);
        else
          hDot.middleCols(c0, n) = mDot.middleCols(c0, n);
        yDot.block(dir * hOut, t * k + c0, hOut, n) = hDot.middleCols(c0, n);
      }
    }
    xDot.swap(yDot);
  }
  // xDot now holds the top layer's output tangent: J[t, j, s, f] = xDot(j, t·K + s·H_in + f).
  Tensor<T> j(Shape{fullSteps, width, fullSteps, hIn});
  for (int64_t t = 0; t < l; ++t)
    for (int64_t r = 0; r < width; ++r)
      for (int64_t s = 0; s < l; ++s)
        for (int64_t f = 0; f < hIn; ++f)
          j.data[((t * width + r) * fullSteps + s) * hIn + f] = xDot(r, t * k + s * hIn + f);
  return j;
}

template Tensor<float> lstmSampleJacobianForwardMode<float>(const Lstm<float>&,
                                                            const LstmTrace<float>&, int64_t);
template Tensor<double> lstmSampleJacobianForwardMode<double>(const Lstm<double>&,
                                                              const LstmTrace<double>&, int64_t);

}  // namespace lstmviz::core
