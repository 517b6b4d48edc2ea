#include "ui/explorer/outputs_view.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "ui/explorer/outputs_table_model.h"
#include "ui/explorer/whatif_ghost_delegate.h"
#include "ui/explorer/whatif_wording.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

namespace {

using Column = OutputsComparison::Column;

QWidget* legendChip(const QColor& color, const QString& text) {
  auto* chip = new QWidget;
  auto* layout = new QHBoxLayout(chip);
  layout->setContentsMargins(0, 0, 8, 0);
  layout->setSpacing(4);
  auto* swatch = new QLabel;
  swatch->setFixedSize(14, 14);
  swatch->setStyleSheet(
      QStringLiteral("background: %1; border: 1px solid #888;").arg(color.name()));
  layout->addWidget(swatch);
  layout->addWidget(new QLabel(text));
  return chip;
}

// Escapes text for rich text; each line becomes its own paragraph line.
QString html(const QString& text) {
  return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br><br>"));
}

}  // namespace

OutputsView::OutputsView(QWidget* parent) : QWidget(parent) {
  sample_ = new QSpinBox;
  sample_->setToolTip(tr("Which sample n of the batch the table shows."));
  sampleNote_ = new QLabel;
  auto* bar = new QHBoxLayout;
  bar->addWidget(new QLabel(tr("Sample n:")));
  bar->addWidget(sample_);
  bar->addWidget(sampleNote_);
  bar->addSpacing(24);
  bar->addWidget(legendChip(OutputsTableModel::kReferenceFill, tr("reference: the last step")));
  bar->addWidget(legendChip(OutputsTableModel::kEqualFill, tr("= equal (exactly)")));
  bar->addWidget(legendChip(OutputsTableModel::kDifferentFill, tr("≠ different")));
  bar->addWidget(legendChip(OutputsTableModel::kAbsentFill, tr("no such element")));
  bar->addWidget(
      legendChip(OutputsTableModel::kPaddingFill, tr("pad: zero padding, not compared")));
  bar->addStretch(1);
  whatIf_ = new QLabel;
  whatIf_->setObjectName(QStringLiteral("outputsWhatIf"));
  whatIf_->setWordWrap(true);
  whatIf_->setTextFormat(Qt::RichText);
  whatIf_->setStyleSheet(QStringLiteral("background:#fff4d6; padding:4px"));
  whatIf_->setVisible(false);

  model_ = new OutputsTableModel(this, this);
  table_ = new QTableView;
  table_->setModel(model_);
  table_->setObjectName(QStringLiteral("outputsTable"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionMode(QAbstractItemView::NoSelection);
  // Columns as wide as their expressions ("output.reshape(N, -1)"), the last one takes the rest.
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);
  // Widths from the rows on screen, not from all D·H_out rows (1024 rows took 20 ms to measure).
  table_->horizontalHeader()->setResizeContentsPrecision(0);
  table_->verticalHeader()->setDefaultSectionSize(24);
  table_->setItemDelegate(new WhatIfGhostDelegate(table_));
  table_->setToolTip(
      tr("Row j: unit j of each expression for the chosen sample; green cells equal "
         "the last step exactly, red ones do not."));

  counts_ = new QLabel;
  counts_->setObjectName(QStringLiteral("outputsCounts"));
  counts_->setTextFormat(Qt::RichText);
  counts_->setWordWrap(true);
  // A text browser lays the reasons out once for its width; a word-wrapped QLabel in a scroll
  // area was laid out several times per layout pass (heightForWidth), 6 ms for a new snapshot.
  reasons_ = new QTextBrowser;
  reasons_->setObjectName(QStringLiteral("outputsReasons"));
  reasons_->setOpenLinks(false);
  reasons_->setFrameShape(QFrame::NoFrame);
  reasons_->document()->setDocumentMargin(8);
  reasons_->setMinimumWidth(320);

  auto* left = new QWidget;
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addWidget(table_, 1);
  leftLayout->addWidget(counts_);
  auto* split = new QSplitter(Qt::Horizontal);
  split->addWidget(left);
  split->addWidget(reasons_);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addLayout(bar);
  layout->addWidget(whatIf_);
  layout->addWidget(split, 1);

  connect(sample_, &QSpinBox::valueChanged, this, [this] { fillTable(); });
}

void OutputsView::setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot) {
  snapshot_ = std::move(snapshot);
  comparison_ = std::make_unique<OutputsComparison>(*snapshot_);
  ghost_ =
      snapshot_->edited() ? std::make_unique<OutputsComparison>(snapshot_->unedited()) : nullptr;
  whatIf_->setVisible(ghost_ != nullptr);
  if (ghost_)
    whatIf_->setText(tr("<b>What-if:</b> %1 edit(s) applied; grey values are the original "
                        "run's.<br>%2<br>%3")
                         .arg(snapshot_->config.whatIf.size())
                         .arg(describeOutputChange(*snapshot_).toHtmlEscaped(),
                              describeStateRowChanges(*snapshot_).toHtmlEscaped()));
  else
    whatIf_->clear();
  const OutputsComparison& c = *comparison_;
  {
    const QSignalBlocker block(sample_);
    sample_->setRange(0, c.samples() - 1);
  }
  sampleNote_->setText(snapshot_->config.unbatched
                           ? tr("(unbatched: one sequence)")
                           : tr("of %1 (0 … %2)").arg(c.samples()).arg(c.samples() - 1));

  QStringList headers;
  for (int col = 0; col < OutputsComparison::kColumnCount; ++col) {
    const auto column = static_cast<Column>(col);
    // "(5, 144) = (N, L·D·H_out)" on two lines under the expression.
    QString shape = QString::fromStdString(c.shape(column));
    shape.replace(QStringLiteral(" = "), QStringLiteral("\n"));
    if (column == OutputsComparison::kFlatten) shape += tr("\nlast D·H_out shown");
    headers << QString::fromStdString(c.expression(column)) + QLatin1Char('\n') + shape;
  }
  const QStringList tips = {
      tr("The reference: every sample's last step of output."),
      tr("The final hidden state of the last layer's last direction."),
      snapshot_->config.unbatched
          ? tr("Unbatched output[:, -1]: the last unit of every step, shape (L,); row j is step "
               "j.")
          : tr("The swapped index: the last sample's whole sequence; row n is step n of sample "
               "N−1."),
      tr("The last step with its time axis kept (length 1)."),
      tr("The Flatten row of each sample (every step); only its last D·H_out values are shown."),
      tr("The final cell state c_n of the last layer's last direction.")};
  headers_ = headers;
  headerTips_ = tips;

  // Counts over the whole batch and the reasons.
  QString counts;
  QString reasons;
  const QString last = QString::fromStdString(c.expression(OutputsComparison::kLastStep));
  for (int col = 1; col < OutputsComparison::kColumnCount; ++col) {
    const auto column = static_cast<Column>(col);
    const int equal = c.equalCount(column), total = c.comparableCount(column);
    const OutputsComparison::Verdict v = c.verdict(column);
    const QString expression = QString::fromStdString(c.expression(column));
    QString verdict =
        total == 0 ? tr("nothing to compare") : tr("%1 of %2 elements equal").arg(equal).arg(total);
    if (column == OutputsComparison::kFlatten)
      verdict = tr("only its last D·H_out block compared: %1").arg(verdict);
    // The symbol carries the verdict, the colour repeats it.
    QString symbol = QStringLiteral("≠"), colour = QStringLiteral("#b00020"),
            headline = tr("not the last step");
    if (v == OutputsComparison::Verdict::kSame) {
      symbol = QStringLiteral("=");
      colour = QStringLiteral("#1b7a1b");
      headline = tr("same as the last step");
    } else if (v == OutputsComparison::Verdict::kPartEqual) {
      symbol = QStringLiteral("◐");
      colour = QStringLiteral("#8a5a00");
      headline = column == OutputsComparison::kFlatten
                     ? tr("NOT the last step: keeps every step; only its last block equals it")
                     : tr("same values, but a different shape (the time axis is kept)");
    }
    counts += QStringLiteral(
                  "<span style='color:%1'>%2</span> <code>%3</code> vs <code>%4</code>"
                  ": %5<br>")
                  .arg(colour, symbol, expression.toHtmlEscaped(), last.toHtmlEscaped(), verdict);
    reasons += QStringLiteral("<p><b><code>%1</code></b> — %2 %3<br>%4</p>")
                   .arg(expression.toHtmlEscaped(), symbol, headline, html(c.reason(column)));
  }
  counts_->setText(tr("Over all %1 samples (= same tensor, ◐ equal values but not the same "
                      "tensor, ≠ different):<br>")
                       .arg(c.samples()) +
                   counts);
  reasonsHtml_ = tr("<h3>Why they agree or differ</h3>") + reasons;
  reasons_->setHtml(reasonsHtml_);
  fillTable();
}

