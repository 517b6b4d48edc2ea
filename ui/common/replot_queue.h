#pragma once
// ReplotQueue: the GUI's one redraw throttle — shared by the training dashboard's three views
// (Training, Histograms, Gradients), the Stepper's heat maps and every resized plot
// (DeferredReplotPlot) — that spreads expensive redraws over event-loop passes, one job per pass:
// a job runs from a timer, so input and other timers get their turn between two jobs and the GUI
// thread never blocks for more than one plot's replot at a time (a QCustomPlot replot costs
// ~5–15 ms; five in a row would be a visible stall). Jobs are keyed by the plot they redraw:
// adding a job for a plot already queued replaces it, so a plot is redrawn once however often its
// data changed meanwhile, and a job whose plot is gone is dropped. The history itself arrives at
// most every 33 ms (TrainingController's drain), so views redraw at most ~30 times a second.
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

  // The GUI thread's queue, shared by every view that uses it (created with the application,
  // which owns it). Requires: a QCoreApplication, called on its thread.
  static ReplotQueue* shared();

  void add(QObject* plot, std::function<void()> job);
  // Runs every queued job now (e.g. before grabbing the widgets).
  void flush();
  // Runs plot's queued job now, if it has one.
  void flush(QObject* plot);
  bool empty() const { return jobs_.empty(); }

 private:
  using Jobs = std::vector<std::pair<QPointer<QObject>, std::function<void()>>>;
  void runOne();
  Jobs::iterator jobOf(QObject* plot);  // plot's job, or jobs_.end()

  Jobs jobs_;
  QTimer timer_;
};

}  // namespace lstmviz::ui
