#include "ui/app/input_batch_example.h"

#include "core/common/error.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

BatchShape inputBatchShape(const core::InputBatch& batch, bool batchFirst) {
  const core::Shape& s = batch.input.shape;
  if (s.size() == 2) return {1, s[0], s[1], true, batchFirst};
  if (s.size() != 3)
    throw core::ShapeError(batch.source + ": input has shape " + core::shapeToString(s) +
                           "; LSTM: Expected input to be 2D or 3D, got " +
                           std::to_string(s.size()) + "D instead");
  bool fileBatchFirst = batch.batchFirst.value_or(batchFirst);
  if (!batch.batchFirst) {
    int64_t n = -1;  // N as lengths or h_0 say it
    if (!batch.lengths.empty()) n = static_cast<int64_t>(batch.lengths.size());
    if (batch.initial && batch.initial->h.shape.size() == 3) n = batch.initial->h.shape[1];
    if (n >= 0 && (s[0] == n) != (s[1] == n)) fileBatchFirst = s[0] == n;
  }
  return fileBatchFirst ? BatchShape{s[0], s[1], s[2], false, true}
                        : BatchShape{s[1], s[0], s[2], false, false};
}

std::shared_ptr<const ExplorerSnapshot> snapshotWithInputBatch(const ExplorerSnapshot& base,
                                                               const core::InputBatch& batch,
                                                               std::string* why) {
  const auto& cfg = base.config;
  BatchShape shape;
  try {
    shape = inputBatchShape(batch, cfg.lstm.batchFirst);
  } catch (const core::Error& e) {
    *why = e.what();
    return nullptr;
  }
  if (shape.features != cfg.lstm.inputSize) {
    *why = "the file's input has " + std::to_string(shape.features) +
           " feature(s) but input_size is " + std::to_string(cfg.lstm.inputSize);
    return nullptr;
  }
  if (shape.unbatched != cfg.unbatched || shape.steps != cfg.seqLen ||
      (!shape.unbatched && shape.batch != cfg.batch) || batch.lengths != cfg.lengths) {
    *why =
        "the file's batch (" +
        (shape.unbatched ? std::string("one sequence") : std::to_string(shape.batch) + " samples") +
        " × " + std::to_string(shape.steps) + " steps" +
        (batch.lengths.empty() ? "" : ", with its lengths") +
        ") differs from the batch and seq_len set here";
    return nullptr;
  }
  auto snapshot = std::make_shared<ExplorerSnapshot>(base);
  core::Tensor<float>& input = snapshot->input;
  if (shape.unbatched || shape.batchFirst == cfg.lstm.batchFirst) {
    input = batch.input;
  } else {  // the file's layout into the configuration's
    const core::SequenceLayout from{shape.batch, shape.steps, shape.batchFirst, false};
    const core::SequenceLayout to = snapshot->layout();
    input = core::Tensor<float>(to.sequenceShape(shape.features));
    for (int64_t n = 0; n < shape.batch; ++n)
      for (int64_t t = 0; t < shape.steps; ++t)
        for (int64_t f = 0; f < shape.features; ++f)
          to.at(input, n, t, f) = from.at(batch.input, n, t, f);
  }
  snapshot->initial = batch.initial;
  snapshot->inputSource = batch.source;
  snapshot->initialStateSource =
      !batch.initial ? std::string()
                     : (batch.initialSource.empty() ? batch.source : batch.initialSource);
  const std::vector<int64_t>* lengths = snapshot->lengths.empty() ? nullptr : &snapshot->lengths;
  try {
    snapshot->result = snapshot->lstm.forward(
        input, snapshot->trace, snapshot->initial ? &*snapshot->initial : nullptr, lengths);
  } catch (const core::Error& e) {
    *why = std::string(e.what());
    return nullptr;
  }
  return snapshot;
}

}  // namespace lstmviz::ui
