// Optimizers: parity with torch 1.13's single-tensor paths (fixtures/train/optimizers.json),
// including lr changes between steps and tensors whose grad is None at some step; validation.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "core/common/error.h"
#include "core/train/adam.h"
#include "core/train/adam_w.h"
#include "core/train/rms_prop.h"
#include "core/train/sgd.h"
#include "tests/train/train_fixtures.h"

namespace lstmviz::core {
namespace {

using testing::allCloseToTorch;
using testing::loadTrainFixture;
using testing::toVector;

double option(const nlohmann::json& options, const char* key, double fallback) {
  return options.contains(key) ? options.at(key).get<double>() : fallback;
}
bool flag(const nlohmann::json& options, const char* key) {
  return options.contains(key) && options.at(key).get<bool>();
}

template <typename T>
std::unique_ptr<Optimizer<T>> makeOptimizer(const std::string& name, const nlohmann::json& o,
                                            std::vector<ParamSlot<T>> slots) {
  if (name == "sgd") {
    SgdOptions s;
    s.lr = o.at("lr");
    s.momentum = option(o, "momentum", s.momentum);
    s.dampening = option(o, "dampening", s.dampening);
    s.weightDecay = option(o, "weight_decay", s.weightDecay);
    s.nesterov = flag(o, "nesterov");
    return std::make_unique<Sgd<T>>(std::move(slots), s);
  }
  if (name == "adam") {
    AdamOptions a;
    a.lr = option(o, "lr", a.lr);
    a.beta1 = option(o, "beta1", a.beta1);
    a.beta2 = option(o, "beta2", a.beta2);
    a.eps = option(o, "eps", a.eps);
    a.weightDecay = option(o, "weight_decay", a.weightDecay);
    a.amsgrad = flag(o, "amsgrad");
    return std::make_unique<Adam<T>>(std::move(slots), a);
  }
  if (name == "adamw") {
    AdamWOptions a;
    a.lr = option(o, "lr", a.lr);
    a.weightDecay = option(o, "weight_decay", a.weightDecay);
    a.amsgrad = flag(o, "amsgrad");
    return std::make_unique<AdamW<T>>(std::move(slots), a);
  }
  if (name == "rmsprop") {
    RmsPropOptions r;
    r.lr = option(o, "lr", r.lr);
    r.alpha = option(o, "alpha", r.alpha);
    r.weightDecay = option(o, "weight_decay", r.weightDecay);
    r.momentum = option(o, "momentum", r.momentum);
    r.centered = flag(o, "centered");
    return std::make_unique<RmsProp<T>>(std::move(slots), r);
  }
  throw std::runtime_error("unknown optimizer " + name);
}

// Replays every fixture case of one optimizer: two parameter tensors (one slot each), a
// gradient per step (or none), the lr torch used at that step; returns the number of cases.
// In double the only differences are torch's float roundings, well inside the tolerance.
template <typename T = float>
int replayAgainstTorch(const std::string& optimizerName) {
  const auto fixture = loadTrainFixture("optimizers.json");
  int replayed = 0;
  for (const auto& c : fixture.at("cases")) {
    if (c.at("optimizer") != optimizerName) continue;
    SCOPED_TRACE(optimizerName + " " + c.at("options").dump());
    std::vector<std::vector<T>> params;
    for (const auto& t : c.at("initial")) params.push_back(toVector<T>(t.at("data")));
    std::vector<std::vector<T>> grads(params.size());
    std::vector<ParamSlot<T>> slots;
    for (size_t i = 0; i < params.size(); ++i) {
      grads[i].resize(params[i].size());
      slots.push_back({params[i].data(), grads[i].data(), static_cast<int64_t>(params[i].size()),
                       "p" + std::to_string(i)});
    }
    auto optimizer = makeOptimizer(optimizerName, c.at("options"), slots);
    int stepIndex = 0;
    for (const auto& step : c.at("steps")) {
      SCOPED_TRACE("step " + std::to_string(stepIndex++));
      std::vector<ParamSlot<T>> bound = slots;
      for (size_t i = 0; i < params.size(); ++i) {
        if (step.at("grads")[i].is_null()) {
          bound[i].grads = nullptr;
        } else {  // copy into the bound buffer (assigning a new vector would move it)
          const std::vector<T> g = toVector<T>(step.at("grads")[i]);
          std::copy(g.begin(), g.end(), grads[i].begin());
        }
      }
      optimizer->rebind(bound);
      optimizer->setLr(step.at("lr"));
      optimizer->step();
      for (size_t i = 0; i < params.size(); ++i)
        EXPECT_TRUE(allCloseToTorch(params[i], toVector<T>(step.at("params")[i])))
            << "tensor " << i;
    }
    EXPECT_EQ(optimizer->stepCount(), stepIndex);
    ++replayed;
  }
  return replayed;
}

TEST(Sgd, StepsMatchTorch) { EXPECT_EQ(replayAgainstTorch("sgd"), 6); }
TEST(Adam, StepsMatchTorch) { EXPECT_EQ(replayAgainstTorch("adam"), 5); }
TEST(AdamW, StepsMatchTorch) { EXPECT_EQ(replayAgainstTorch("adamw"), 2); }
TEST(RmsProp, StepsMatchTorch) { EXPECT_EQ(replayAgainstTorch("rmsprop"), 4); }

TEST(Optimizer, DoublePrecisionStepsAgreeWithTorchsFloatSteps) {
  EXPECT_EQ(replayAgainstTorch<double>("sgd"), 6);
  EXPECT_EQ(replayAgainstTorch<double>("adam"), 5);
  EXPECT_EQ(replayAgainstTorch<double>("adamw"), 2);
  EXPECT_EQ(replayAgainstTorch<double>("rmsprop"), 4);
}

TEST(Adam, FirstStepMovesEachParameterByLr) {
  // At t = 1, m̂ = g and v̂ = g², so the step is lr · g / (|g| + ε) ≈ lr · sign(g).
  std::vector<float> p{1.0f, -2.0f, 0.5f};
  const std::vector<float> g{0.3f, -4.0f, 1e-3f};
  Adam<float> adam({{p.data(), g.data(), 3, "p"}}, AdamOptions{.lr = 0.1});
  adam.step();
  EXPECT_NEAR(p[0], 0.9f, 1e-6);
  EXPECT_NEAR(p[1], -1.9f, 1e-6);
  EXPECT_NEAR(p[2], 0.4f, 1e-5);
  EXPECT_EQ(adam.slotStep(0), 1);
}

TEST(Adam, ResetStateStartsOverFromAFirstStep) {
  std::vector<float> a{1.0f};
  std::vector<float> b{1.0f};
  const std::vector<float> g1{0.5f};
  const std::vector<float> g2{-0.2f};
  Adam<float> fresh({{b.data(), g2.data(), 1, "b"}});
  Adam<float> reused({{a.data(), g1.data(), 1, "a"}});
  reused.step();
  a = {1.0f};
  reused.resetState();
  reused.rebind({{a.data(), g2.data(), 1, "a"}});
  reused.step();
  fresh.step();
  EXPECT_EQ(a, b);
}

TEST(Sgd, DefaultsAndValidationFollowTorch) {
  std::vector<float> p(2);
  std::vector<float> g(2);
  const std::vector<ParamSlot<float>> slots{{p.data(), g.data(), 2, "p"}};
  try {
    Sgd<float> sgd(slots, SgdOptions{});
    FAIL() << "lr is required";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(),
                 "parameter group didn't specify a value of required optimization parameter lr");
  }
  try {
    Sgd<float> sgd(slots, SgdOptions{.lr = 0.1, .momentum = 0.0, .nesterov = true});
    FAIL() << "nesterov without momentum";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "Nesterov momentum requires a momentum and zero dampening");
  }
  EXPECT_THROW(
      Sgd<float>(slots, SgdOptions{.lr = 0.1, .momentum = 0.9, .dampening = 0.1, .nesterov = true}),
      Error);
  try {
    Sgd<float> sgd(slots, SgdOptions{.lr = -0.1});
    FAIL() << "negative lr";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "Invalid learning rate: -0.1");
  }
  EXPECT_THROW(Sgd<float>(slots, SgdOptions{.lr = 0.1, .momentum = -1}), Error);
  EXPECT_THROW(Sgd<float>(slots, SgdOptions{.lr = 0.1, .weightDecay = -1}), Error);
}

