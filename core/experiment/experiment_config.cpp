// ExperimentConfig: the dataset list, the init scheme names, validate() and operator==.
#include "core/experiment/experiment_config.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/data/dataset_registry.h"
#include "core/nn/lstm_edits.h"
#include "core/train/early_stopping.h"
#include "core/train/reduce_lr_on_plateau.h"
#include "core/train/training_factory.h"

namespace lstmviz::core {

namespace {

using Weights = LstmInitScheme::Weights;
using Bias = LstmInitScheme::Bias;

constexpr Weights kAllWeights[] = {Weights::kTorchDefault,  Weights::kXavierUniform,
                                   Weights::kXavierNormal,  Weights::kKaimingUniform,
                                   Weights::kKaimingNormal, Weights::kOrthogonal};
constexpr Bias kAllBiases[] = {Bias::kTorchDefault, Bias::kZeros, Bias::kForgetGateOne};

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

// Runs check(); an Error it throws is rethrown with "section: " in front.
template <typename Check>
void inSection(const std::string& section, Check check) {
  try {
    check();
  } catch (const Error& e) {
    throw Error(section + ": " + e.what());
  }
}

bool samePlateau(const std::optional<PlateauOptions>& a, const std::optional<PlateauOptions>& b) {
  if (a.has_value() != b.has_value()) return false;
  if (!a) return true;
  return a->mode == b->mode && a->factor == b->factor && a->patience == b->patience &&
         a->threshold == b->threshold && a->thresholdMode == b->thresholdMode &&
         a->cooldown == b->cooldown && a->minLr == b->minLr && a->eps == b->eps;
}

bool sameEarlyStopping(const std::optional<EarlyStoppingOptions>& a,
                       const std::optional<EarlyStoppingOptions>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || (a->patience == b->patience && a->minDelta == b->minDelta);
}

bool sameTraining(const TrainerOptions& a, const TrainerOptions& b) {
  return a.loss == b.loss && a.huberDelta == b.huberDelta && a.optimizer == b.optimizer &&
         a.lr == b.lr && a.momentum == b.momentum && a.nesterov == b.nesterov &&
         a.weightDecay == b.weightDecay && a.epochs == b.epochs && a.batchSize == b.batchSize &&
         a.shuffle == b.shuffle && a.dropLast == b.dropLast && a.seed == b.seed &&
         a.clipGradNorm == b.clipGradNorm && a.clipGradValue == b.clipGradValue &&
         samePlateau(a.plateau, b.plateau) && sameEarlyStopping(a.earlyStopping, b.earlyStopping) &&
         a.restoreBestWeights == b.restoreBestWeights && a.teacherForcing == b.teacherForcing;
}

bool sameInit(const LstmInitScheme& a, const LstmInitScheme& b) {
  return a.inputWeights == b.inputWeights && a.recurrentWeights == b.recurrentWeights &&
         a.projectionWeights == b.projectionWeights && a.bias == b.bias && a.gain == b.gain &&
         a.seed == b.seed;
}

}  // namespace

const std::vector<std::string>& experimentDatasetNames() {
  static const std::vector<std::string> names = datasetNames();
  return names;
}

const char* initWeightsName(Weights weights) {
  switch (weights) {
    case Weights::kTorchDefault:
      return "torch_default";
    case Weights::kXavierUniform:
      return "xavier_uniform";
    case Weights::kXavierNormal:
      return "xavier_normal";
    case Weights::kKaimingUniform:
      return "kaiming_uniform";
    case Weights::kKaimingNormal:
      return "kaiming_normal";
    case Weights::kOrthogonal:
      return "orthogonal";
  }
  return "?";
}

Weights parseInitWeights(const std::string& name) {
  std::vector<std::string> choices;
  for (Weights w : kAllWeights) {
    if (name == initWeightsName(w)) return w;
    choices.push_back(initWeightsName(w));
  }
  throw Error("unknown weight init '" + name + "'; expected one of " + joined(choices));
}

const char* initBiasName(Bias bias) {
  switch (bias) {
    case Bias::kTorchDefault:
      return "torch_default";
    case Bias::kZeros:
      return "zeros";
    case Bias::kForgetGateOne:
      return "forget_gate_one";
  }
  return "?";
}

Bias parseInitBias(const std::string& name) {
  std::vector<std::string> choices;
  for (Bias b : kAllBiases) {
    if (name == initBiasName(b)) return b;
    choices.push_back(initBiasName(b));
  }
  throw Error("unknown bias init '" + name + "'; expected one of " + joined(choices));
}

void ExperimentConfig::validate() const {
  inSection("lstm", [&] { lstm.validate(); });
  if (batch < 1)
    throw Error("batch should be a positive integer value, but got batch=" + std::to_string(batch));
  if (seqLen < 1)
    throw Error("seq_len should be a positive integer value, but got seq_len=" +
                std::to_string(seqLen));
  if (!lengths.empty()) {
    if (unbatched)
      throw Error(
          "lengths need a batch, but unbatched is true (pack_padded_sequence takes "
          "(L, N, *) or (N, L, *) input)");
    if (static_cast<int64_t>(lengths.size()) != batch)
      throw Error("lengths has " + std::to_string(lengths.size()) + " entries but batch is " +
                  std::to_string(batch) + "; give one true length per sample");
    for (size_t i = 0; i < lengths.size(); ++i)
      if (lengths[i] < 1 || lengths[i] > seqLen)
        throw Error("lengths[" + std::to_string(i) + "] = " + std::to_string(lengths[i]) +
                    " is outside [1, seq_len = " + std::to_string(seqLen) + "]");
  }
  if (horizon < 1)
    throw Error("horizon should be a positive integer value, but got horizon=" +
                std::to_string(horizon));
  if (decoderHiddenSize < 0)
    throw Error("decoder_hidden_size must be greater than zero (or 0: the encoder's), got " +
                std::to_string(decoderHiddenSize));
  if (!(training.teacherForcing >= 0.0 && training.teacherForcing <= 1.0))
    throw Error("training.teacher_forcing must be a probability in [0, 1], got " +
                std::to_string(training.teacherForcing));
  if (training.teacherForcing > 0.0 && modelArchitecture() != Architecture::kSeq2Seq)
    throw Error(std::string("training.teacher_forcing applies to seq2seq only (architecture ") +
                architectureName(modelArchitecture()) + " reads no previous target)");
  const auto& names = experimentDatasetNames();
  if (std::find(names.begin(), names.end(), dataset) == names.end())
    throw Error("dataset: unknown dataset '" + dataset + "'; expected one of " + joined(names));
  if (dataset == "csv" && csvPath.empty())
    throw Error("csv.path: dataset 'csv' needs the path of a CSV file");
  if (!std::isfinite(init.gain)) throw Error("init.gain must be a finite number");
  inSection("training", [&] {
    training.validate();
    // torch's optimizer checks (momentum, weight_decay, nesterov) on an empty parameter list.
    (void)makeOptimizer(training, {});
  });
  if (training.plateau)
    inSection("training.plateau", [&] { (void)ReduceLrOnPlateau(*training.plateau); });
  if (training.earlyStopping)
    inSection("training.early_stopping", [&] { (void)EarlyStopping(*training.earlyStopping); });
  if (!whatIf.empty())
    inSection("whatif", [&] {
      checkEdits(parseEditList(whatIf), lstm, editInputShape(lstm, batch, seqLen, unbatched));
    });
}

bool ExperimentConfig::operator==(const ExperimentConfig& o) const {
  return lstm == o.lstm && batch == o.batch && unbatched == o.unbatched && seqLen == o.seqLen &&
         lengths == o.lengths && modelArchitecture() == o.modelArchitecture() && head == o.head &&
         naivePaddedLast == o.naivePaddedLast && horizon == o.horizon &&
         decoderHiddenSize == o.decoderHiddenSize && dataset == o.dataset && csvPath == o.csvPath &&
         csvTarget == o.csvTarget && sameInit(init, o.init) && sameTraining(training, o.training) &&
         whatIf == o.whatIf;
}

}  // namespace lstmviz::core
