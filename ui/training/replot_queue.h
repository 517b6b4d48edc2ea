#pragma once
// ReplotQueue: the redraw throttle of the training dashboard — one queue shared by its three views
// (Training, Histograms, Gradients) that spreads expensive redraws over event-loop passes, one job
// per pass, so the GUI thread never blocks for more than one plot's replot at a time (a QCustomPlot
// replot costs ~5–15 ms; five in a row would be a visible stall). Jobs are keyed by the plot they
// redraw: adding a job for a plot already queued replaces it, so a plot is redrawn once however
// often its data changed meanwhile, and a job whose plot is gone is dropped. The history itself
// arrives at most every 33 ms (TrainingController's drain), so views redraw at most ~30 times a
// second.
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <utility>
#include <vector>

namespace lstmviz::ui {

class ReplotQueue : public QObject {
  Q_OBJECT
 public:
  explicit ReplotQueue(QObject* parent = nullptr);

  // The GUI thread's queue, shared by every dashboard view (created with the application, which
  // owns it). Requires: a QCoreApplication, called on its thread.
  static ReplotQueue* shared();

  void add(QObject* plot, std::function<void()> job);
  // Runs every queued job now (e.g. before grabbing the widgets).
  void flush();
  bool empty() const { return jobs_.empty(); }

 private:
  void runOne();

  std::vector<std::pair<QPointer<QObject>, std::function<void()>>> jobs_;
  QTimer timer_;
};

}  // namespace lstmviz::ui
