#pragma once
// WhatIfGhostDelegate: a table cell that also shows the original run's value (what-if, issue 16)
// as a grey "ghost" before the edited one: "0.1234 →   0.2345". The ghost is the item's text under
// kGhostRole. It draws a cell from its display text, background, foreground and alignment only
// (no selection, icon or check box), which is all the Outputs table has.
#include <QStyledItemDelegate>

namespace lstmviz::ui {

class WhatIfGhostDelegate : public QStyledItemDelegate {
  Q_OBJECT

 public:
  static constexpr int kGhostRole = Qt::UserRole + 7;

  using QStyledItemDelegate::QStyledItemDelegate;
  void paint(QPainter* painter, const QStyleOptionViewItem& option,
             const QModelIndex& index) const override;
  QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace lstmviz::ui