TEST(Adam, DefaultsAndValidationFollowTorch) {
  const AdamOptions adam;
  EXPECT_EQ(adam.lr, 1e-3);
  EXPECT_EQ(adam.beta1, 0.9);
  EXPECT_EQ(adam.beta2, 0.999);
  EXPECT_EQ(adam.eps, 1e-8);
  EXPECT_EQ(adam.weightDecay, 0.0);
  EXPECT_EQ(AdamWOptions{}.weightDecay, 0.01);
  const RmsPropOptions rms;
  EXPECT_EQ(rms.lr, 1e-2);
  EXPECT_EQ(rms.alpha, 0.99);
  EXPECT_EQ(rms.eps, 1e-8);

  std::vector<float> p(1);
  std::vector<float> g(1);
  const std::vector<ParamSlot<float>> slots{{p.data(), g.data(), 1, "p"}};
  try {
    Adam<float> a(slots, AdamOptions{.beta1 = 1.0});
    FAIL() << "beta1 = 1";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "Invalid beta parameter at index 0: 1.0");
  }
  try {
    AdamW<float> a(slots, AdamWOptions{.eps = -1e-8});
    FAIL() << "negative eps";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "Invalid epsilon value: -1e-08");
  }
  EXPECT_THROW(Adam<float>(slots, AdamOptions{.beta2 = -0.1}), Error);
  EXPECT_THROW(RmsProp<float>(slots, RmsPropOptions{.alpha = -0.5}), Error);
  EXPECT_THROW(RmsProp<float>(slots, RmsPropOptions{.momentum = -0.5}), Error);
}

TEST(Optimizer, SetLrRejectsNegativeAndRebindRejectsOtherSizes) {
  std::vector<float> p(3);
  std::vector<float> g(3);
  RmsProp<float> rms({{p.data(), g.data(), 3, "p"}});
  EXPECT_EQ(rms.name(), "RMSprop");
  EXPECT_THROW(rms.setLr(-1.0), Error);
  EXPECT_EQ(rms.lr(), 1e-2);
  rms.setLr(0.5);
  EXPECT_EQ(rms.lr(), 0.5);
  EXPECT_THROW(rms.rebind({{p.data(), g.data(), 2, "p"}}), ShapeError);
  EXPECT_THROW(rms.rebind({}), ShapeError);
}

TEST(Optimizer, SkipsSlotsWithoutGradients) {
  std::vector<float> a{1.0f, 2.0f};
  std::vector<float> b{3.0f};
  const std::vector<float> g{1.0f};
  Sgd<float> sgd({{a.data(), nullptr, 2, "a"}, {b.data(), g.data(), 1, "b"}},
                 SgdOptions{.lr = 0.5, .momentum = 0.9});
  sgd.step();
  EXPECT_EQ(a, (std::vector<float>{1.0f, 2.0f}));
  EXPECT_EQ(b, (std::vector<float>{2.5f}));
}

}  // namespace
}  // namespace lstmviz::core
