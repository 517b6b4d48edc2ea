#include "ui/explorer/whatif_ghost_delegate.h"

#include <QApplication>
#include <QPainter>

namespace lstmviz::ui {

namespace {

const QColor kGhostColour(0x8a, 0x8a, 0x8a);
constexpr int kPadding = 4;

QString ghostText(const QModelIndex& index) {
  const QString ghost = index.data(WhatIfGhostDelegate::kGhostRole).toString();
  return ghost.isEmpty() ? QString() : ghost + QStringLiteral(" \u2192");
}

QFont ghostFont(const QFont& base) {
  QFont font = base;
  font.setItalic(true);
  return font;
}

}  // namespace

void WhatIfGhostDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
  const QString ghost = ghostText(index);
  if (ghost.isEmpty()) return QStyledItemDelegate::paint(painter, option, index);
  QStyleOptionViewItem opt(option);
  initStyleOption(&opt, index);
  const QString text = opt.text;
  opt.text.clear();
  const QWidget* widget = opt.widget;
  QStyle* style = widget ? widget->style() : QApplication::style();
  style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);  // background only
  const QRect area = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
  painter->save();
  painter->setFont(ghostFont(opt.font));
  painter->setPen(kGhostColour);
  painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, ghost);
  painter->setFont(opt.font);
  const QVariant foreground = index.data(Qt::ForegroundRole);
  painter->setPen(foreground.isValid() ? foreground.value<QBrush>().color()
                                       : opt.palette.color(QPalette::Text));
  painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, text);
  painter->restore();
}

QSize WhatIfGhostDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
  QSize size = QStyledItemDelegate::sizeHint(option, index);
  const QString ghost = ghostText(index);
  if (!ghost.isEmpty())
    size.rwidth() += QFontMetrics(ghostFont(option.font)).horizontalAdvance(ghost) + 3 * kPadding;
  return size;
}

}  // namespace lstmviz::ui
