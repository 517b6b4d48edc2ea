#pragma once
// ReplotQueue: spreads expensive redraws over event-loop passes — one job per pass — so the GUI
// thread never blocks for more than one plot's replot at a time (a QCustomPlot replot costs ~5–15 ms;
// five in a row would be a visible stall). Jobs are keyed: adding a job for a key already queued
// replaces it, so a plot is redrawn once however often its data changed meanwhile.
#include <QObject>
#include <QTimer>
#include <functional>
#include <utility>
#include <vector>

namespace lstmviz::ui {

class ReplotQueue : public QObject {
  Q_OBJECT
 public:
  explicit ReplotQueue(QObject* parent = nullptr);

  void add(const void* key, std::function<void()> job);
  // Runs every queued job now (e.g. before grabbing the widgets).
  void flush();
  bool empty() const { return jobs_.empty(); }

 private:
  void runOne();

  std::vector<std::pair<const void*, std::function<void()>>> jobs_;
  QTimer timer_;
};

}  // namespace lstmviz::ui
