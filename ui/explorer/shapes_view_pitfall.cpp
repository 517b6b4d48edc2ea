#include "ui/explorer/shapes_view_pitfall.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <algorithm>
#include <vector>

#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

namespace {

constexpr int kSamples = 3;  // N of the small tensor
constexpr int kSteps = 4;    // L of the small tensor

// One soft colour per sample.
QColor sampleColor(int sample) {
  static const QColor colors[] = {QColor(0xcf, 0xe2, 0xff), QColor(0xff, 0xdd, 0xb8),
                                  QColor(0xcc, 0xf0, 0xcc), QColor(0xf3, 0xd0, 0xf0)};
  return colors[sample % 4];
}

QTableWidget* makeTable(int rows, int columns) {
  auto* table = new QTableWidget(rows, columns);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionMode(QAbstractItemView::NoSelection);
  table->setFocusPolicy(Qt::NoFocus);
  table->verticalHeader()->setDefaultSectionSize(40);
  table->horizontalHeader()->setDefaultSectionSize(58);
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
  return table;
}

void setHeaders(QTableWidget* table, const QString& rowPrefix, const QString& columnPrefix) {
  QStringList rows, columns;
  for (int r = 0; r < table->rowCount(); ++r) rows << rowPrefix + QString::number(r);
  for (int c = 0; c < table->columnCount(); ++c) columns << columnPrefix + QString::number(c);
  table->setVerticalHeaderLabels(rows);
  table->setHorizontalHeaderLabels(columns);
}

// Cell showing x[n, t] (its value and where it came from), coloured by its sample.
void setCell(QTableWidget* table, int row, int column, float value, int n, int t) {
  auto* item = new QTableWidgetItem(
      QStringLiteral("%1\nx[%2,%3]").arg(QString::number(value, 'f', 3)).arg(n).arg(t));
  item->setTextAlignment(Qt::AlignCenter);
  item->setBackground(sampleColor(n));
  item->setForeground(QColor(0x20, 0x20, 0x20));
  item->setToolTip(QObject::tr("x[%1, %2]: sample %1, step %2").arg(n).arg(t));
  table->setItem(row, column, item);
}

QLabel* caption(const QString& code, const QString& text) {
  auto* label = new QLabel(QStringLiteral("<code><b>%1</b></code><br>%2").arg(code, text));
  label->setWordWrap(true);
  label->setTextFormat(Qt::RichText);
  return label;
}

}  // namespace

ReshapePitfallWidget::ReshapePitfallWidget(QWidget* parent) : QWidget(parent) {
  original_ = makeTable(kSamples, kSteps);
  viewed_ = makeTable(kSteps, kSamples);
  permuted_ = makeTable(kSteps, kSamples);
  setHeaders(original_, QStringLiteral("n="), QStringLiteral("t="));
  setHeaders(viewed_, QStringLiteral("row "), QStringLiteral("col "));
  setHeaders(permuted_, QStringLiteral("t="), QStringLiteral("n="));
  original_->setToolTip(tr("x: rows are samples, columns are steps; colour = sample."));
  viewed_->setToolTip(
      tr("x.view(L, N): the same memory cut into rows of N — each row mixes "
         "steps of one sample instead of one step of every sample."));
  permuted_->setToolTip(
      tr("x.permute(1, 0): the axes are swapped — row t holds step t of every "
         "sample."));

  source_ = new QLabel;
  source_->setWordWrap(true);
  source_->setTextFormat(Qt::RichText);
  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(0, 0, 0, 0);
  auto* explanation = new QLabel(
      tr(".view() and .reshape() never move a number: they read the memory in order "
         "(x[0,0], x[0,1], x[0,2], …) and cut it into rows of the new width, so row 0 of "
         "x.view(L, N) holds three steps of sample 0, not step 0 of three samples. "
         ".permute() and .transpose() swap the axes: result[t, n] = x[n, t]. From "
         "(N, L, H_in) to (L, N, H_in): x.permute(1, 0, 2)."));
  explanation->setWordWrap(true);
  explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  grid->addWidget(source_, 0, 0, 1, 2);
  grid->addWidget(caption(QStringLiteral("x  # (N, L) = (3, 4)"), tr("samples × steps")), 1, 0);
  grid->addWidget(original_, 2, 0, Qt::AlignLeft | Qt::AlignTop);
  grid->addWidget(explanation, 1, 1, 2, 1);
  grid->addWidget(caption(QStringLiteral("x.view(4, 3)  # or .reshape"),
                          tr("<span style='color:#b00020'>wrong:</span> colours mix in a row")),
                  3, 0);
  grid->addWidget(caption(QStringLiteral("x.permute(1, 0)  # or .T"),
                          tr("<span style='color:#1b7a1b'>right:</span> row t = step t")),
                  3, 1);
  grid->addWidget(viewed_, 4, 0, Qt::AlignLeft | Qt::AlignTop);
  grid->addWidget(permuted_, 4, 1, Qt::AlignLeft | Qt::AlignTop);
  grid->setColumnStretch(0, 1);
  grid->setColumnStretch(1, 1);
  grid->setRowStretch(5, 1);
}

void ReshapePitfallWidget::setSnapshot(const std::shared_ptr<const ExplorerSnapshot>& snapshot) {
  // x[n, t] = feature 0 of the example input, in (N, L) order whatever the layout.
  std::vector<float> x(kSamples * kSteps);
  const bool fromSnapshot = snapshot->batch() >= kSamples && snapshot->steps() >= kSteps;
  if (fromSnapshot) {
    for (int n = 0; n < kSamples; ++n)
      for (int t = 0; t < kSteps; ++t)
        x[n * kSteps + t] = snapshot->layout().at(snapshot->input, n, t, 0);
    source_->setText(tr("<b>The .view() / .reshape() vs .permute() pitfall</b> — x = the "
                        "example input's first %1 samples × %2 steps, feature 0:")
                         .arg(kSamples)
                         .arg(kSteps));
  } else {
    const core::Tensor<float> example = explorerExampleBatch(kSamples, kSteps, 1);
    for (int i = 0; i < kSamples * kSteps; ++i) x[i] = example.data[i];
    source_->setText(
        tr("<b>The .view() / .reshape() vs .permute() pitfall</b> — x = a (3, 4) "
           "batch of the built-in sine (the current example is too small):"));
  }
  for (int n = 0; n < kSamples; ++n)
    for (int t = 0; t < kSteps; ++t) setCell(original_, n, t, x[n * kSteps + t], n, t);
  // view(L, N): element [r, c] is memory position r·N + c, i.e. x[i / L, i % L].
  for (int r = 0; r < kSteps; ++r)
    for (int c = 0; c < kSamples; ++c) {
      const int i = r * kSamples + c;
      setCell(viewed_, r, c, x[i], i / kSteps, i % kSteps);
    }
  for (int t = 0; t < kSteps; ++t)
    for (int n = 0; n < kSamples; ++n) setCell(permuted_, t, n, x[n * kSteps + t], n, t);
}

}  // namespace lstmviz::ui
