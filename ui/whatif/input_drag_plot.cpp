#include "ui/whatif/input_drag_plot.h"

#include <algorithm>
#include <cmath>

namespace lstmviz::ui {

namespace {

// How far (pixels) from a dot a press still picks it.
constexpr double kPickRadius = 14.0;

}  // namespace

InputDragPlot::InputDragPlot(QWidget* parent) : DeferredReplotPlot(parent) {
  setMinimumHeight(170);
  setPlottingHint(QCP::phFastPolylines, true);
  addGraph();  // 0: the original, a grey ghost
  graph(0)->setPen(QPen(QColor(150, 150, 150), 2, Qt::DashLine));
  graph(0)->setName(tr("original"));
  addGraph();  // 1: what the edited run received
  graph(1)->setPen(QPen(QColor(31, 119, 180), 2));
  graph(1)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
  graph(1)->setName(tr("edited (drag a dot)"));
  xAxis->setLabel(tr("step t"));
  legend->setVisible(true);
  legend->setFont(font());
  axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

void InputDragPlot::setSeries(const QVector<double>& edited, const QVector<double>& original) {
  const bool sameLength = edited.size() == edited_.size();
  edited_ = edited;
  original_ = original;
  if (dragStep_ >= 0 && dragStep_ < edited_.size() && sameLength) {
    edited_[dragStep_] = dragValue_;  // the mouse leads, the recompute follows
  } else {
    dragStep_ = -1;
    fitValueAxis();
  }
  showValues();
}

void InputDragPlot::fitValueAxis() {
  double low = 0.0, high = 0.0;
  bool first = true;
  for (const QVector<double>* series : {&edited_, &original_})
    for (double v : *series) {
      low = first ? v : std::min(low, v);
      high = first ? v : std::max(high, v);
      first = false;
    }
  const double margin = std::max(0.5, 0.25 * (high - low));
  yAxis->setRange(low - margin, high + margin);
  xAxis->setRange(-0.5, std::max(0.5, edited_.size() - 0.5));
}

void InputDragPlot::showValues() {
  QVector<double> steps(edited_.size());
  for (int t = 0; t < steps.size(); ++t) steps[t] = t;
  graph(0)->setData(steps, original_, true);
  graph(1)->setData(steps, edited_, true);
  queueReplot();
}

QPoint InputDragPlot::pointPosition(int step) const {
  if (step < 0 || step >= edited_.size()) return {};
  return QPoint(qRound(xAxis->coordToPixel(step)), qRound(yAxis->coordToPixel(edited_[step])));
}

double InputDragPlot::shownValue(int step) const {
  return step >= 0 && step < edited_.size() ? edited_[step] : 0.0;
}

void InputDragPlot::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton && !edited_.isEmpty()) {
    int best = -1;
    double bestDistance = kPickRadius;
    for (int t = 0; t < edited_.size(); ++t) {
      const double dx = xAxis->coordToPixel(t) - event->position().x();
      const double dy = yAxis->coordToPixel(edited_[t]) - event->position().y();
      const double distance = std::hypot(dx, dy);
      if (distance <= bestDistance) {
        best = t;
        bestDistance = distance;
      }
    }
    if (best >= 0) {
      dragStep_ = best;
      dragValue_ = edited_[best];
      setNotAntialiasedElements(QCP::aeAll);  // a redraw per mouse move: the fast path
      setCursor(Qt::SizeVerCursor);
      event->accept();
      return;
    }
  }
  QCustomPlot::mousePressEvent(event);
}

void InputDragPlot::mouseMoveEvent(QMouseEvent* event) {
  if (dragStep_ < 0) {
    QCustomPlot::mouseMoveEvent(event);
    return;
  }
  const double value = yAxis->pixelToCoord(event->position().y());
  if (!std::isfinite(value)) return;
  dragTo(value);
  event->accept();
}

void InputDragPlot::dragTo(double value) {
  dragValue_ = value;
  edited_[dragStep_] = value;
  showValues();
  emit valueDragged(dragStep_, value);
}

void InputDragPlot::mouseReleaseEvent(QMouseEvent* event) {
  if (dragStep_ < 0) {
    QCustomPlot::mouseReleaseEvent(event);
    return;
  }
  // The value is where the pointer lets go, also when its last move was not delivered.
  const double value = yAxis->pixelToCoord(event->position().y());
  if (std::isfinite(value) && value != dragValue_) dragTo(value);
  dragStep_ = -1;
  unsetCursor();
  setNotAntialiasedElements(QCP::aeNone);
  queueReplot();
  emit dragFinished();
  event->accept();
}

}  // namespace lstmviz::ui
