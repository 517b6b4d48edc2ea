#include "core/nn/lstm_kernels.h"

#include <omp.h>

#include <algorithm>

#include "core/nn/batch_slices.h"
#include "core/nn/lstm.h"
#include "core/nn/matrix_product.h"
#include "core/nn/safe_resize.h"

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

namespace {

// Applies the clamps of (tr.layer, tr's direction) that cover step t to the columns [b0, b0 +
// cols) of a 4H-row block (gates in forward: the clamped value; dL/da in backward: zero).
// Called only when clamps exist, so the plain pass pays one empty() test per step.
template <typename T, typename Block>
void applyClamps(const std::vector<GateClamp>& clamps, const DirectionTrace<T>& tr, int64_t t,
                 int64_t b0, int64_t cols, int64_t h, bool derivative, Block&& block) {
  const int64_t direction = tr.reverse ? 1 : 0;
  for (const GateClamp& clamp : clamps) {
    if (clamp.layer != tr.layer || clamp.direction != direction || !clamp.covers(t)) continue;
    const T value = derivative ? T(0) : static_cast<T>(clamp.value);
    if (clamp.sample == GateClamp::kAllSamples) {
      block.row(clamp.row(h)).setConstant(value);
    } else if (clamp.sample >= b0 && clamp.sample < b0 + cols) {
      block(clamp.row(h), clamp.sample - b0) = value;
    }
  }
}

// The time loop of runDirection for samples [b0, b0 + cols).
template <typename T>
void runSteps(const DirectionWeights<T>& w, const LstmTrace<T>& trace, DirectionTrace<T>& tr,
              Matrix<T>& pre, int64_t b0, int64_t cols) {
  const int64_t n = tr.batch, l = tr.steps, h = w.wHh.rows() / 4, hOut = w.wHh.cols();
  const bool separatePre = trace.options.recordPreActivations;
  const PackedWeights<T>& wHh = tr.packedRecurrent;
  Matrix<T> packScratch(wHh.scratchSize(cols), 1);
  for (int64_t s = 0; s < l; ++s) {
    const int64_t t = tr.reverse ? l - 1 - s : s;
    const int64_t here = t * n + b0, before = tr.previousBlock(t) * n + b0;
    auto a = pre.middleCols(here, cols);
    if (w.hasBias) a.colwise() += w.bias.col(0);
    // a += W_hh h_{t-1}
    wHh.multiplyAdd(tr.hidden.data() + before * hOut, hOut, cols, a.data(), 4 * h,
                    packScratch.data());

    auto gates = tr.gates.middleCols(here, cols);
    gates.topRows(2 * h) = a.topRows(2 * h).array().logistic();          // i, f
    gates.middleRows(2 * h, h) = a.middleRows(2 * h, h).array().tanh();  // g
    gates.bottomRows(h) = a.bottomRows(h).array().logistic();            // o
    if (!trace.options.clamps.empty())
      applyClamps(trace.options.clamps, tr, t, b0, cols, h, false, gates);

    auto cPrev = tr.cell.middleCols(before, cols);
    auto cNew = tr.cell.middleCols(tr.stateBlock(t) * n + b0, cols);
    cNew = gates.middleRows(h, h).cwiseProduct(cPrev) +
           gates.topRows(h).cwiseProduct(gates.middleRows(2 * h, h));
    auto cTanh = tr.cellTanh.middleCols(here, cols);
    cTanh = cNew.array().tanh();
    auto hNew = tr.hidden.middleCols(tr.stateBlock(t) * n + b0, cols);
    if (w.hasProjection) {
      auto m = tr.hiddenRaw.middleCols(here, cols);
      m = gates.bottomRows(h).cwiseProduct(cTanh);
      hNew.noalias() = w.wHr * m;
    } else {
      hNew = gates.bottomRows(h).cwiseProduct(cTanh);
    }

    if (trace.packed()) {
      // Past its length a sequence is not computed: gates read as zero, state carried.
      const auto hPrev = tr.hidden.middleCols(before, cols);
      for (int64_t j = 0; j < cols; ++j) {
        if (trace.isActive(t, b0 + j)) continue;
        gates.col(j).setZero();
        if (separatePre) a.col(j).setZero();
        cTanh.col(j).setZero();
        if (w.hasProjection) tr.hiddenRaw.col(here + j).setZero();
        cNew.col(j) = cPrev.col(j);
        hNew.col(j) = hPrev.col(j);
      }
    }
  }
}

}  // namespace

