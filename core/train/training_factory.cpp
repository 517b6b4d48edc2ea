#include "core/train/training_factory.h"

#include "core/common/error.h"
#include "core/train/adam.h"
#include "core/train/adam_w.h"
#include "core/train/bce_with_logits_loss.h"
#include "core/train/cross_entropy_loss.h"
#include "core/train/huber_loss.h"
#include "core/train/l1_loss.h"
#include "core/train/mse_loss.h"
#include "core/train/rms_prop.h"
#include "core/train/sgd.h"

namespace lstmviz::core {

namespace {
constexpr LossKind kLossKinds[] = {LossKind::kMse, LossKind::kL1, LossKind::kHuber,
                                   LossKind::kCrossEntropy, LossKind::kBce};
constexpr OptimizerKind kOptimizerKinds[] = {OptimizerKind::kSgd, OptimizerKind::kAdam,
                                             OptimizerKind::kAdamW, OptimizerKind::kRmsprop};
}  // namespace

const char* lossKindName(LossKind kind) {
  switch (kind) {
    case LossKind::kMse:
      return "mse";
    case LossKind::kL1:
      return "l1";
    case LossKind::kHuber:
      return "huber";
    case LossKind::kCrossEntropy:
      return "cross_entropy";
    case LossKind::kBce:
      return "bce";
  }
  return "?";
}

const char* optimizerKindName(OptimizerKind kind) {
  switch (kind) {
    case OptimizerKind::kSgd:
      return "sgd";
    case OptimizerKind::kAdam:
      return "adam";
    case OptimizerKind::kAdamW:
      return "adamw";
    case OptimizerKind::kRmsprop:
      return "rmsprop";
  }
  return "?";
}

LossKind parseLossKind(const std::string& name) {
  for (LossKind kind : kLossKinds)
    if (name == lossKindName(kind)) return kind;
  throw Error("unknown loss '" + name + "'; expected one of mse, l1, huber, cross_entropy, bce");
}

OptimizerKind parseOptimizerKind(const std::string& name) {
  for (OptimizerKind kind : kOptimizerKinds)
    if (name == optimizerKindName(kind)) return kind;
  throw Error("unknown optimizer '" + name + "'; expected one of sgd, adam, adamw, rmsprop");
}

std::unique_ptr<Loss<float>> makeLoss(const TrainerOptions& o) {
  switch (o.loss) {
    case LossKind::kMse:
      return std::make_unique<MseLoss<float>>();
    case LossKind::kL1:
      return std::make_unique<L1Loss<float>>();
    case LossKind::kHuber:
      return std::make_unique<HuberLoss<float>>(o.huberDelta);
    case LossKind::kCrossEntropy:
      return std::make_unique<CrossEntropyLoss<float>>();
    case LossKind::kBce:
      return std::make_unique<BceWithLogitsLoss<float>>();
  }
  throw Error("unknown loss");
}

std::unique_ptr<Optimizer<float>> makeOptimizer(const TrainerOptions& o,
                                                std::vector<ParamSlot<float>> slots) {
  switch (o.optimizer) {
    case OptimizerKind::kSgd: {
      SgdOptions s;
      s.lr = o.lr;
      s.momentum = o.momentum;
      s.nesterov = o.nesterov;
      s.weightDecay = o.weightDecay.value_or(0.0);
      return std::make_unique<Sgd<float>>(std::move(slots), s);
    }
    case OptimizerKind::kAdam: {
      AdamOptions a;
      a.lr = o.lr;
      a.weightDecay = o.weightDecay.value_or(0.0);
      return std::make_unique<Adam<float>>(std::move(slots), a);
    }
    case OptimizerKind::kAdamW: {
      AdamWOptions a;
      a.lr = o.lr;
      a.weightDecay = o.weightDecay.value_or(1e-2);
      return std::make_unique<AdamW<float>>(std::move(slots), a);
    }
    case OptimizerKind::kRmsprop: {
      RmsPropOptions r;
      r.lr = o.lr;
      r.momentum = o.momentum;
      r.weightDecay = o.weightDecay.value_or(0.0);
      return std::make_unique<RmsProp<float>>(std::move(slots), r);
    }
  }
  throw Error("unknown optimizer");
}

}  // namespace lstmviz::core
