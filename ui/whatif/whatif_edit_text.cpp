#include "ui/whatif/whatif_edit_text.h"

#include <algorithm>

#include "core/nn/lstm_edits.h"
#include "core/nn/lstm_gates.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

namespace {

QString number(double value) { return QString::number(value, 'g', 6); }

QString describeParameter(const core::ValueEdit& e, const ExplorerSnapshot& s) {
  const core::LstmParamSpec* spec = s.lstm.findSpec(e.parameter);
  if (!spec || e.index.empty()) return QString::fromStdString(core::formatValueEdit(e));
  const int64_t rows = spec->shape[0];
  const int64_t row = e.index[0] < 0 ? e.index[0] + rows : e.index[0];
  const QString layer = WhatIfEditText::layerText(spec->layer, spec->direction);
  const QString value = number(e.value);
  if (spec->kind == core::LstmParamKind::kWeightHr) {
    const int64_t column = e.index.size() > 1 ? e.index[1] : 0;
    return WhatIfEditText::tr("projection of %1: weight from cell unit %2 to h_t[%3] set to %4")
        .arg(layer)
        .arg(column)
        .arg(row)
        .arg(value);
  }
  const int64_t h = s.config.lstm.hiddenSize;
  const QString gate = QString::fromLatin1(core::kGateLetters[(row / h) & 3]);
  const int64_t unit = row % h;
  if (spec->kind == core::LstmParamKind::kBiasIh || spec->kind == core::LstmParamKind::kBiasHh)
    return WhatIfEditText::tr("gate %1 of %2 unit %3: %4 set to %5")
        .arg(gate, layer)
        .arg(unit)
        .arg(QString::fromStdString(e.parameter), value);
  const int64_t column = e.index.size() > 1 ? e.index[1] : 0;
  const QString from = spec->kind == core::LstmParamKind::kWeightIh
                           ? (spec->layer == 0 ? QStringLiteral("x_t[%1]").arg(column)
                                               : QStringLiteral("input_t[%1]").arg(column))
                           : QStringLiteral("h_{t−1}[%1]").arg(column);
  return WhatIfEditText::tr("gate %1 of %2 unit %3: the weight on %4 set to %5")
      .arg(gate, layer)
      .arg(unit)
      .arg(from, value);
}

QString describeValue(const core::ValueEdit& e, const ExplorerSnapshot& s) {
  if (e.target == core::EditTarget::kParameter) return describeParameter(e, s);
  const auto positive = [&](size_t d, int64_t size) {
    const int64_t i = e.index.size() > d ? e.index[d] : 0;
    return i < 0 ? i + size : i;
  };
  const int64_t n = s.batch(), l = s.steps();
  if (e.target == core::EditTarget::kInput) {
    int64_t sample = 0, step = 0, feature = 0;
    if (s.config.unbatched) {
      step = positive(0, l);
      feature = positive(1, s.config.lstm.inputSize);
    } else if (s.config.lstm.batchFirst) {
      sample = positive(0, n);
      step = positive(1, l);
      feature = positive(2, s.config.lstm.inputSize);
    } else {
      step = positive(0, l);
      sample = positive(1, n);
      feature = positive(2, s.config.lstm.inputSize);
    }
    return WhatIfEditText::tr("input of sample %1 at step %2, feature %3 set to %4")
        .arg(sample)
        .arg(step)
        .arg(feature)
        .arg(number(e.value));
  }
  const int64_t d = s.config.lstm.numDirections();
  const int64_t rows = d * s.config.lstm.numLayers;
  const int64_t k = positive(0, rows);
  const int64_t width =
      e.target == core::EditTarget::kH0 ? s.config.lstm.outputSize() : s.config.lstm.hiddenSize;
  const int64_t sample = s.config.unbatched ? 0 : positive(1, n);
  const int64_t unit = positive(s.config.unbatched ? 1 : 2, width);
  return WhatIfEditText::tr("%1 of %2, sample %3, unit %4 set to %5")
      .arg(e.target == core::EditTarget::kH0 ? QStringLiteral("h_0") : QStringLiteral("c_0"),
           WhatIfEditText::layerText(k / d, k % d))
      .arg(sample)
      .arg(unit)
      .arg(number(e.value));
}

QString sampleSuffix(int64_t sample) {
  return sample == core::GateClamp::kAllSamples
             ? QString()
             : WhatIfEditText::tr(" (sample %1 only)").arg(sample);
}

}  // namespace

QString WhatIfEditText::layerText(int64_t layer, int64_t direction) {
  return direction == 0 ? tr("layer %1").arg(layer) : tr("layer %1, reverse").arg(layer);
}

QString WhatIfEditText::describe(const std::string& text, const ExplorerSnapshot& snapshot) {
  core::LstmEdits edits;
  try {
    edits = core::parseEditList({text});
  } catch (const std::exception&) {
    return QString::fromStdString(text);
  }
  if (!edits.values.empty()) return describeValue(edits.values.front(), snapshot);
  if (!edits.clamps.empty()) {
    const core::GateClamp& c = edits.clamps.front();
    const int64_t last = std::min(c.lastStep, snapshot.steps() - 1);
    return tr("%1 of %2 unit %3 forced to %4 at steps %5–%6")
               .arg(QChar::fromLatin1(core::gateLetter(c.gate)))
               .arg(layerText(c.layer, c.direction))
               .arg(c.unit)
               .arg(number(c.value))
               .arg(c.firstStep)
               .arg(last) +
           sampleSuffix(c.sample);
  }
  if (!edits.knockouts.empty()) {
    const core::UnitKnockout& k = edits.knockouts.front();
    return tr("unit %1 of %2 knocked out: o = 0 at every step, so it passes nothing on to h_t")
               .arg(k.unit)
               .arg(layerText(k.layer, k.direction)) +
           sampleSuffix(k.sample);
  }
  return QString::fromStdString(text);
}

}  // namespace lstmviz::ui
