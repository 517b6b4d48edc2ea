#pragma once
// Helpers for the Trainer tests: reading a case written by tests/fixtures/make_trainer_fixtures.py
// (tests/fixtures/trainer/<case>.safetensors) into the model, data and options the Trainer takes,
// and comparing parameters with torch's by state_dict name.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/io/safetensors.h"
#include "core/nn/sequence_model.h"
#include "core/train/trainer.h"

namespace lstmviz::core::testing {

inline std::string trainerFixturePath(const std::string& name) {
  return std::string(LSTMVIZ_FIXTURE_DIR) + "/trainer/" + name + ".safetensors";
}

class TrainerFixture {
 public:
  explicit TrainerFixture(const std::string& name)
      : file_(SafetensorsFile::read(trainerFixturePath(name))) {}

  const SafetensorsFile& file() const { return file_; }
  bool has(const std::string& key) const { return file_.metadata().count(key) > 0; }
  const std::string& meta(const std::string& key) const {
    const auto it = file_.metadata().find(key);
    if (it == file_.metadata().end()) throw Error(file_.source() + ": no metadata " + key);
    return it->second;
  }
  int64_t metaInt(const std::string& key) const { return std::stoll(meta(key)); }
  double metaDouble(const std::string& key) const { return std::stod(meta(key)); }
  bool metaBool(const std::string& key) const { return meta(key) == "true"; }
  // A per-epoch JSON list from the metadata.
  std::vector<double> series(const std::string& key) const {
    return nlohmann::json::parse(meta(key)).get<std::vector<double>>();
  }

  SequenceModelConfig modelConfig() const {
    SequenceModelConfig c;
    c.lstm.inputSize = metaInt("input_size");
    c.lstm.hiddenSize = metaInt("hidden_size");
    c.lstm.numLayers = metaInt("num_layers");
    c.lstm.bidirectional = metaBool("bidirectional");
    c.lstm.projSize = metaInt("proj_size");
    c.lstm.batchFirst = true;
    c.head = parseHeadKind(meta("head"));
    c.outputSize = metaInt("output_size");
    c.steps = metaInt("steps");
    return c;
  }

  // A model holding the fixture's init.* weights.
  std::unique_ptr<SequenceModel<float>> initialModel() const {
    auto model = std::make_unique<SequenceModel<float>>(modelConfig());
    loadParameters(*model, "init.");
    return model;
  }

  // Copies `<prefix><name>` into every parameter of model. Throws if one is missing or mis-shaped.
  void loadParameters(Model<float>& model, const std::string& prefix) const {
    for (const ParameterRef<float>& p : model.parameters()) {
      const Tensor<float> t = file_.getFloat(prefix + p.name);
      if (t.shape != p.shape)
        throw ShapeError(prefix + p.name + " has shape " + shapeToString(t.shape) +
                         ", the model's is " + shapeToString(p.shape));
      std::copy(t.data.begin(), t.data.end(), p.values);
    }
  }

  bool classification() const { return meta("loss") == "cross_entropy"; }

  TrainingData data(const std::string& xName, const std::string& yName) const {
    TrainingData d;
    d.x = file_.getFloat(xName);
    if (classification())
      d.labels = file_.getInt64(yName);
    else
      d.y = file_.getFloat(yName);
    return d;
  }
  TrainingData train() const { return data("x", "y"); }
  TrainingData validation() const { return data("x_val", "y_val"); }

  // The options the torch loop used, shuffling off.
  TrainerOptions options() const {
    TrainerOptions o;
    o.loss = parseLossKind(meta("loss"));
    o.optimizer = parseOptimizerKind(meta("optimizer"));
    o.lr = metaDouble("initial_lr");
    if (has("momentum")) o.momentum = metaDouble("momentum");
    o.nesterov = metaBool("nesterov");
    if (has("weight_decay")) o.weightDecay = metaDouble("weight_decay");
    o.epochs = metaInt("epochs");
    o.batchSize = metaInt("batch_size");
    o.shuffle = false;
    o.dropLast = metaBool("drop_last");
    if (has("clip_grad_norm")) o.clipGradNorm = metaDouble("clip_grad_norm");
    if (has("clip_grad_value")) o.clipGradValue = metaDouble("clip_grad_value");
    if (has("plateau_patience")) {
      PlateauOptions p;
      p.factor = metaDouble("plateau_factor");
      p.patience = metaInt("plateau_patience");
      p.threshold = metaDouble("plateau_threshold");
      o.plateau = p;
    }
    if (has("early_stopping_patience"))
      o.earlyStopping = EarlyStoppingOptions{metaInt("early_stopping_patience"),
                                             metaDouble("early_stopping_min_delta")};
    o.snapshotIntervalMs = 0;
    return o;
  }

 private:
  SafetensorsFile file_;
};

// Every parameter of model against `<prefix><name>` in file, within tol·(1 + |torch|); the
// failure names the worst tensor, element and both values.
inline ::testing::AssertionResult parametersMatch(Model<float>& model, const SafetensorsFile& file,
                                                  const std::string& prefix, double tol) {
  double worst = 0;
  std::string worstText = "none";
  for (const ParameterRef<float>& p : model.parameters()) {
    const Tensor<float> t = file.getFloat(prefix + p.name);
    if (t.shape != p.shape)
      return ::testing::AssertionFailure()
             << prefix << p.name << " shape " << shapeToString(t.shape);
    for (int64_t k = 0; k < p.size(); ++k) {
      const double err = std::abs(static_cast<double>(p.values[k]) - t.data[k]) /
                         (1.0 + std::abs(static_cast<double>(t.data[k])));
      if (!(err <= worst)) {
        worst = err;
        worstText = p.name + "[" + std::to_string(k) + "] = " + std::to_string(p.values[k]) +
                    " vs torch " + std::to_string(t.data[k]);
      }
    }
  }
  if (worst <= tol) return ::testing::AssertionSuccess() << "max relative difference " << worst;
  return ::testing::AssertionFailure()
         << "max relative difference " << worst << " at " << worstText;
}

}  // namespace lstmviz::core::testing
