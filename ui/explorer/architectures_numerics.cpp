#include "ui/explorer/architectures_numerics.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "core/data/dataset_registry.h"
#include "core/nn/linear.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

namespace {

// The snapshot's output as (N, L, W) sample-major, whatever the layout.
core::Tensor<float> outputBatchFirst(const ExplorerSnapshot& s) {
  const core::Tensor<float>& out = s.result.output;
  if (s.config.unbatched) return core::Tensor<float>({1, out.size(0), out.size(1)}, out.data);
  if (s.config.lstm.batchFirst) return out;
  const int64_t l = out.size(0), n = out.size(1), w = out.size(2);
  core::Tensor<float> t({n, l, w});
  for (int64_t i = 0; i < l; ++i)
    for (int64_t b = 0; b < n; ++b)
      for (int64_t k = 0; k < w; ++k) t.at({b, i, k}) = out.at({i, b, k});
  return t;
}

// F of a built-in dataset (core/data/dataset_registry.h); csv: the user's columns (current).
int64_t datasetFeatures(const std::string& dataset, int64_t current) {
  const int64_t features = core::datasetInfo(dataset).features;
  return features > 0 ? features : current;
}

}  // namespace

TimeDistributedComparison compareTimeDistributed(const ExplorerSnapshot& snapshot,
                                                 int64_t outFeatures, uint64_t seed) {
  const core::Tensor<float> output = outputBatchFirst(snapshot);
  const int64_t n = output.size(0), l = output.size(1), w = output.size(2);
  core::Linear<float> linear(w, outFeatures);
  linear.resetParameters(seed);
  const auto weight = linear.weight();
  const auto bias = linear.bias();
  // y = W z + b for one vector z (w values), written to y (outFeatures values).
  const auto dense = [&](const float* z, float* y) {
    for (int64_t o = 0; o < outFeatures; ++o) {
      float sum = bias(o);
      for (int64_t k = 0; k < w; ++k) sum += weight(o, k) * z[k];
      y[o] = sum;
    }
  };

  // A: TimeDistributed — loop over the steps, the Dense layer on each step's N vectors.
  core::Tensor<float> a({n, l, outFeatures});
  std::vector<float> stepInput(w), stepOutput(outFeatures);
  for (int64_t t = 0; t < l; ++t)
    for (int64_t b = 0; b < n; ++b) {
      const float* row = output.ptr() + (b * l + t) * w;  // output[b, t, :] (batch-first)
      std::copy_n(row, w, stepInput.begin());
      dense(stepInput.data(), stepOutput.data());
      for (int64_t o = 0; o < outFeatures; ++o) a.at({b, t, o}) = stepOutput[o];
    }
  // B: Linear on 3-D — the (N, L, w) memory viewed as N·L rows of w, one output row each.
  core::Tensor<float> b({n, l, outFeatures});
  for (int64_t row = 0; row < n * l; ++row)
    dense(output.ptr() + row * w, b.ptr() + row * outFeatures);
  const core::Tensor<float> blocked = linear.forward(output);

  TimeDistributedComparison r;
  r.outFeatures = outFeatures;
  r.inFeatures = w;
  r.values = a.numel();
  for (int64_t i = 0; i < a.numel(); ++i) {
    r.maxAbsDifference =
        std::max(r.maxAbsDifference, std::abs(static_cast<double>(a.data[i]) - b.data[i]));
    r.blockedDifference =
        std::max(r.blockedDifference, std::abs(static_cast<double>(a.data[i]) - blocked.data[i]));
  }
  r.firstA = a.data.front();
  r.firstB = b.data.front();
  r.lastA = a.data.back();
  r.lastB = b.data.back();
  return r;
}

core::Architecture coreArchitecture(Architecture a) {
  switch (a) {
    case Architecture::kManyToOne:
      return core::Architecture::kManyToOne;
    case Architecture::kOneToMany:
      return core::Architecture::kOneToMany;
    case Architecture::kManyToMany:
      return core::Architecture::kManyToMany;
    case Architecture::kSeq2Seq:
      return core::Architecture::kSeq2Seq;
    case Architecture::kAutoencoder:
      return core::Architecture::kAutoencoder;
  }
  return core::Architecture::kManyToOne;
}

core::ExperimentConfig architecturePreset(Architecture a, const core::ExperimentConfig& current,
                                          core::HeadKind manyToOneHead) {
  core::ExperimentConfig c = current;
  c.lengths.clear();
  c.unbatched = false;
  c.naivePaddedLast = false;
  c.architecture = coreArchitecture(a);
  c.horizon = 1;
  c.decoderHiddenSize = 0;
  if (c.seqLen < 1) c.seqLen = 20;
  static const std::set<std::string> kOneTarget{"sine",   "stock",         "airline",
                                                "adding", "fashion_mnist", "csv"};
  static const std::set<std::string> kSeries{"sine", "stock", "airline", "csv"};
  switch (a) {
    case Architecture::kManyToOne:
      c.head = manyToOneHead == core::HeadKind::kSeq ? core::HeadKind::kLast : manyToOneHead;
      if (!kOneTarget.count(c.dataset)) c.dataset = "sine";
      break;
    case Architecture::kOneToMany:
      c.head = core::HeadKind::kSeq;
      c.dataset = "sine";
      c.seqLen = 10;
      c.horizon = 10;  // = L: the explorer's seq_len is then also the decoder's K steps
      break;
    case Architecture::kManyToMany:
      c.head = core::HeadKind::kSeq;
      if (!kSeries.count(c.dataset)) c.dataset = "sine";
      break;
    case Architecture::kSeq2Seq:
      c.head = core::HeadKind::kSeq;
      c.dataset = "sine";
      c.seqLen = 20;
      c.horizon = 10;
      break;
    case Architecture::kAutoencoder:
      c.head = core::HeadKind::kSeq;
      c.dataset = "anomalies";
      c.seqLen = 20;
      break;
  }
  const int64_t features = datasetFeatures(c.dataset, c.lstm.inputSize);
  // one_to_many's decoder reads the whole window as one vector: L·F inputs (loadExperimentData).
  c.lstm.inputSize = a == Architecture::kOneToMany ? c.seqLen * features : features;
  if (c.dataset == "fashion_mnist") c.seqLen = 28;
  if (c.dataset == "copy") c.seqLen = 40;
  const bool classification = c.dataset == "fashion_mnist" || c.dataset == "copy";
  c.training.loss = classification ? core::LossKind::kCrossEntropy : core::LossKind::kMse;
  return c;
}

}  // namespace lstmviz::ui
