#pragma once
// Trainer: fits a Model<float> the way a PyTorch training loop does, step for step:
//   for epoch: for batch in DataLoader(train, batch_size, shuffle, drop_last):
//       zero_grad(); loss = criterion(model(x), y); loss.backward();
//       [clip_grad_norm_ | clip_grad_value_]; optimizer.step()
//     val_loss = evaluate(val); scheduler.step(val_loss); early_stopping(val_loss)
// and reports every batch and epoch as immutable TrainingSnapshots. run() blocks the calling
// thread (the GUI runs it on a worker); pause / resume / stop / step-one-epoch may be requested
// from any thread and take effect between batches. No exception leaves run(): errors end the
// run with State::kFailed and a message.
#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/common/tensor.h"
#include "core/nn/model.h"
#include "core/train/trainer_options.h"
#include "core/train/training_snapshot.h"

namespace lstmviz::core {

// A supervised data set: x (S, L, F) sample-major; regression targets y with the prediction's
// per-sample shape, (S, …) F32; or class indices (S,) / (S, L) for cross entropy.
struct TrainingData {
  Tensor<float> x;
  Tensor<float> y;               // regression / BCE targets (empty for cross entropy)
  Tensor<int64_t> labels;        // cross-entropy class indices (empty otherwise)
  std::vector<int64_t> lengths;  // optional true length per sample (packing)
  int64_t size() const { return x.dim() > 0 ? x.shape[0] : 0; }
  bool empty() const { return size() == 0; }
};

class Trainer {
 public:
  using SnapshotCallback = std::function<void(std::shared_ptr<const TrainingSnapshot>)>;

  // The model must outlive the trainer. validation may be empty (no val loss, no scheduler or
  // early stopping — validate() refuses those options then).
  Trainer(Model<float>& model, TrainingData train, TrainingData validation, TrainerOptions options);
  ~Trainer();

  // Trains until the epochs are done, early stopping fires, a stop is requested or a fault
  // (NaN/Inf, a write error) ends the run. Returns the final snapshot. Never throws.
  std::shared_ptr<const TrainingSnapshot> run(const SnapshotCallback& onSnapshot = {});

  // Thread-safe controls, effective at the next batch boundary.
  void requestPause();
  void requestResume();
  void requestStop();
  void requestSingleEpoch();  // resume, then pause again after the current epoch

  // Mean loss (and accuracy for classification) of the model on a data set, in eval mode.
  std::pair<double, double> evaluate(const TrainingData& data);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lstmviz::core
