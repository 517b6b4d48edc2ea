#pragma once
// InputDragPlot: one input feature of one sample over the steps, x[n, ·, f], as the edited run
// received it (blue, one dot per step) with the original as a grey ghost. Pressing on a dot and
// dragging it vertically sets that value: valueDragged(step, value) on every move (the dot follows
// the mouse at once, before anything is recomputed), dragFinished() on release. The y axis stays
// fixed during a drag.
#include <QVector>

#include "ui/common/deferred_replot_plot.h"

namespace lstmviz::ui {

class InputDragPlot : public DeferredReplotPlot {
  Q_OBJECT

 public:
  explicit InputDragPlot(QWidget* parent = nullptr);
  // The values per step, edited and original (the same length). A point being dragged keeps the
  // dragged value.
  void setSeries(const QVector<double>& edited, const QVector<double>& original);
  bool dragging() const { return dragStep_ >= 0; }
  // Where step t's dot is drawn (widget pixels), for tests and tooltips.
  QPoint pointPosition(int step) const;
  // The value shown at step t on the edited line.
  double shownValue(int step) const;

 signals:
  void valueDragged(int step, double value);
  void dragFinished();

 protected:
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;

 private:
  void showValues();
  // Moves the dragged point to value: drawn, and valueDragged emitted.
  void dragTo(double value);
  void fitValueAxis();

  QVector<double> edited_;
  QVector<double> original_;
  int dragStep_ = -1;
  double dragValue_ = 0.0;
};

}  // namespace lstmviz::ui