template <typename T>
void runDirection(const DirectionWeights<T>& w, const Matrix<T>& x, const LstmTrace<T>& trace,
                  DirectionTrace<T>& tr) {
  Matrix<T>& pre = trace.options.recordPreActivations ? tr.gatesPre : tr.gates;
  // Input projection of all steps at once, split between the threads: a = W_ih X (4H × L·N); each
  // step then adds b_ih + b_hh and W_hh h_{t-1} to its columns.
  resizeSafely(pre, w.wIh.rows(), x.cols());
  multiply(operandOf(w.wIh), operandOf(x), operandOf(pre), false);
  // W_hh (4H × H_out, row-major), packed once for every step and thread.
  tr.packedRecurrent.pack(w.wHh.data(), w.wHh.rows(), w.wHh.cols(), w.wHh.cols(), true);
  forEachBatchSlice(tr.batch,
                    [&](int64_t b0, int64_t cols) { runSteps(w, trace, tr, pre, b0, cols); });
}

namespace {

// Deltas for one step, with dh = dL/dh_t (total) and dc' = dL/dc_t arriving from step t+1:
//   dm   = W_hr^T dh (projection) or dh               m_t = o ⊙ tanh(c_t)
//   dc   = dc' + dm ⊙ o ⊙ (1 − tanh²(c_t))
//   da_o = dm ⊙ tanh(c_t) ⊙ o(1 − o)
//   da_i = dc ⊙ g ⊙ i(1 − i)
//   da_f = dc ⊙ c_{t−1} ⊙ f(1 − f)
//   da_g = dc ⊙ i ⊙ (1 − g²)
//   dc_{t−1} = dc ⊙ f,   dh_{t−1} = W_hh^T da
// The time loop of backwardDirection for samples [b0, b0 + cols); dhState and dcState hold those
// samples' dL/dh_n, dL/dc_n on entry and dL/dh_0, dL/dc_0 on return.
template <typename T>
void backwardSteps(const DirectionWeights<T>& w, const Eigen::Ref<const Matrix<T>>& dOutput,
                   const LstmTrace<T>& trace, DirectionTrace<T>& tr, int64_t b0, int64_t cols,
                   Matrix<T>& dhState, Matrix<T>& dcState) {
  const int64_t n = tr.batch, l = tr.steps, h = w.wHh.rows() / 4, hOut = w.wHh.cols();
  const bool recordCell = trace.options.recordGradients;
  const PackedWeights<T>& wHhT = tr.packedRecurrent;
  Matrix<T> dm(h, cols), dc(h, cols), dhPrev(hOut, cols), dcPrev(h, cols);
  Matrix<T> packScratch(wHhT.scratchSize(cols), 1);

  for (int64_t s = 0; s < l; ++s) {
    const int64_t t = tr.reverse ? s : l - 1 - s;
    const int64_t here = t * n + b0;
    auto dh = tr.dHidden.middleCols(here, cols);
    dh = dOutput.middleCols(here, cols) + dhState;
    const auto gates = tr.gates.middleCols(here, cols);
    const auto i = gates.topRows(h).array();
    const auto f = gates.middleRows(h, h).array();
    const auto gg = gates.middleRows(2 * h, h).array();
    const auto o = gates.bottomRows(h).array();
    const auto cTanh = tr.cellTanh.middleCols(here, cols).array();
    const auto cPrev = tr.cell.middleCols(tr.previousBlock(t) * n + b0, cols).array();

    if (w.hasProjection) {
      dm.noalias() = w.wHr.transpose() * dh;
    } else {
      dm = dh;
    }
    dc = dcState.array() + dm.array() * o * (T(1) - cTanh.square());
    auto da = tr.dGatesPre.middleCols(here, cols);
    da.topRows(h) = dc.array() * gg * i * (T(1) - i);
    da.middleRows(h, h) = dc.array() * cPrev * f * (T(1) - f);
    da.middleRows(2 * h, h) = dc.array() * i * (T(1) - gg.square());
    da.bottomRows(h) = dm.array() * cTanh * o * (T(1) - o);
    if (!trace.options.clamps.empty())  // a clamped gate is a constant: dL/da = 0 there
      applyClamps(trace.options.clamps, tr, t, b0, cols, h, true, da);
    dcPrev = dc.array() * f;
    dhPrev.setZero();  // dh_{t-1} = W_hhᵀ da
    wHhT.multiplyAdd(da.data(), 4 * h, cols, dhPrev.data(), hOut, packScratch.data());

    if (trace.packed()) {
      // A step past the sequence's length did nothing: gradients pass through unchanged.
      for (int64_t j = 0; j < cols; ++j) {
        if (trace.isActive(t, b0 + j)) continue;
        da.col(j).setZero();
        dhPrev.col(j) = dhState.col(j);
        dcPrev.col(j) = dcState.col(j);
        dh.col(j).setZero();
        dc.col(j).setZero();
      }
    }
    if (recordCell) tr.dCell.middleCols(here, cols) = dc;
    dhState.swap(dhPrev);
    dcState.swap(dcPrev);
  }
}

}  // namespace

