#include "ui/explorer/outputs_view_model.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <sstream>

#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

namespace {

std::string tupleText(std::initializer_list<std::pair<const char*, int64_t>> axes) {
  std::ostringstream names, sizes;
  bool first = true;
  for (const auto& [name, size] : axes) {
    names << (first ? "" : ", ") << name;
    sizes << (first ? "" : ", ") << size;
    first = false;
  }
  // A one-axis shape is written as Python writes a 1-tuple: (6,).
  const char* comma = axes.size() == 1 ? "," : "";
  std::ostringstream text;
  text << '(' << sizes.str() << comma << ") = (" << names.str() << comma << ')';
  return text.str();
}

}  // namespace

OutputsComparison::OutputsComparison(const ExplorerSnapshot& s) {
  const auto& cfg = s.config;
  const auto& l = cfg.lstm;
  const bool unbatched = cfg.unbatched;
  const bool batchFirst = l.batchFirst && !unbatched;
  const int n = static_cast<int>(s.batch());
  const int steps = static_cast<int>(s.steps());
  const int d = static_cast<int>(l.numDirections());
  const int hOut = static_cast<int>(l.outputSize());
  const int h = static_cast<int>(l.hiddenSize);
  const int dh = d * hOut;
  const int64_t lastState = d * l.numLayers - 1;
  const auto& output = s.result.output;

  const core::SequenceLayout layout = s.layout();
  auto out = [&](int t, int sample, int unit) -> float {
    return layout.at(output, sample, t, unit);
  };
  auto state = [&](const core::Tensor<float>& tensor, int sample, int unit) -> float {
    return unbatched ? tensor.at({lastState, unit}) : tensor.at({lastState, sample, unit});
  };

  samples_ = n;
  steps_ = steps;
  widths_[kLastStep] = dh;
  widths_[kHnLast] = hOut;
  widths_[kMisuse] = unbatched ? steps : dh;
  widths_[kKeepTime] = dh;
  widths_[kFlatten] = dh;
  widths_[kCnLast] = h;
  rows_ = std::max({dh, h, unbatched ? steps : 0});
  for (auto& column : values_) column.assign(static_cast<size_t>(n) * rows_, 0.0f);
  for (auto& column : flags_) column.assign(static_cast<size_t>(n) * rows_, 0);
  // Step t of sample m is padding when packed and t ≥ its length.
  auto padded = [&](int t, int m) {
    return !s.lengths.empty() && t >= static_cast<int>(s.lengths[m]);
  };
  auto put = [&](Column c, int sample, int unit, float v, bool pad = false) {
    values_[c][sample * rows_ + unit] = v;
    flags_[c][sample * rows_ + unit] = kHasValue | (pad ? kPadding : 0);
  };

  for (int sample = 0; sample < n; ++sample) {
    for (int j = 0; j < dh; ++j) {
      const bool lastPadded = padded(steps - 1, sample);
      put(kLastStep, sample, j, out(steps - 1, sample, j), lastPadded);
      // Row `sample` of the last sample's sequence: step `sample` of sample N−1.
      if (!unbatched && sample < steps)
        put(kMisuse, sample, j, out(sample, n - 1, j), padded(sample, n - 1));
      put(kKeepTime, sample, j, out(steps - 1, sample, j), lastPadded);
      const size_t flat = static_cast<size_t>(sample) * steps * dh + (steps - 1) * dh + j;
      // Which (step, sample) of output that flat element is: (N, L, ·) or (L, N, ·) memory.
      const int flatT = batchFirst || unbatched ? steps - 1 : static_cast<int>(flat / (n * dh));
      const int flatN = batchFirst || unbatched ? sample : static_cast<int>((flat / dh) % n);
      put(kFlatten, sample, j, output.data[flat], !unbatched && padded(flatT, flatN));
    }
    // Unbatched output[:, -1] indexes the unit axis: row j is step j's last unit.
    if (unbatched)
      for (int t = 0; t < steps; ++t) put(kMisuse, sample, t, out(t, sample, dh - 1));
    for (int j = 0; j < hOut; ++j) put(kHnLast, sample, j, state(s.result.hN, sample, j));
    for (int j = 0; j < h; ++j) put(kCnLast, sample, j, state(s.result.cN, sample, j));
  }
  countAgreement();

  // Expressions and shapes in the current layout.
  const std::string last = batchFirst ? "output[:, -1]" : "output[-1]";
  expressions_[kLastStep] = last;
  expressions_[kHnLast] = "h_n[-1]";
  expressions_[kMisuse] = batchFirst ? "output[-1]" : "output[:, -1]";
  expressions_[kKeepTime] = batchFirst ? "output[:, -1:]" : "output[-1:]";
  expressions_[kFlatten] = unbatched ? "output.reshape(-1)" : "output.reshape(N, -1)";
  expressions_[kCnLast] = "c_n[-1]";
  if (unbatched) {
    shapes_[kLastStep] = tupleText({{"D·H_out", dh}});
    shapes_[kHnLast] = tupleText({{"H_out", hOut}});
    shapes_[kMisuse] = tupleText({{"L", steps}});
    shapes_[kKeepTime] = tupleText({{"1", 1}, {"D·H_out", dh}});
    shapes_[kFlatten] = tupleText({{"L·D·H_out", int64_t{steps} * dh}});
    shapes_[kCnLast] = tupleText({{"H", h}});
  } else {
    shapes_[kLastStep] = tupleText({{"N", n}, {"D·H_out", dh}});
    shapes_[kHnLast] = tupleText({{"N", n}, {"H_out", hOut}});
    shapes_[kMisuse] = tupleText({{"L", steps}, {"D·H_out", dh}});
    shapes_[kKeepTime] = batchFirst ? tupleText({{"N", n}, {"1", 1}, {"D·H_out", dh}})
                                    : tupleText({{"1", 1}, {"N", n}, {"D·H_out", dh}});
    shapes_[kFlatten] = tupleText({{"N", n}, {"L·D·H_out", int64_t{steps} * dh}});
    shapes_[kCnLast] = tupleText({{"N", n}, {"H", h}});
  }

  // Reasons, in the user's language (QCoreApplication::translate, context "OutputsComparison").
  const auto tr = [](const char* text) {
    return QCoreApplication::translate("OutputsComparison", text);
  };
  const QString lastExpr = QString::fromStdString(last);
  QStringList hn;
  const bool allEqual =
      comparableCount(kHnLast) > 0 && equalCount(kHnLast) == comparableCount(kHnLast);
  QStringList shortSamples;
  for (int sample = 0; sample < n; ++sample)
    if (!s.lengths.empty() && s.lengths[sample] < steps) shortSamples << QString::number(sample);
  if (allEqual) {
    hn << tr("Equal: with one direction and every sequence %1 steps long, the last layer's final "
             "hidden state is exactly its output at the last step.")
              .arg(steps);
  }
  if (d == 2) {
    bool reverseMatches = true;
    for (int sample = 0; sample < n; ++sample)
      for (int j = 0; j < hOut; ++j)
        if (state(s.result.hN, sample, j) != out(0, sample, hOut + j)) reverseMatches = false;
    hn << tr("Bidirectional: h_n[-1] is the REVERSE direction's final state, reached after "
             "reading back to t = 0, so it equals the reverse half of output at t = 0, %1 (%2). "
             "The last step of output is [forward final state | reverse state after one step]; "
             "the forward final state is h_n[-2]. Use torch.cat([h_n[-2], h_n[-1]], -1) for "
             "both.")
              .arg(batchFirst ? QStringLiteral("output[:, 0, H_out:]")
                              : QStringLiteral("output[0, :, H_out:]"),
                   reverseMatches ? tr("checked: equal") : tr("checked: not equal"));
  }
  if (!shortSamples.isEmpty()) {
    hn << (shortSamples.size() == 1
               ? tr("Padding: output is zero past each sample's length, so %1 lands on padding "
                    "for sample %2 (length < %3), while h_n holds the state at each sample's true "
                    "last step.")
               : tr("Padding: output is zero past each sample's length, so %1 lands on padding "
                    "for samples %2 (lengths < %3), while h_n holds the state at each sample's "
                    "true last step."))
              .arg(lastExpr, shortSamples.join(QStringLiteral(", ")))
              .arg(steps);
  }
  if (l.numLayers > 1) {
    hn << tr("Several layers: h_n holds every layer's final state (%1 rows), output only the last "
             "layer's h_t; h_n[-1] is the last layer's, and h_n[0] (layer 0) appears nowhere in "
             "output.")
              .arg(d * l.numLayers);
  }
  if (l.projSize > 0)
    hn << tr("Projection: both have P = %1 units (h_t = W_hr (o_t ⊙ tanh(c_t))).").arg(hOut);
  reasons_[kHnLast] = hn.join(QLatin1Char('\n'));

  if (unbatched) {
    reasons_[kMisuse] =
        tr("Warning — no error from torch, wrong numbers: unbatched output is (L, D·H_out) = "
           "(%1, %2) with no N axis, so output[:, -1] indexes the UNIT axis. It returns the last "
           "hidden unit (unit %3) of every step, shape (L,) = (%1,); row j here is step j. The "
           "last step is output[-1] (shape (%2,)); output[:, -1:] would keep the unit axis, "
           "(%1, 1), and is just as wrong.")
            .arg(steps)
            .arg(dh)
            .arg(dh - 1);
  } else if (batchFirst) {
    reasons_[kMisuse] =
        tr("batch_first misuse: output is (N, L, ·), so output[-1] selects the last SAMPLE — its "
           "whole sequence (L, D·H_out): row n is step n of sample N−1, not the last step of "
           "sample n. Write output[:, -1].");
  } else {
    reasons_[kMisuse] =
        tr("Seq-first: output is (L, N, ·), so output[-1] is the last step (correct here) and "
           "output[:, -1] is the misuse — the last SAMPLE's whole sequence (L, D·H_out): row n "
           "is step n of sample N−1.");
  }

  reasons_[kKeepTime] =
      batchFirst
          ? tr("The same numbers as output[:, -1], but the slice -1: keeps the time axis: shape "
               "(N, 1, D·H_out) = (%1, 1, %2), not (N, D·H_out). A Linear on it returns (N, 1, "
               "out), and a loss against (N, out) targets then broadcasts to (N, N, out) in "
               "MSELoss (torch warns: \"Using a target size … that is different to the input "
               "size\") — squeeze(1) or index with -1.")
                .arg(n)
                .arg(dh)
          : tr("The same numbers as the last step, but the slice -1: keeps the time axis "
               "(length 1) in front — squeeze(0) or index with -1.");

  QStringList flatten;
  flatten << tr("Flatten is not the last step: it keeps every step, L·D·H_out = %1 × %2 = %3 "
                "features per sample instead of D·H_out = %2. Shown (and compared) are only its "
                "last D·H_out = %2 values.")
                 .arg(steps)
                 .arg(dh)
                 .arg(steps * dh);
  if (unbatched || batchFirst) {
    flatten << tr("That last block equals %1 (with one direction and no padding it is also "
                  "h_n[-1]); the other (L−1)·D·H_out = %2 values are the earlier steps, so a "
                  "Linear on it has %3 inputs and needs a fixed L.")
                   .arg(lastExpr)
                   .arg((steps - 1) * dh)
                   .arg(steps * dh);
  } else {
    flatten << tr(
        "Seq-first: reshape(N, -1) cuts the (L, N, ·) memory into N rows, so each row "
        "mixes steps of several samples — permute(1, 0, 2) first.");
  }
  if (!shortSamples.isEmpty()) flatten << tr("With padding it also keeps the zero padding steps.");
  reasons_[kFlatten] = flatten.join(QLatin1Char(' '));

  reasons_[kCnLast] =
      l.projSize > 0
          ? tr("c_n is the cell state c_t, not the hidden state: h_t = o_t ⊙ tanh(c_t) projected "
               "to P = %1 units, while c_n keeps H = %2. It is never an output of the LSTM at any "
               "step.")
                .arg(hOut)
                .arg(h)
          : tr("c_n is the cell state c_t, not the hidden state: h_t = o_t ⊙ tanh(c_t). It is "
               "never an output of the LSTM at any step.");
  reasons_[kLastStep] =
      tr("The reference: every sample's hidden state at the last step t = L−1, "
         "both directions concatenated.");
}

