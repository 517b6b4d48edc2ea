// Parity with PyTorch: each fixture in tests/fixtures/models/ (written by
// tests/fixtures/make_model_fixtures.py with torch 1.13) holds a torch module's state_dict, an
// input, torch's prediction and torch's gradients of loss = Σ prediction ⊙ G. The matching C++
// model loads the state_dict by its parameters()' names (which must be torch's keys, in torch's
// order), and must reproduce the prediction within 2e-5·(1+|x|) and every gradient (parameters
// and dL/dx) within 2e-4·(1+|x|), in float and in double.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <memory>
#include <sstream>
#include <string>

#include "core/io/safetensors.h"
#include "core/nn/autoencoder_model.h"
#include "core/nn/one_to_many_model.h"
#include "core/nn/seq2seq_model.h"
#include "core/nn/sequence_model.h"

namespace lstmviz::core {
namespace {

std::string fixturePath(const std::string& name) {
  return std::string(LSTMVIZ_FIXTURE_DIR) + "/models/" + name + ".safetensors";
}

const std::string& meta(const SafetensorsFile& file, const std::string& key) {
  const auto it = file.metadata().find(key);
  if (it == file.metadata().end()) throw Error(file.source() + ": no metadata " + key);
  return it->second;
}
int64_t metaInt(const SafetensorsFile& file, const std::string& key) {
  return std::stoll(meta(file, key));
}
bool metaBool(const SafetensorsFile& file, const std::string& key) {
  return meta(file, key) == "true";
}

template <typename T>
Tensor<T> get(const SafetensorsFile& file, const std::string& name) {
  if constexpr (std::is_same_v<T, float>)
    return file.getFloat(name);
  else
    return file.getDouble(name);
}

LstmConfig lstmConfig(const SafetensorsFile& file, const std::string& prefix, int64_t inputSize) {
  LstmConfig c;
  c.inputSize = inputSize;
  c.hiddenSize = metaInt(file, prefix + "hidden_size");
  c.numLayers = metaInt(file, prefix + "num_layers");
  c.bidirectional = metaBool(file, prefix + "bidirectional");
  c.projSize = metaInt(file, prefix + "proj_size");
  c.batchFirst = true;
  return c;
}

// A model built from a fixture's metadata, with the forward call that fixture needs.
template <typename T>
struct ModelUnderTest {
  std::unique_ptr<Model<T>> model;
  std::function<Tensor<T>(const Tensor<T>& x, const std::vector<int64_t>* lengths)> forward;
  std::function<const Tensor<T>&()> inputGradient;
};

template <typename T>
ModelUnderTest<T> buildModel(const SafetensorsFile& file) {
  const std::string kind = meta(file, "model");
  const LstmConfig lstm = lstmConfig(file, "", metaInt(file, "input_size"));
  const int64_t o = metaInt(file, "output_size");
  ModelUnderTest<T> m;
  if (kind == "sequence") {
    SequenceModelConfig config{lstm, parseHeadKind(meta(file, "head")), o, metaInt(file, "steps"),
                               metaBool(file, "naive_padded_last")};
    auto model = std::make_unique<SequenceModel<T>>(config);
    auto* p = model.get();
    m.forward = [p](const Tensor<T>& x, const std::vector<int64_t>* lengths) {
      return p->forward(x, lengths, false);
    };
    m.inputGradient = [p]() -> const Tensor<T>& { return p->inputGradient(); };
    m.model = std::move(model);
  } else if (kind == "one_to_many") {
    auto model =
        std::make_unique<OneToManyModel<T>>(OneToManyConfig{lstm, o, metaInt(file, "steps")});
    auto* p = model.get();
    m.forward = [p](const Tensor<T>& x, const std::vector<int64_t>* lengths) {
      return p->forward(x, lengths, false);
    };
    m.inputGradient = [p]() -> const Tensor<T>& { return p->inputGradient(); };
    m.model = std::move(model);
  } else if (kind == "seq2seq") {
    std::vector<int64_t> targets;
    std::stringstream list(meta(file, "target_features"));
    for (std::string item; std::getline(list, item, ',');) targets.push_back(std::stoll(item));
    auto model = std::make_unique<Seq2SeqModel<T>>(
        Seq2SeqConfig{lstm, o, metaInt(file, "horizon"), targets});
    auto* p = model.get();
    auto teacher = std::make_shared<Tensor<T>>();
    if (metaBool(file, "teacher_forcing")) *teacher = get<T>(file, "teacher");
    m.forward = [p, teacher](const Tensor<T>& x, const std::vector<int64_t>* lengths) {
      return p->forward(x, lengths, false, teacher->empty() ? nullptr : teacher.get());
    };
    m.inputGradient = [p]() -> const Tensor<T>& { return p->inputGradient(); };
    m.model = std::move(model);
  } else if (kind == "autoencoder") {
    auto model = std::make_unique<AutoencoderModel<T>>(
        AutoencoderConfig{lstm, lstmConfig(file, "decoder_", 0)});
    auto* p = model.get();
    m.forward = [p](const Tensor<T>& x, const std::vector<int64_t>* lengths) {
      return p->forward(x, lengths, false);
    };
    m.inputGradient = [p]() -> const Tensor<T>& { return p->inputGradient(); };
    m.model = std::move(model);
  } else {
    throw Error(file.source() + ": unknown model " + kind);
  }
  return m;
}

// Element-wise |a − b| ≤ tol·(1 + |b|); reports the worst element.
template <typename T>
void expectClose(const Tensor<T>& actual, const Tensor<float>& expected, double tol,
                 const std::string& what) {
  ASSERT_EQ(actual.shape, expected.shape) << what;
  double worst = 0;
  int64_t worstAt = -1;
  for (int64_t i = 0; i < expected.numel(); ++i) {
    const double excess = std::abs(static_cast<double>(actual.data[i]) - expected.data[i]) -
                          tol * (1 + std::abs(static_cast<double>(expected.data[i])));
    if (excess > worst) worst = excess, worstAt = i;
  }
  EXPECT_EQ(worstAt, -1) << what << ": element " << worstAt << " is "
                         << (worstAt >= 0 ? actual.data[worstAt] : 0) << ", torch has "
                         << (worstAt >= 0 ? expected.data[worstAt] : 0);
}

template <typename T>
void checkFixture(const std::string& name) {
  const SafetensorsFile file = SafetensorsFile::read(fixturePath(name));
  ModelUnderTest<T> m = buildModel<T>(file);
  std::vector<ParameterRef<T>> params = m.model->parameters();
  // The state_dict comes first in the file, in torch's order: the names and order must match.
  ASSERT_GT(file.entries().size(), params.size());
  for (size_t i = 0; i < params.size(); ++i) {
    ASSERT_EQ(params[i].name, file.entries()[i].name) << name << ": parameter " << i;
    const Tensor<T> value = get<T>(file, params[i].name);
    ASSERT_EQ(value.shape, params[i].shape) << name << ": " << params[i].name;
    std::copy(value.data.begin(), value.data.end(), params[i].values);
  }
  // The script writes x right after the state_dict: anything else here is a torch parameter
  // the C++ model lacks.
  ASSERT_EQ(file.entries()[params.size()].name, "x")
      << name << ": the torch module has more parameters than the C++ model";

  const Tensor<T> x = get<T>(file, "x");
  std::vector<int64_t> lengths;
  if (file.contains("lengths")) lengths = file.getInt64("lengths").data;
  const Tensor<T> prediction = m.forward(x, lengths.empty() ? nullptr : &lengths);
  expectClose(prediction, file.getFloat("prediction"), 2e-5, name + ": prediction");

  m.model->backward(get<T>(file, "G"));
  for (const ParameterRef<T>& p : params) {
    Tensor<T> grad(p.shape);
    std::copy(p.grads, p.grads + p.size(), grad.data.begin());
    expectClose(grad, file.getFloat("grad." + p.name), 2e-4, name + ": grad of " + p.name);
  }
  expectClose(m.inputGradient(), file.getFloat("grad.x"), 2e-4, name + ": grad of x");
}

class ModelParity : public ::testing::TestWithParam<const char*> {};

TEST_P(ModelParity, FloatMatchesTorch) { checkFixture<float>(GetParam()); }
TEST_P(ModelParity, DoubleMatchesTorch) { checkFixture<double>(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Fixtures, ModelParity,
    ::testing::Values("last", "last_bidirectional_lengths", "last_naive_padded", "hn_bidirectional",
                      "hn_lengths_projection", "flatten_bidirectional", "mean_lengths", "mean",
                      "seq_bidirectional", "seq_lengths", "one_to_many",
                      "one_to_many_bidirectional", "seq2seq", "seq2seq_lengths_teacher",
                      "seq2seq_bidirectional_projection", "autoencoder",
                      "autoencoder_bidirectional_lengths"),
    [](const ::testing::TestParamInfo<const char*>& info) { return std::string(info.param); });

}  // namespace
}  // namespace lstmviz::core
