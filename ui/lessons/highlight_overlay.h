#pragma once
// HighlightOverlay: a frame drawn over the window around the element a lesson points at (a widget,
// or one row / column / cell of a table), with a short label saying what to look at — a thick
// outline plus a "▶" label, so the mark does not rely on colour alone. It ignores the mouse and
// follows the target while the window is resized or scrolled; it hides while the target is not
// visible (another tab).
#include <QPointer>
#include <QString>
#include <QWidget>

class QTimer;

namespace lstmviz::ui {

class HighlightOverlay : public QWidget {
  Q_OBJECT

 public:
  // Covers `window` (its whole client area).
  explicit HighlightOverlay(QWidget* window);

  // Marks `target`; row / column >= 0 narrow the mark to that row, column or cell when the
  // target is a table (QAbstractItemView), scrolling it into view. Null clears the mark.
  void setTarget(QWidget* target, int row, int column, const QString& label);
  QWidget* target() const { return target_; }
  // The marked rectangle in the window's coordinates (empty when nothing is shown).
  QRect markedRect() const;

 protected:
  void paintEvent(QPaintEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void follow();

  QPointer<QWidget> target_;
  int row_ = -1, column_ = -1;
  QString label_;
  QTimer* timer_;
};

}  // namespace lstmviz::ui
