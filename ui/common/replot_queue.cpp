#include "ui/common/replot_queue.h"

#include <QCoreApplication>
#include <algorithm>

namespace lstmviz::ui {

ReplotQueue::ReplotQueue(QObject* parent) : QObject(parent) {
  timer_.setSingleShot(true);
  timer_.setInterval(0);  // the next pass of the event loop, after the events already waiting
  connect(&timer_, &QTimer::timeout, this, &ReplotQueue::runOne);
}

ReplotQueue* ReplotQueue::shared() {
  static QPointer<ReplotQueue> queue;
  if (!queue) queue = new ReplotQueue(QCoreApplication::instance());
  return queue;
}

ReplotQueue::Jobs::iterator ReplotQueue::jobOf(QObject* plot) {
  return std::find_if(jobs_.begin(), jobs_.end(), [&](const auto& j) { return j.first == plot; });
}

void ReplotQueue::add(QObject* plot, std::function<void()> job) {
  auto it = jobOf(plot);
  if (it != jobs_.end())
    it->second = std::move(job);
  else
    jobs_.emplace_back(plot, std::move(job));
  if (!timer_.isActive()) timer_.start();
}

void ReplotQueue::flush() {
  timer_.stop();
  while (!jobs_.empty()) runOne();
}

void ReplotQueue::flush(QObject* plot) {
  auto it = jobOf(plot);
  if (it == jobs_.end()) return;
  auto job = std::move(it->second);
  jobs_.erase(it);
  job();
}

void ReplotQueue::runOne() {
  // Jobs of plots destroyed meanwhile (a view rebuilt for another language) are dropped.
  jobs_.erase(std::remove_if(jobs_.begin(), jobs_.end(), [](const auto& j) { return !j.first; }),
              jobs_.end());
  if (jobs_.empty()) return;
  auto job = std::move(jobs_.front().second);
  jobs_.erase(jobs_.begin());
  job();
  if (!jobs_.empty()) timer_.start();
}

}  // namespace lstmviz::ui
