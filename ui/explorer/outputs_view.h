#pragma once
// OutputsView: "is output[:, -1] the same as h_n[-1]?" — the last step of output, h_n[-1], the
// swapped-index misuse (output[-1] with batch_first), the Flatten row and c_n[-1] side by side as
// numbers for one sample of the batch, every element marked equal / different from the last step
// (exact float equality), with a count over the whole batch and a plain-language reason wherever
// they differ (see OutputsComparison).
// What-if (issue 16): with an edited snapshot every cell also shows the original run's value as a
// grey ghost ("0.1234 →  0.2345", WhatIfGhostDelegate), and a line above the table says in words
// what changed: output's changed elements, each row of h_n and c_n changed or unchanged.
#include <QWidget>
#include <memory>

#include "ui/explorer/outputs_view_model.h"
#include "ui/model/explorer_snapshot.h"

class QLabel;
class QSpinBox;
class QTableView;
class QTextBrowser;

namespace lstmviz::ui {

class OutputsTableModel;

class OutputsView : public QWidget {
  Q_OBJECT

 public:
  // How an element is marked in the table (each cell's kMarkRole, OutputsTableModel).
  // kPadding: zero padding past a sample's length (both sides, or the reference itself) — not
  // computed, so not compared.
  enum class Mark { kReference = 0, kEqual = 1, kDifferent = 2, kAbsent = 3, kPadding = 4 };
  static constexpr int kMarkRole = Qt::UserRole + 1;

  explicit OutputsView(QWidget* parent = nullptr);
  void setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot);

  // Which sample's numbers the table shows.
  void setSample(int sample);
  int sample() const;
  // The mark of (column, sample, unit), the one the table draws when that sample is shown.
  Mark mark(OutputsComparison::Column column, int sample, int unit) const;
  // True iff h_n[-1][sample, unit] is marked equal to the last step of output.
  bool elementsEqual(int sample, int unit) const {
    return mark(OutputsComparison::kHnLast, sample, unit) == Mark::kEqual;
  }
  const OutputsComparison* comparison() const { return comparison_.get(); }
  // The original run's comparison (the ghost); null without edits.
  const OutputsComparison* ghostComparison() const { return ghost_.get(); }
  // The what-if sentence above the table; empty without edits.
  QString whatIfText() const;
  QTableView* table() const { return table_; }
  // The rich text under the table (counts per column) and beside it (the reasons), as shown.
  QString countsText() const;
  QString reasonsText() const;

 private:
  void fillTable();

  std::shared_ptr<const ExplorerSnapshot> snapshot_;
  std::unique_ptr<OutputsComparison> comparison_;
  std::unique_ptr<OutputsComparison> ghost_;
  QLabel* whatIf_;
  QSpinBox* sample_;
  QLabel* sampleNote_;
  QTableView* table_;
  OutputsTableModel* model_;
  QStringList headers_, headerTips_;  // the columns' expressions and shapes, their tooltips
  QLabel* counts_;
  QTextBrowser* reasons_;
  QString reasonsHtml_;  // what reasons_ shows (reasonsText)
};

}  // namespace lstmviz::ui