QString OutputsView::countsText() const { return counts_->text(); }
QString OutputsView::whatIfText() const { return ghost_ ? whatIf_->text() : QString(); }
QString OutputsView::reasonsText() const { return reasonsHtml_; }

void OutputsView::setSample(int sample) { sample_->setValue(sample); }
int OutputsView::sample() const { return sample_->value(); }

OutputsView::Mark OutputsView::mark(Column column, int sample, int unit) const {
  if (!comparison_) return Mark::kAbsent;
  if (!comparison_->value(column, sample, unit).has_value()) return Mark::kAbsent;
  const bool referencePadding = comparison_->isPadding(OutputsComparison::kLastStep, sample, unit);
  if (column == OutputsComparison::kLastStep)
    return referencePadding ? Mark::kPadding : Mark::kReference;
  if (referencePadding && comparison_->isPadding(column, sample, unit)) return Mark::kPadding;
  if (!comparison_->value(OutputsComparison::kLastStep, sample, unit).has_value())
    return Mark::kAbsent;
  return comparison_->equalsLastStep(column, sample, unit) ? Mark::kEqual : Mark::kDifferent;
}

void OutputsView::fillTable() {
  if (!comparison_) return;
  model_->reset(sample_->value(), snapshot_->config.unbatched, headers_, headerTips_);
}

}  // namespace lstmviz::ui
