#include "ui/explorer/whatif_wording.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/explorer/hn_rows.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("WhatIfViews", text); }

// "h_n[0] unchanged, h_n[1] changed by up to 0.31".
QString rowsSentence(const QString& name, const std::vector<StateRowChange>& changes, bool cell) {
  QStringList parts;
  for (const StateRowChange& c : changes) {
    const double size = cell ? c.cn : c.hn;
    const QString row = QStringLiteral("%1[%2]").arg(name).arg(c.row);
    parts << (size == 0.0 ? tr("%1 unchanged").arg(row)
                          : tr("%1 changed by up to %2").arg(row, formatChangeSize(size)));
  }
  return parts.join(QStringLiteral(", "));
}

}  // namespace

QString formatChangeSize(double size) {
  QString s = QString::number(size, 'g', 3);
  s.replace(QLatin1Char('-'), QChar(0x2212));
  return s;
}

QString describeStateRowChanges(const ExplorerSnapshot& snapshot) {
  if (!snapshot.edited()) return {};
  const std::vector<StateRowChange> changes = compareStateRows(snapshot);
  return tr("Over all %1 sample(s): %2; %3.")
      .arg(snapshot.batch())
      .arg(rowsSentence(QStringLiteral("h_n"), changes, false),
           rowsSentence(QStringLiteral("c_n"), changes, true));
}

QString describeOutputChange(const ExplorerSnapshot& snapshot) {
  if (!snapshot.edited()) return {};
  const core::Tensor<float>& now = snapshot.result.output;
  const core::Tensor<float>& before = snapshot.unedited().result.output;
  const core::SequenceLayout layout = snapshot.layout();
  const int64_t width = now.shape.back();
  int64_t changed = 0;
  double largest = 0.0;
  int64_t firstStep = std::numeric_limits<int64_t>::max();
  for (int64_t n = 0; n < layout.batch; ++n)
    for (int64_t t = 0; t < layout.steps; ++t)
      for (int64_t k = 0; k < width; ++k) {
        const int64_t at = layout.offset(n, t, k, width);
        if (now.data[at] == before.data[at]) continue;
        ++changed;
        largest = std::max(largest, std::abs(static_cast<double>(now.data[at]) - before.data[at]));
        firstStep = std::min(firstStep, t);
      }
  if (changed == 0)
    return tr("output: unchanged (all %1 elements equal the original's).").arg(now.numel());
  return tr("output: %1 of %2 elements changed, by up to %3; the first change is at step %4.")
      .arg(changed)
      .arg(now.numel())
      .arg(formatChangeSize(largest))
      .arg(firstStep);
}

}  // namespace lstmviz::ui
