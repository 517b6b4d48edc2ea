#pragma once
// Model<T>: an LSTM-based network the trainer can fit — an LSTM plus a head, or a larger
// architecture (one-to-many, encoder–decoder, autoencoder). Parameter names are PyTorch module
// names ("lstm.weight_ih_l0", "head.weight", "encoder.…", "decoder.…"), so a saved model loads
// into the equivalent torch.nn.Module with load_state_dict unchanged.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/common/tensor.h"
#include "core/nn/lstm_trace.h"

namespace lstmviz::core {

// One named parameter tensor: values and gradient of the same size, owned by the model.
template <typename T>
struct ParameterRef {
  std::string name;  // state_dict key
  Shape shape;       // torch's shape
  T* values;
  T* grads;
  int64_t size() const { return numel(shape); }
};

// A model's Linear head draws its default init from seed ^ kHeadSeedMix, its LSTMs from seed
// (the decoder of a two-LSTM model from seed + 1), so no two of them share a random stream.
constexpr uint64_t kHeadSeedMix = 0x9e3779b97f4a7c15ULL;

template <typename T>
class Model {
 public:
  virtual ~Model() = default;

  // Short architecture name shown in the UI, e.g. "lstm+last", "seq2seq".
  virtual std::string kind() const = 0;
  // Every parameter in state_dict order. Pointers stay valid for the model's lifetime.
  virtual std::vector<ParameterRef<T>> parameters() = 0;
  // x: (N, L, F) batch-first. lengths: optional true lengths (packing). training: dropout on.
  // Returns the prediction: (N, O) for many-to-one heads, (N, L, O) for "seq", (N, k, O) for
  // multi-step decoders, (N, L, F) for the autoencoder. Throws ShapeError on bad shapes.
  virtual Tensor<T> forward(const Tensor<T>& x, const std::vector<int64_t>* lengths,
                            bool training) = 0;
  // Training forward with teacher forcing: a decoder that reads its own previous prediction
  // (seq2seq) reads the true previous target of `targets` (the prediction's shape) instead.
  // Throws Error for a model without such a decoder (the default).
  virtual Tensor<T> forwardTeacherForced(const Tensor<T>& x, const std::vector<int64_t>* lengths,
                                         const Tensor<T>& targets) {
    (void)x, (void)lengths, (void)targets;
    throw Error("teacher forcing applies to seq2seq only; " + kind() + " reads no previous target");
  }
  // Given dL/dprediction of the last forward, writes (overwrites) every parameter's grads.
  virtual void backward(const Tensor<T>& dPrediction) = 0;
  // The recorded trace of the (encoder) LSTM in the last forward, for the views.
  virtual const LstmTrace<T>* trace() const = 0;
};

}  // namespace lstmviz::core
