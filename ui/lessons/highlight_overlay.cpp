#include "ui/lessons/highlight_overlay.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QPainterPath>
#include <QTableView>
#include <QTimer>

namespace lstmviz::ui {

namespace {

constexpr int kPen = 4;
const QColor kMark(230, 97, 0);  // orange, distinct from the views' blues and greens

}  // namespace

HighlightOverlay::HighlightOverlay(QWidget* window) : QWidget(window), timer_(new QTimer(this)) {
  setObjectName(QStringLiteral("lessonHighlight"));
  setAttribute(Qt::WA_TransparentForMouseEvents);
  setAttribute(Qt::WA_NoSystemBackground);
  window->installEventFilter(this);
  // Scroll areas and splitters move the target without telling the window; follow it cheaply.
  timer_->setInterval(250);
  connect(timer_, &QTimer::timeout, this, &HighlightOverlay::follow);
  hide();
}

void HighlightOverlay::setTarget(QWidget* target, int row, int column, const QString& label) {
  target_ = target;
  row_ = row;
  column_ = column;
  label_ = label;
  if (auto* table = qobject_cast<QTableView*>(target); table && table->model()) {
    const int r = std::max(row, 0), c = std::max(column, 0);
    if (r < table->model()->rowCount() && c < table->model()->columnCount())
      table->scrollTo(table->model()->index(r, c));
  }
  if (target)
    timer_->start();
  else
    timer_->stop();
  follow();
}

QRect HighlightOverlay::markedRect() const {
  if (!target_ || !target_->isVisible() || !parentWidget()) return {};
  QWidget* window = parentWidget();
  // Only the part the target's scroll areas and splitters let the learner see.
  const QRect visible = target_->visibleRegion().boundingRect();
  if (visible.isEmpty()) return {};
  const QRect visibleInWindow(target_->mapTo(window, visible.topLeft()), visible.size());
  QRect rect = visibleInWindow;
  if (auto* table = qobject_cast<QTableView*>(target_.data());
      table && table->model() && (row_ >= 0 || column_ >= 0)) {
    QAbstractItemModel* model = table->model();
    const int rows = model->rowCount(), columns = model->columnCount();
    if (rows > 0 && columns > 0 && row_ < rows && column_ < columns) {
      const int r0 = row_ >= 0 ? row_ : 0, r1 = row_ >= 0 ? row_ : rows - 1;
      const int c0 = column_ >= 0 ? column_ : 0, c1 = column_ >= 0 ? column_ : columns - 1;
      QRect cells =
          table->visualRect(model->index(r0, c0)) | table->visualRect(model->index(r1, c1));
      cells = cells.intersected(table->viewport()->rect());
      if (column_ >= 0 && row_ < 0) {  // a column: include its header
        cells.setTop(-table->horizontalHeader()->height());
      }
      if (!cells.isEmpty())
        rect = QRect(table->viewport()->mapTo(window, cells.topLeft()), cells.size())
                   .intersected(visibleInWindow);
    }
  }
  // Keep the mark inside the part of the window the target's scroll areas show.
  return rect.adjusted(-kPen, -kPen, kPen, kPen).intersected(window->rect());
}

void HighlightOverlay::follow() {
  if (!parentWidget()) return;
  setGeometry(parentWidget()->rect());
  const bool show = !markedRect().isEmpty();
  setVisible(show);
  if (show) {
    raise();
    update();
  }
}

bool HighlightOverlay::eventFilter(QObject* watched, QEvent* event) {
  if (watched == parentWidget() &&
      (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
    QTimer::singleShot(0, this, &HighlightOverlay::follow);
  return QWidget::eventFilter(watched, event);
}

void HighlightOverlay::paintEvent(QPaintEvent*) {
  const QRect rect = markedRect();
  if (rect.isEmpty()) return;
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  QPen pen(kMark, kPen);
  p.setPen(pen);
  p.setBrush(Qt::NoBrush);
  p.drawRoundedRect(QRectF(rect).adjusted(kPen / 2.0, kPen / 2.0, -kPen / 2.0, -kPen / 2.0), 6, 6);
  if (label_.isEmpty()) return;
  // The label sits on the frame's top edge (inside the window), white on the mark's colour.
  QFont font = p.font();
  font.setBold(true);
  p.setFont(font);
  const QString text = QStringLiteral("▶ ") + label_;
  const QFontMetrics metrics(font);
  const int width = std::min(metrics.horizontalAdvance(text) + 32,
                             std::max(rect.width(), std::min(320, this->width() - rect.left())));
  // Above a small mark (a row, a cell, a control); inside the bottom edge of a large one, which
  // hides less of what the mark is about than its top (headers, legends).
  QRect box(rect.left(), rect.top() - metrics.height() - 6, width, metrics.height() + 6);
  if (rect.height() > 6 * box.height()) box.moveBottom(rect.bottom() - kPen);
  if (box.top() < 0) box.moveTop(rect.top());
  if (box.right() > this->width()) box.moveRight(this->width() - 1);
  p.setPen(Qt::NoPen);
  p.setBrush(kMark);
  p.drawRoundedRect(box, 4, 4);
  p.setPen(Qt::white);
  p.drawText(box.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
             metrics.elidedText(text, Qt::ElideRight, box.width() - 16));
}

}  // namespace lstmviz::ui