OutputsComparison::Verdict OutputsComparison::verdict(Column column) const {
  const int total = comparableCount(column);
  if (total == 0 || equalCount(column) != total) return Verdict::kDiffers;
  // Equal where compared; the same tensor only if nothing was left out and the shape matches.
  if (column == kFlatten && steps_ > 1) return Verdict::kPartEqual;
  if (column == kKeepTime) return Verdict::kPartEqual;  // one more axis, of length 1
  return Verdict::kSame;
}

std::optional<float> OutputsComparison::value(Column column, int sample, int unit) const {
  if (sample < 0 || sample >= samples_ || unit < 0 || unit >= rows_) return std::nullopt;
  const size_t i = static_cast<size_t>(sample) * rows_ + unit;
  if (!(flags_[column][i] & kHasValue)) return std::nullopt;
  return values_[column][i];
}

bool OutputsComparison::isPadding(Column column, int sample, int unit) const {
  if (sample < 0 || sample >= samples_ || unit < 0 || unit >= rows_) return false;
  return (flags_[column][static_cast<size_t>(sample) * rows_ + unit] & kPadding) != 0;
}

bool OutputsComparison::compared(Column column, size_t i) const {
  const unsigned char own = flags_[column][i], reference = flags_[kLastStep][i];
  if (!(own & kHasValue) || !(reference & kHasValue)) return false;
  return column == kLastStep || !((own & kPadding) && (reference & kPadding));
}

bool OutputsComparison::equalsLastStep(Column column, int sample, int unit) const {
  if (sample < 0 || sample >= samples_ || unit < 0 || unit >= rows_) return false;
  const size_t i = static_cast<size_t>(sample) * rows_ + unit;
  return compared(column, i) && values_[column][i] == values_[kLastStep][i];
}

void OutputsComparison::countAgreement() {
  for (int c = 0; c < kColumnCount; ++c) {
    const auto column = static_cast<Column>(c);
    int equal = 0, comparable = 0;
    for (size_t i = 0; i < values_[column].size(); ++i) {
      if (!compared(column, i)) continue;
      ++comparable;
      equal += values_[column][i] == values_[kLastStep][i] ? 1 : 0;
    }
    equalCounts_[column] = equal;
    comparableCounts_[column] = comparable;
  }
}

}  // namespace lstmviz::ui
