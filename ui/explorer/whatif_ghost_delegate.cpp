#include "ui/explorer/whatif_ghost_delegate.h"

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
  // The cell drawn from the roles it uses, not through the style's item drawing (which asks the
  // model for every role and lays the text out; 30 µs a cell, 4–5 ms for a table on screen).
  // The tables that use this delegate select nothing and hold no icons or check boxes.
  const QVariant background = index.data(Qt::BackgroundRole);
  if (background.isValid()) painter->fillRect(option.rect, background.value<QBrush>());
  const QVariant foreground = index.data(Qt::ForegroundRole);
  const QColor textColour = foreground.isValid() ? foreground.value<QBrush>().color()
                                                 : option.palette.color(QPalette::Text);
  const QVariant alignment = index.data(Qt::TextAlignmentRole);
  const auto align = alignment.isValid() ? Qt::Alignment(alignment.toInt())
                                         : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter);
  const QRect area = option.rect.adjusted(kPadding, 0, -kPadding, 0);
  const QString text = index.data(Qt::DisplayRole).toString();
  const QString ghost = ghostText(index);
  painter->save();
  painter->setClipRect(option.rect);
  if (!ghost.isEmpty()) {
    painter->setFont(ghostFont(option.font));
    painter->setPen(kGhostColour);
    painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, ghost);
  }
  painter->setFont(option.font);
  painter->setPen(textColour);
  painter->drawText(area, ghost.isEmpty() ? align : Qt::AlignRight | Qt::AlignVCenter, text);
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
