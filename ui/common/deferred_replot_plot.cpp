#include "ui/common/deferred_replot_plot.h"

#include "ui/common/replot_queue.h"

namespace lstmviz::ui {

void queueReplot(QCustomPlot* plot) {
  ReplotQueue::shared()->add(plot, [plot] { plot->replot(); });  // dropped if the plot is gone
}

void DeferredReplotPlot::queueReplot() { lstmviz::ui::queueReplot(this); }

void DeferredReplotPlot::replotIfQueued() { ReplotQueue::shared()->flush(this); }

void DeferredReplotPlot::resizeEvent(QResizeEvent* event) {
  Q_UNUSED(event);
  setViewport(rect());  // what QCustomPlot::resizeEvent does, without its immediate replot
  queueReplot();
}

}  // namespace lstmviz::ui
