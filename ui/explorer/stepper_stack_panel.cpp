#include "ui/explorer/stepper_stack_panel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/explorer/stepper_equations.h"
#include "ui/explorer/stepper_stack_diagram.h"
#include "ui/explorer/whatif_wording.h"

namespace lstmviz::ui {

namespace {

enum HnColumn { kRow = 0, kOwner, kStep, kOutput, kCheck, kValues, kHnColumnCount };

}  // namespace

StepperStackPanel::StepperStackPanel(QWidget* parent)
    : QWidget(parent), diagram_(new StepperStackDiagram(this)) {
  setObjectName(QStringLiteral("stepperStackPanel"));
  table_ = new QTableWidget(0, kHnColumnCount, this);
  table_->setObjectName(QStringLiteral("hnRowsTable"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionMode(QAbstractItemView::NoSelection);
  table_->verticalHeader()->setVisible(false);
  table_->setHorizontalHeaderLabels({tr("row"), tr("layer · direction"), tr("taken at"),
                                     tr("in output?"), tr("= trace h_t"), tr("values (sample n)")});
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->setToolTip(
      tr("Every row of h_n under its own name, in torch's order: row r is layer "
         "r / D, direction r mod D (forward first)."));
  note_ = new QLabel(this);
  note_->setWordWrap(true);

  auto* right = new QVBoxLayout;
  right->addWidget(note_);
  right->addWidget(table_, 1);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(diagram_, 1);
  layout->addLayout(right, 1);
}

void StepperStackPanel::setData(std::shared_ptr<const ExplorerSnapshot> snapshot,
                                const StepSelection& sel) {
  pendingSnapshot_ = std::move(snapshot);
  pendingSel_ = sel;
  pending_ = true;
  if (isVisible()) applyPending();
}

void StepperStackPanel::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  applyPending();
}

void StepperStackPanel::applyPending() {
  if (!pending_) return;
  pending_ = false;
  apply(pendingSnapshot_, pendingSel_);
}

void StepperStackPanel::apply(const std::shared_ptr<const ExplorerSnapshot>& snapshot,
                              const StepSelection& sel) {
  diagram_->setData(snapshot, sel);
  rows_.clear();
  table_->setRowCount(0);
  if (!snapshot) {
    note_->clear();
    return;
  }
  const core::LstmConfig& c = snapshot->lstm.config();
  const int64_t d = c.numDirections();
  rows_ = describeHnRows(*snapshot, sel.sample);
  QStringList order;
  for (const HnRow& row : rows_)
    order << (d == 2 ? (row.direction == 0 ? tr("l%1 fwd") : tr("l%1 rev")).arg(row.layer)
                     : tr("l%1").arg(row.layer));
  const QString note =
      (tr("h_n has D·num_layers = %1 rows: [%2]. Only the top layer's rows are also in "
          "output; h_n[-1] is the last row%3.")
           .arg(rows_.size())
           .arg(order.join(QStringLiteral(", ")))
           .arg(d == 2 ? tr(" — the top layer's REVERSE direction; the top layer's "
                            "forward state is h_n[-2]")
                       : QString()));
  // What-if: which rows the edits changed, in words.
  note_->setTextFormat(snapshot->edited() ? Qt::RichText : Qt::PlainText);
  note_->setText(snapshot->edited() ? note.toHtmlEscaped() + QStringLiteral("<br><b>") +
                                          tr("What-if (original → edited):").toHtmlEscaped() +
                                          QStringLiteral("</b> ") +
                                          describeStateRowChanges(*snapshot).toHtmlEscaped()
                                    : note);
  table_->setRowCount(static_cast<int>(rows_.size()));
  const bool batchFirst = c.batchFirst && !snapshot->trace.unbatched;
  for (const HnRow& row : rows_) {
    const int r = static_cast<int>(row.row);
    auto set = [&](int column, const QString& text) {
      auto* item = new QTableWidgetItem(text);
      if (row.layer == sel.layer && row.direction == sel.direction) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
      }
      table_->setItem(r, column, item);
    };
    set(kRow, QStringLiteral("h_n[%1] = h_n[%2]").arg(row.row).arg(row.alias));
    set(kOwner, d == 2 ? (row.direction == 0 ? tr("layer %1 · forward") : tr("layer %1 · reverse"))
                             .arg(row.layer)
                       : tr("layer %1").arg(row.layer));
    set(kStep, tr("t = %1").arg(row.step));
    QString where = tr("no: feeds layer %1").arg(row.layer + 1);
    if (row.inOutput) {
      const QString half = d == 1               ? QString()
                           : row.direction == 0 ? QStringLiteral(", :H_out")
                                                : QStringLiteral(", H_out:");
      where = batchFirst ? QStringLiteral("output[:, %1%2]").arg(row.step).arg(half)
                         : QStringLiteral("output[%1%2]")
                               .arg(row.step)
                               .arg(half.isEmpty() || snapshot->trace.unbatched
                                        ? half
                                        : QStringLiteral(", :") + half);
    }
    set(kOutput, where);
    // Old → new for the values an edit changed (what-if).
    auto list = [](const std::vector<float>& now, const std::vector<float>& before, size_t limit) {
      QStringList values;
      const size_t shown = std::min<size_t>(now.size(), limit);
      for (size_t j = 0; j < shown; ++j)
        values << (before.empty() || before[j] == now[j]
                       ? formatStepNumber(now[j])
                       : formatStepNumber(before[j]) + QStringLiteral(" → ") +
                             formatStepNumber(now[j]));
      if (now.size() > shown) values << QStringLiteral("…");
      return QStringLiteral("[") + values.join(QStringLiteral(", ")) + QStringLiteral("]");
    };
    set(kValues, list(row.values, row.originalValues, row.originalValues.empty() ? 4 : 3));
    table_->item(r, kValues)
        ->setToolTip(QStringLiteral("h_n[%1] = %2\nc_n[%1] = %3")
                         .arg(row.row)
                         .arg(list(row.values, row.originalValues, row.values.size()),
                              list(row.cellValues, row.originalCellValues, row.cellValues.size())));
    set(kCheck, row.matchesTrace ? tr("= equal") : tr("≠ differs"));
  }
}

}  // namespace lstmviz::ui
