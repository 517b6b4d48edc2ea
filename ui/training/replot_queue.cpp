#include "ui/training/replot_queue.h"

#include <algorithm>

namespace lstmviz::ui {

ReplotQueue::ReplotQueue(QObject* parent) : QObject(parent) {
  timer_.setSingleShot(true);
  timer_.setInterval(0);  // the next pass of the event loop, after the events already waiting
  connect(&timer_, &QTimer::timeout, this, &ReplotQueue::runOne);
}

void ReplotQueue::add(const void* key, std::function<void()> job) {
  auto it = std::find_if(jobs_.begin(), jobs_.end(), [&](const auto& j) { return j.first == key; });
  if (it != jobs_.end())
    it->second = std::move(job);
  else
    jobs_.emplace_back(key, std::move(job));
  if (!timer_.isActive()) timer_.start();
}

void ReplotQueue::flush() {
  timer_.stop();
  while (!jobs_.empty()) runOne();
}

void ReplotQueue::runOne() {
  if (jobs_.empty()) return;
  auto job = std::move(jobs_.front().second);
  jobs_.erase(jobs_.begin());
  job();
  if (!jobs_.empty()) timer_.start();
}

}  // namespace lstmviz::ui
