#include "ui/explorer/outputs_view_model.h"

#include <QCoreApplication>
#include <QStringList>
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
  std::ostringstream text;
  text << '(' << sizes.str() << ") = (" << names.str() << ')';
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

  auto out = [&](int t, int sample, int unit) -> float {
    if (unbatched) return output.at({t, unit});
    return batchFirst ? output.at({sample, t, unit}) : output.at({t, sample, unit});
  };
  auto state = [&](const core::Tensor<float>& tensor, int sample, int unit) -> float {
    return unbatched ? tensor.at({lastState, unit}) : tensor.at({lastState, sample, unit});
  };

  samples_ = n;
  widths_[kLastStep] = dh;
  widths_[kHnLast] = hOut;
  widths_[kMisuse] = unbatched ? 0 : dh;
  widths_[kFlatten] = dh;
  widths_[kCnLast] = h;
  rows_ = std::max(dh, h);
  for (auto& column : values_) column.assign(static_cast<size_t>(n) * rows_, std::nullopt);
  auto put = [&](Column c, int sample, int unit, float v) {
    values_[c][sample * rows_ + unit] = v;
  };

  for (int sample = 0; sample < n; ++sample) {
    for (int j = 0; j < dh; ++j) {
      put(kLastStep, sample, j, out(steps - 1, sample, j));
      // Row `sample` of the last sample's sequence: step `sample` of sample N−1.
      if (!unbatched && sample < steps) put(kMisuse, sample, j, out(sample, n - 1, j));
      const size_t flat = static_cast<size_t>(sample) * steps * dh + (steps - 1) * dh + j;
      put(kFlatten, sample, j, output.data[flat]);
    }
    for (int j = 0; j < hOut; ++j) put(kHnLast, sample, j, state(s.result.hN, sample, j));
    for (int j = 0; j < h; ++j) put(kCnLast, sample, j, state(s.result.cN, sample, j));
  }

  // Expressions and shapes in the current layout.
  const std::string last = batchFirst ? "output[:, -1]" : "output[-1]";
  expressions_[kLastStep] = last;
  expressions_[kHnLast] = "h_n[-1]";
  expressions_[kMisuse] = batchFirst ? "output[-1]" : "output[:, -1]";
  expressions_[kFlatten] = unbatched ? "output.reshape(-1)" : "output.reshape(N, -1)";
  expressions_[kCnLast] = "c_n[-1]";
  if (unbatched) {
    shapes_[kLastStep] = tupleText({{"D·H_out", dh}});
    shapes_[kHnLast] = tupleText({{"H_out", hOut}});
    shapes_[kMisuse] = "";
    shapes_[kFlatten] = tupleText({{"L·D·H_out", int64_t{steps} * dh}});
    shapes_[kCnLast] = tupleText({{"H", h}});
  } else {
    shapes_[kLastStep] = tupleText({{"N", n}, {"D·H_out", dh}});
    shapes_[kHnLast] = tupleText({{"N", n}, {"H_out", hOut}});
    shapes_[kMisuse] = tupleText({{"L", steps}, {"D·H_out", dh}});
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
    reasons_[kMisuse] = tr("Unbatched input has no N axis: output is (L, D·H_out) and output[-1] "
                           "is the last step.");
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

  QStringList flatten;
  flatten << tr("Flatten keeps every step: each row has L·D·H_out = %1 values; shown are its last "
                "D·H_out = %2.")
                 .arg(steps * dh)
                 .arg(dh);
  if (unbatched || batchFirst) {
    flatten << tr("They are the last step; the rest are the earlier steps, so a Linear on it "
                  "needs a fixed L.");
  } else {
    flatten << tr("Seq-first: reshape(N, -1) cuts the (L, N, ·) memory into N rows, so each row "
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
  reasons_[kLastStep] = tr("The reference: every sample's hidden state at the last step t = L−1, "
                           "both directions concatenated.");
}

std::optional<float> OutputsComparison::value(Column column, int sample, int unit) const {
  if (sample < 0 || sample >= samples_ || unit < 0 || unit >= rows_) return std::nullopt;
  return values_[column][sample * rows_ + unit];
}

bool OutputsComparison::equalsLastStep(Column column, int sample, int unit) const {
  const auto a = value(column, sample, unit), b = value(kLastStep, sample, unit);
  return a.has_value() && b.has_value() && *a == *b;
}

int OutputsComparison::equalCount(Column column) const {
  int count = 0;
  for (int s = 0; s < samples_; ++s)
    for (int j = 0; j < rows_; ++j) count += equalsLastStep(column, s, j) ? 1 : 0;
  return count;
}

int OutputsComparison::comparableCount(Column column) const {
  int count = 0;
  for (int s = 0; s < samples_; ++s)
    for (int j = 0; j < rows_; ++j)
      count += value(column, s, j).has_value() && value(kLastStep, s, j).has_value() ? 1 : 0;
  return count;
}

}  // namespace lstmviz::ui
