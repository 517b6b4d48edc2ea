#pragma once
// DeferredReplotPlot: a QCustomPlot that, when resized, replots once in a later pass of the event
// loop (a ReplotQueue job) instead of inside the layout pass that resized it. QCustomPlot replots
// at once on every resize — 2–5 ms for the Stepper's six heat maps — and a window whose layout
// settles in two or three steps after a new snapshot replotted that often in one pass, on top of
// the replot the new data queues (issue 17: no pass longer than one frame). Resizes in a row cost
// one replot; until it runs the plot shows its previous image for one frame.
#include <qcustomplot.h>

namespace lstmviz::ui {

// Replots plot in a later pass of the event loop, as one job of ReplotQueue::shared(): queued
// replots of one plot in a row cost one. For views that redraw several plots for one change.
void queueReplot(QCustomPlot* plot);

class DeferredReplotPlot : public QCustomPlot {
  Q_OBJECT

 public:
  using QCustomPlot::QCustomPlot;

  // queueReplot(this).
  void queueReplot();
  // Runs this plot's queued replot now, if one is queued (before reading what it draws).
  void replotIfQueued();

 protected:
  void resizeEvent(QResizeEvent* event) override;
};

}  // namespace lstmviz::ui
