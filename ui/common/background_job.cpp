#include "ui/common/background_job.h"

namespace lstmviz::ui {

bool BackgroundJob::Control::stopRequested() const {
  std::lock_guard lock(state_->mutex);
  return state_->stop;
}

BackgroundJob::Control::StopHook BackgroundJob::Control::forwardStop(std::function<void()> onStop) {
  std::lock_guard lock(state_->mutex);
  if (state_->stop && onStop) onStop();
  state_->onStop = std::move(onStop);
  return StopHook(state_);
}

BackgroundJob::Control::StopHook::~StopHook() {
  std::lock_guard lock(state_->mutex);
  state_->onStop = nullptr;
}

BackgroundJob::~BackgroundJob() {
  requestStop();
  join();
}

void BackgroundJob::start(Work work) {
  join();
  state_ = std::make_shared<State>();
  thread_ = std::thread([work = std::move(work), state = state_] {
    Control control(state);
    work(control);
  });
}

void BackgroundJob::requestStop() {
  if (!state_) return;
  std::lock_guard lock(state_->mutex);
  state_->stop = true;
  if (state_->onStop) state_->onStop();
}

void BackgroundJob::join() {
  if (thread_.joinable()) thread_.join();
}

}  // namespace lstmviz::ui
