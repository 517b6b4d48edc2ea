#include "ui/explorer/stepper_cell_loop_panel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/explorer/gate_chunk_diagram.h"

namespace lstmviz::ui {

StepperCellLoopPanel::StepperCellLoopPanel(QWidget* parent)
    : QWidget(parent), chunks_(new GateChunkDiagram(this)) {
  setObjectName(QStringLiteral("stepperCellLoopPanel"));
  code_ = new QPlainTextEdit(this);
  code_->setObjectName(QStringLiteral("cellLoopCode"));
  code_->setReadOnly(true);
  code_->setLineWrapMode(QPlainTextEdit::NoWrap);
  code_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("cellLoopSummary"));
  summary_->setWordWrap(true);
  table_ = new QTableWidget(0, 3, this);
  table_->setObjectName(QStringLiteral("cellLoopTable"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionMode(QAbstractItemView::NoSelection);
  table_->verticalHeader()->setVisible(false);
  table_->setHorizontalHeaderLabels(
      {tr("step t"), tr("max |h_cell − h_t|"), tr("every float equal?")});
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  auto* left = new QVBoxLayout;
  left->addWidget(code_, 3);
  left->addWidget(summary_);
  left->addWidget(table_, 4);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(left, 1);
  layout->addWidget(chunks_, 1);
}

const CellLoopComparison& StepperCellLoopPanel::comparison() {
  recompute();
  return comparison_;
}

QTableWidget* StepperCellLoopPanel::table() {
  recompute();
  return table_;
}

QString StepperCellLoopPanel::summaryText() {
  recompute();
  return summary_->text();
}

void StepperCellLoopPanel::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  recompute();
}

void StepperCellLoopPanel::setData(std::shared_ptr<const ExplorerSnapshot> snapshot,
                                   const StepSelection& sel) {
  const bool same = snapshot == snapshot_ && sel.layer == layer_ && sel.direction == direction_;
  snapshot_ = std::move(snapshot);
  if (same) return;
  layer_ = sel.layer;
  direction_ = sel.direction;
  pending_ = true;
  if (isVisible()) recompute();
}

void StepperCellLoopPanel::recompute() {
  if (!pending_) return;
  pending_ = false;
  const StepSelection sel{layer_, direction_, 0, 0, 0};
  table_->setRowCount(0);
  if (!snapshot_) {
    comparison_ = {};
    code_->clear();
    summary_->clear();
    return;
  }
  comparison_ = compareCellLoop(*snapshot_, sel.layer, sel.direction);
  code_->setPlainText(QString::fromStdString(comparison_.code));
  if (!comparison_.supported) {
    summary_->setText(tr("No LSTMCell loop: nn.LSTMCell has no proj_size."));
    return;
  }
  int exact = 0;
  for (bool e : comparison_.stepExactlyEqual) exact += e ? 1 : 0;
  // What-if: a clamp of this layer and direction, or an edited h_0 / c_0, is not in the plain
  // loop, so differences are the edit, not rounding.
  bool editNotInLoop = false, stateEdited = false;
  // In reading order, the first step a clamp of this pass sets (from there on the loop departs).
  int64_t firstClamped = comparison_.steps;  // forward: smallest step; reverse: from the end
  for (const core::GateClamp& clamp : snapshot_->edits.gateClamps()) {
    if (clamp.layer != sel.layer || clamp.direction != sel.direction) continue;
    editNotInLoop = true;
    const int64_t last = std::min(clamp.lastStep, comparison_.steps - 1);
    firstClamped =
        std::min(firstClamped, sel.direction == 0 ? clamp.firstStep : comparison_.steps - 1 - last);
  }
  for (const core::ValueEdit& edit : snapshot_->edits.values)
    if (edit.target == core::EditTarget::kH0 || edit.target == core::EditTarget::kC0)
      editNotInLoop = stateEdited = true;
  auto departed = [&](int64_t t) {
    const int64_t k = sel.direction == 0 ? t : comparison_.steps - 1 - t;  // reading position
    return stateEdited || k >= firstClamped;
  };
  summary_->setText(
      tr("LSTMCell loop vs nn.LSTM (layer %1): %2 of %3 steps equal in every float; max |h_cell "
         "− h_t| = %4 over %5 values — %6")
          .arg(sel.layer)
          .arg(exact)
          .arg(comparison_.steps)
          .arg(comparison_.maxDifference == 0.0
                   ? QStringLiteral("0")
                   : QString::number(comparison_.maxDifference, 'e', 1))
          .arg(comparison_.comparedValues)
          .arg(comparison_.maxDifference == 0.0 ? tr("the same numbers.")
               : editNotInLoop
                   ? tr("NOT the same computation: the what-if edits clamp a gate of this layer "
                        "or set h_0 / c_0, which this plain LSTMCell loop does not do; the "
                        "differences are the edit, not rounding.")
                   : tr("the same computation; the kernels add the products in another order "
                        "(float rounding).")));
  table_->setRowCount(static_cast<int>(comparison_.steps));
  for (int64_t t = 0; t < comparison_.steps; ++t) {
    const int row = static_cast<int>(t);
    table_->setItem(row, 0, new QTableWidgetItem(QString::number(t)));
    const double d = comparison_.stepMaxDifference[t];
    table_->setItem(
        row, 1, new QTableWidgetItem(d == 0.0 ? QStringLiteral("0") : QString::number(d, 'e', 2)));
    table_->setItem(row, 2,
                    new QTableWidgetItem(comparison_.stepExactlyEqual[t] ? tr("= yes")
                                         : departed(t) ? tr("≠ no, the what-if edit")
                                                       : tr("≈ no, rounding")));
  }
}

void StepperCellLoopPanel::setStep(const StepValues& values, const StepSelection& sel) {
  if (!snapshot_) return;
  const core::LstmConfig& c = snapshot_->lstm.config();
  chunks_->setValues(c.hiddenSize, static_cast<int64_t>(values.x.size()), c.outputSize(), values,
                     sel.unit);
}

}  // namespace lstmviz::ui
