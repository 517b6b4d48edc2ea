#include "ui/training/init_comparison.h"

#include <atomic>
#include <chrono>
#include <condition_variable>

#include "core/nn/thread_budget.h"
#include "core/train/trainer.h"
#include "ui/training/training_setup.h"

namespace lstmviz::ui {

struct InitComparison::Shared {
  std::mutex mutex;
  std::condition_variable finished;
  std::vector<InitComparisonResult> results;
  bool done = false;
};

InitComparison::InitComparison(QObject* parent) : QObject(parent) {
  pollTimer_.setInterval(100);
  connect(&pollTimer_, &QTimer::timeout, this, &InitComparison::poll);
}

InitComparison::~InitComparison() = default;  // job_ stops the running trainer and joins

void InitComparison::start(const core::ExperimentConfig& config, int epochs) {
  if (running_) return;
  results_.clear();
  shared_ = std::make_shared<Shared>();
  running_ = true;
  job_.start([shared = shared_, config, epochs](BackgroundJob::Control& control) {
    const core::ThreadBudget oneThread(1);  // this worker only: the explorer keeps every core
    const std::pair<core::LstmInitScheme::Bias, QString> variants[2] = {
        {core::LstmInitScheme::Bias::kZeros, tr("forget bias 0")},
        {core::LstmInitScheme::Bias::kForgetGateOne, tr("forget bias 1")}};
    for (const auto& [bias, label] : variants) {
      if (control.stopRequested()) break;
      {
        std::lock_guard lock(shared->mutex);
        shared->results.push_back({label, {}, {}, {}});
      }
      core::ExperimentConfig c = config;
      c.init.bias = bias;
      c.training.epochs = epochs;
      c.training.earlyStopping.reset();
      c.training.runDirectory.clear();
      try {
        TrainingSetup setup = makeTrainingSetup(c);
        core::Trainer trainer(*setup.model, setup.data.train, setup.data.validation, c.training);
        const auto stopHook = control.forwardStop([&trainer] { trainer.requestStop(); });
        const auto last = trainer.run([&](std::shared_ptr<const core::TrainingSnapshot> s) {
          std::lock_guard lock(shared->mutex);
          InitComparisonResult& r = shared->results.back();
          r.epochs = s->epochs;
          if (s->gradientsThroughTime &&
              (r.gradients.empty() || r.gradients.back()->epoch < s->gradientsThroughTime->epoch))
            r.gradients.push_back(s->gradientsThroughTime);
        });
        std::lock_guard lock(shared->mutex);
        if (last->state == core::TrainingSnapshot::State::kFailed)
          shared->results.back().error = QString::fromStdString(last->message);
      } catch (const std::exception& e) {
        std::lock_guard lock(shared->mutex);
        shared->results.back().error = QString::fromStdString(e.what());
      }
    }
    std::lock_guard lock(shared->mutex);
    shared->done = true;
    shared->finished.notify_all();
  });
  pollTimer_.start();
}

bool InitComparison::waitForFinished(int timeoutMs) {
  if (!shared_) return true;
  {
    std::unique_lock lock(shared_->mutex);
    if (!shared_->finished.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                    [&] { return shared_->done; }))
      return false;
  }
  poll();
  return true;
}

void InitComparison::poll() {
  if (!shared_ || !running_) return;
  bool done = false;
  {
    std::lock_guard lock(shared_->mutex);
    results_ = shared_->results;
    done = shared_->done;
  }
  if (done) {
    pollTimer_.stop();
    job_.join();
    running_ = false;
  }
  emit progressed();
  if (done) emit finished();
}

}  // namespace lstmviz::ui
