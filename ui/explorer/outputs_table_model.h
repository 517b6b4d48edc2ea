#pragma once
// OutputsTableModel: the Outputs view's table. Row j is unit j of each of the six expressions
// (OutputsComparison's columns) for the chosen sample n; every cell is read from the view's
// comparison when Qt asks for it. A table widget built D·H_out × 6 items up front, which took the
// GUI thread 16 ms for a large configuration's 1024 rows (issue 17).
// Roles: DisplayRole "=  0.123456" (the mark's sign, 6 decimals, "—" where the expression has no
// such element), ToolTipRole the value to 9 digits (edited and original under what-if),
// BackgroundRole / ForegroundRole the mark's colours, OutputsView::kMarkRole the Mark as int,
// WhatIfGhostDelegate::kGhostRole the original run's value (only under what-if).
#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

namespace lstmviz::ui {

class OutputsView;

class OutputsTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  // The fills of the marks (also the view's legend).
  static const QColor kEqualFill, kDifferentFill, kAbsentFill, kPaddingFill, kReferenceFill;

  // view outlives the model and answers mark(), comparison() and ghostComparison().
  explicit OutputsTableModel(const OutputsView* view, QObject* parent = nullptr);
  // Shows `sample` of the view's current comparison under these column headers and tooltips.
  void reset(int sample, bool unbatched, QStringList headers, QStringList headerTips);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  const OutputsView* view_;
  int sample_ = 0;
  bool unbatched_ = false;
  QStringList headers_, headerTips_;
};

}  // namespace lstmviz::ui
