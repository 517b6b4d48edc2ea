#include "core/nn/lstm_kernels.h"

#include "core/nn/lstm.h"

namespace lstmviz::core {

namespace {

template <typename T, typename Spec>
Eigen::Map<const RowMatrix<T>> constView(const std::vector<T>& flat, const Spec* spec) {
  if (!spec) return {nullptr, 0, 0};
  const int64_t cols = spec->shape.size() == 2 ? spec->shape[1] : 1;
  return {flat.data() + spec->offset, spec->shape[0], cols};
}

template <typename T, typename Spec>
Eigen::Map<RowMatrix<T>> mutableView(std::vector<T>& flat, const Spec* spec) {
  if (!spec) return {nullptr, 0, 0};
  const int64_t cols = spec->shape.size() == 2 ? spec->shape[1] : 1;
  return {flat.data() + spec->offset, spec->shape[0], cols};
}

}  // namespace

template <typename T>
DirectionWeights<T>::DirectionWeights(const Lstm<T>& lstm, int64_t layer, int64_t direction)
    : wIh(constView(lstm.parameters(), lstm.findSpec(layer, direction, LstmParamKind::kWeightIh))),
      wHh(constView(lstm.parameters(), lstm.findSpec(layer, direction, LstmParamKind::kWeightHh))),
      wHr(constView(lstm.parameters(), lstm.findSpec(layer, direction, LstmParamKind::kWeightHr))),
      hasBias(lstm.config().bias),
      hasProjection(lstm.config().projSize > 0) {
  if (hasBias) {
    bias = constView(lstm.parameters(), lstm.findSpec(layer, direction, LstmParamKind::kBiasIh)) +
           constView(lstm.parameters(), lstm.findSpec(layer, direction, LstmParamKind::kBiasHh));
  }
}

template <typename T>
DirectionGradients<T>::DirectionGradients(const Lstm<T>& lstm, int64_t layer, int64_t direction,
                                          std::vector<T>& flat)
    : wIh(mutableView(flat, lstm.findSpec(layer, direction, LstmParamKind::kWeightIh))),
      wHh(mutableView(flat, lstm.findSpec(layer, direction, LstmParamKind::kWeightHh))),
      wHr(mutableView(flat, lstm.findSpec(layer, direction, LstmParamKind::kWeightHr))),
      bIh(nullptr),
      bHh(nullptr) {
  if (const auto* s = lstm.findSpec(layer, direction, LstmParamKind::kBiasIh))
    bIh = flat.data() + s->offset;
  if (const auto* s = lstm.findSpec(layer, direction, LstmParamKind::kBiasHh))
    bHh = flat.data() + s->offset;
}

template <typename T>
void runDirection(const DirectionWeights<T>& w, const Matrix<T>& x, const LstmTrace<T>& trace,
                  DirectionTrace<T>& tr) {
  const int64_t n = tr.batch, l = tr.steps, h = w.wHh.rows() / 4;
  const bool separatePre = trace.options.recordPreActivations;
  Matrix<T>& pre = separatePre ? tr.gatesPre : tr.gates;

  // Input projection of all steps at once: a = W_ih X (+ b_ih + b_hh).
  pre.noalias() = w.wIh * x;
  if (w.hasBias) pre.colwise() += w.bias.col(0);

  for (int64_t s = 0; s < l; ++s) {
    const int64_t t = tr.reverse ? l - 1 - s : s;
    auto a = pre.middleCols(t * n, n);
    a.noalias() += w.wHh * tr.hidden.middleCols(tr.previousBlock(t) * n, n);

    auto gates = tr.gates.middleCols(t * n, n);
    gates.topRows(2 * h) = a.topRows(2 * h).array().logistic();       // i, f
    gates.middleRows(2 * h, h) = a.middleRows(2 * h, h).array().tanh();  // g
    gates.bottomRows(h) = a.bottomRows(h).array().logistic();         // o

    auto cPrev = tr.cell.middleCols(tr.previousBlock(t) * n, n);
    auto cNew = tr.cell.middleCols(tr.stateBlock(t) * n, n);
    cNew = gates.middleRows(h, h).cwiseProduct(cPrev) +
           gates.topRows(h).cwiseProduct(gates.middleRows(2 * h, h));
    auto cTanh = tr.cellTanh.middleCols(t * n, n);
    cTanh = cNew.array().tanh();
    auto hNew = tr.hidden.middleCols(tr.stateBlock(t) * n, n);
    if (w.hasProjection) {
      auto m = tr.hiddenRaw.middleCols(t * n, n);
      m = gates.bottomRows(h).cwiseProduct(cTanh);
      hNew.noalias() = w.wHr * m;
    } else {
      hNew = gates.bottomRows(h).cwiseProduct(cTanh);
    }

    if (trace.packed()) {
      // Past its length a sequence is not computed: gates read as zero, state carried.
      const auto hPrev = tr.hidden.middleCols(tr.previousBlock(t) * n, n);
      for (int64_t b = 0; b < n; ++b) {
        if (trace.isActive(t, b)) continue;
        gates.col(b).setZero();
        if (separatePre) a.col(b).setZero();
        cTanh.col(b).setZero();
        if (w.hasProjection) tr.hiddenRaw.col(t * n + b).setZero();
        cNew.col(b) = cPrev.col(b);
        hNew.col(b) = hPrev.col(b);
      }
    }
  }
}

// Deltas for one step, with dh = dL/dh_t (total) and dc' = dL/dc_t arriving from step t+1:
//   dm   = W_hr^T dh (projection) or dh               m_t = o ⊙ tanh(c_t)
//   dc   = dc' + dm ⊙ o ⊙ (1 − tanh²(c_t))
//   da_o = dm ⊙ tanh(c_t) ⊙ o(1 − o)
//   da_i = dc ⊙ g ⊙ i(1 − i)
//   da_f = dc ⊙ c_{t−1} ⊙ f(1 − f)
//   da_g = dc ⊙ i ⊙ (1 − g²)
//   dc_{t−1} = dc ⊙ f,   dh_{t−1} = W_hh^T da
// After the loop: dW_ih = dA Xᵀ, dW_hh = dA H_prevᵀ, db_ih = db_hh = Σ_cols dA,
// dW_hr = dH Mᵀ, dX += W_ihᵀ dA (all as single products over the L·N columns).
template <typename T>
void backwardDirection(const DirectionWeights<T>& w, DirectionGradients<T>& g,
                       const Matrix<T>& x, const Eigen::Ref<const Matrix<T>>& dOutput,
                       const LstmTrace<T>& trace, DirectionTrace<T>& tr, Matrix<T>& dhState,
                       Matrix<T>& dcState, Matrix<T>& dx) {
  const int64_t n = tr.batch, l = tr.steps, h = w.wHh.rows() / 4, ln = l * n;
  const bool recordCell = trace.options.recordGradients;
  tr.dGatesPre.resize(4 * h, ln);
  tr.dHidden = dOutput;
  tr.dCell.resize(recordCell ? h : 0, recordCell ? ln : 0);
  Matrix<T> dm(h, n), dc(h, n), dhPrev(dhState.rows(), n), dcPrev(h, n);

  for (int64_t s = 0; s < l; ++s) {
    const int64_t t = tr.reverse ? s : l - 1 - s;
    auto dh = tr.dHidden.middleCols(t * n, n);
    dh += dhState;
    const auto gates = tr.gates.middleCols(t * n, n);
    const auto i = gates.topRows(h).array();
    const auto f = gates.middleRows(h, h).array();
    const auto gg = gates.middleRows(2 * h, h).array();
    const auto o = gates.bottomRows(h).array();
    const auto cTanh = tr.cellTanh.middleCols(t * n, n).array();
    const auto cPrev = tr.cell.middleCols(tr.previousBlock(t) * n, n).array();

    if (w.hasProjection) {
      dm.noalias() = w.wHr.transpose() * dh;
    } else {
      dm = dh;
    }
    dc = dcState.array() + dm.array() * o * (T(1) - cTanh.square());
    auto da = tr.dGatesPre.middleCols(t * n, n);
    da.topRows(h) = dc.array() * gg * i * (T(1) - i);
    da.middleRows(h, h) = dc.array() * cPrev * f * (T(1) - f);
    da.middleRows(2 * h, h) = dc.array() * i * (T(1) - gg.square());
    da.bottomRows(h) = dm.array() * cTanh * o * (T(1) - o);
    dcPrev = dc.array() * f;
    dhPrev.noalias() = w.wHh.transpose() * da;

    if (trace.packed()) {
      // A step past the sequence's length did nothing: gradients pass through unchanged.
      for (int64_t b = 0; b < n; ++b) {
        if (trace.isActive(t, b)) continue;
        da.col(b).setZero();
        dhPrev.col(b) = dhState.col(b);
        dcPrev.col(b) = dcState.col(b);
        dh.col(b).setZero();
        dc.col(b).setZero();
      }
    }
    if (recordCell) tr.dCell.middleCols(t * n, n) = dc;
    dhState.swap(dhPrev);
    dcState.swap(dcPrev);
  }

  const auto hPrevAll = tr.hidden.middleCols(tr.previousBlock(0) * n, ln);
  g.wIh.noalias() = tr.dGatesPre * x.transpose();
  g.wHh.noalias() = tr.dGatesPre * hPrevAll.transpose();
  if (g.bIh) {
    Eigen::Map<Matrix<T>>(g.bIh, 4 * h, 1) = tr.dGatesPre.rowwise().sum();
    Eigen::Map<Matrix<T>>(g.bHh, 4 * h, 1) = Eigen::Map<Matrix<T>>(g.bIh, 4 * h, 1);
  }
  if (w.hasProjection) g.wHr.noalias() = tr.dHidden * tr.hiddenRaw.transpose();
  dx.noalias() += w.wIh.transpose() * tr.dGatesPre;
}

template struct DirectionWeights<float>;
template struct DirectionWeights<double>;
template struct DirectionGradients<float>;
template struct DirectionGradients<double>;
template void runDirection<float>(const DirectionWeights<float>&, const Matrix<float>&,
                                  const LstmTrace<float>&, DirectionTrace<float>&);
template void runDirection<double>(const DirectionWeights<double>&, const Matrix<double>&,
                                   const LstmTrace<double>&, DirectionTrace<double>&);
template void backwardDirection<float>(const DirectionWeights<float>&, DirectionGradients<float>&,
                                       const Matrix<float>&,
                                       const Eigen::Ref<const Matrix<float>>&,
                                       const LstmTrace<float>&, DirectionTrace<float>&,
                                       Matrix<float>&, Matrix<float>&, Matrix<float>&);
template void backwardDirection<double>(const DirectionWeights<double>&,
                                        DirectionGradients<double>&, const Matrix<double>&,
                                        const Eigen::Ref<const Matrix<double>>&,
                                        const LstmTrace<double>&, DirectionTrace<double>&,
                                        Matrix<double>&, Matrix<double>&, Matrix<double>&);

}  // namespace lstmviz::core
