#include "ui/explorer/outputs_table_model.h"

#include "ui/explorer/outputs_view.h"
#include "ui/explorer/whatif_ghost_delegate.h"

namespace lstmviz::ui {

const QColor OutputsTableModel::kEqualFill(0xd6, 0xf0, 0xd6);
const QColor OutputsTableModel::kDifferentFill(0xfa, 0xd4, 0xd2);
const QColor OutputsTableModel::kAbsentFill(0xee, 0xee, 0xee);
const QColor OutputsTableModel::kPaddingFill(0xf4, 0xf4, 0xf4);
const QColor OutputsTableModel::kReferenceFill(0xdc, 0xe8, 0xf8);

namespace {
using Mark = OutputsView::Mark;
using Column = OutputsComparison::Column;
}  // namespace

OutputsTableModel::OutputsTableModel(const OutputsView* view, QObject* parent)
    : QAbstractTableModel(parent), view_(view) {}

void OutputsTableModel::reset(int sample, bool unbatched, QStringList headers,
                              QStringList headerTips) {
  beginResetModel();
  sample_ = sample;
  unbatched_ = unbatched;
  headers_ = std::move(headers);
  headerTips_ = std::move(headerTips);
  endResetModel();
}

int OutputsTableModel::rowCount(const QModelIndex& parent) const {
  const OutputsComparison* c = view_->comparison();
  return parent.isValid() || !c ? 0 : c->rows();
}

int OutputsTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() || !view_->comparison() ? 0 : OutputsComparison::kColumnCount;
}

QVariant OutputsTableModel::data(const QModelIndex& index, int role) const {
  const OutputsComparison* c = view_->comparison();
  if (!c || !index.isValid()) return {};
  const auto column = static_cast<Column>(index.column());
  const int j = index.row();
  const Mark m = view_->mark(column, sample_, j);
  const std::optional<float> value = c->value(column, sample_, j);
  const OutputsComparison* ghost = view_->ghostComparison();
  const std::optional<float> original =
      value && ghost ? ghost->value(column, sample_, j) : std::nullopt;
  switch (role) {
    case Qt::DisplayRole: {
      if (!value) return QStringLiteral("—");
      const QString sign = m == Mark::kEqual       ? QStringLiteral("=  ")
                           : m == Mark::kDifferent ? QStringLiteral("≠  ")
                           : m == Mark::kPadding   ? tr("pad  ")
                                                   : QString();
      return sign + QString::number(*value, 'f', 6);
    }
    case Qt::ToolTipRole:
      if (!value) return {};
      if (original)
        return tr("edited: %1\noriginal: %2")
            .arg(QString::number(*value, 'g', 9), QString::number(*original, 'g', 9));
      return QString::number(*value, 'g', 9);
    case Qt::TextAlignmentRole:
      return static_cast<int>(value ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignCenter);
    case Qt::BackgroundRole:
      switch (m) {
        case Mark::kReference:
          return kReferenceFill;
        case Mark::kEqual:
          return kEqualFill;
        case Mark::kDifferent:
          return kDifferentFill;
        case Mark::kAbsent:
          return kAbsentFill;
        case Mark::kPadding:
          return kPaddingFill;
      }
      return {};
    case Qt::ForegroundRole:
      return m == Mark::kPadding ? QColor(0x70, 0x70, 0x70) : QColor(0x20, 0x20, 0x20);
    case OutputsView::kMarkRole:
      return static_cast<int>(m);
    case WhatIfGhostDelegate::kGhostRole:
      if (original) return QString::number(*original, 'f', 6);
      return {};
    default:
      return {};
  }
}

QVariant OutputsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation == Qt::Horizontal) {
    if (section < 0 || section >= headers_.size()) return {};
    if (role == Qt::DisplayRole) return headers_[section];
    if (role == Qt::ToolTipRole && section < headerTips_.size()) return headerTips_[section];
    return {};
  }
  if (role != Qt::DisplayRole) return {};
  // Unbatched, output[:, -1] is indexed by step: its row j is step j.
  return unbatched_ ? tr("unit %1 · step %1").arg(section) : tr("unit %1").arg(section);
}

}  // namespace lstmviz::ui