// After the time loop: dW_ih = dA Xᵀ, dW_hh = dA H_prevᵀ, db_ih = db_hh = Σ_cols dA,
// dW_hr = dH Mᵀ, dX += W_ihᵀ dA (all as single products over the L·N columns, each split between
// the threads by its result's rows or columns: core/nn/matrix_product.h).
template <typename T>
void backwardDirection(const DirectionWeights<T>& w, DirectionGradients<T>& g, const Matrix<T>& x,
                       const Eigen::Ref<const Matrix<T>>& dOutput, const LstmTrace<T>& trace,
                       DirectionTrace<T>& tr, Matrix<T>& dhState, Matrix<T>& dcState,
                       Matrix<T>& dx) {
  const int64_t n = tr.batch, l = tr.steps, h = w.wHh.rows() / 4, ln = l * n;
  const bool recordCell = trace.options.recordGradients;
  resizeSafely(tr.dGatesPre, 4 * h, ln);
  resizeSafely(tr.dHidden, dOutput.rows(), ln);
  resizeSafely(tr.dCell, recordCell ? h : 0, recordCell ? ln : 0);
  // W_hhᵀ (H_out × 4H) is W_hh's row-major storage read column-major.
  tr.packedRecurrent.pack(w.wHh.data(), w.wHh.cols(), w.wHh.rows(), w.wHh.cols(), false);
  forEachBatchSlice(n, [&](int64_t b0, int64_t cols) {
    Matrix<T> dhSlice = dhState.middleCols(b0, cols), dcSlice = dcState.middleCols(b0, cols);
    backwardSteps(w, dOutput, trace, tr, b0, cols, dhSlice, dcSlice);
    dhState.middleCols(b0, cols) = dhSlice;
    dcState.middleCols(b0, cols) = dcSlice;
  });

  const auto hPrevAll = tr.hidden.middleCols(tr.previousBlock(0) * n, ln);
  const auto dA = operandOf(tr.dGatesPre);
  multiply(dA, operandOf(x).transposed(), operandOf(g.wIh), false);
  multiply(dA, operandOf(hPrevAll).transposed(), operandOf(g.wHh), false);
  if (g.bIh) {
    Eigen::Map<Matrix<T>>(g.bIh, 4 * h, 1) = tr.dGatesPre.rowwise().sum();
    Eigen::Map<Matrix<T>>(g.bHh, 4 * h, 1) = Eigen::Map<Matrix<T>>(g.bIh, 4 * h, 1);
  }
  if (w.hasProjection)
    multiply(operandOf(tr.dHidden), operandOf(tr.hiddenRaw).transposed(), operandOf(g.wHr), false);
  multiply(operandOf(w.wIh).transposed(), dA, operandOf(dx), true);
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
                                       const Matrix<float>&, const Eigen::Ref<const Matrix<float>>&,
                                       const LstmTrace<float>&, DirectionTrace<float>&,
                                       Matrix<float>&, Matrix<float>&, Matrix<float>&);
template void backwardDirection<double>(const DirectionWeights<double>&,
                                        DirectionGradients<double>&, const Matrix<double>&,
                                        const Eigen::Ref<const Matrix<double>>&,
                                        const LstmTrace<double>&, DirectionTrace<double>&,
                                        Matrix<double>&, Matrix<double>&, Matrix<double>&);

}  // namespace lstmviz::core
