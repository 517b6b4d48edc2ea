// The five architectures of an experiment: the JSON names them (and agrees with the head), the
// built-in data is laid out for each, buildExperimentModel builds the header's torch module with
// its state_dict names, and the trainer fits each (teacher forcing only for seq2seq).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>

#include "core/common/error.h"
#include "core/data/dataset_registry.h"
#include "core/data/synthetic_series.h"
#include "core/nn/autoencoder_model.h"
#include "core/nn/one_to_many_model.h"
#include "core/nn/seq2seq_model.h"
#include "core/train/experiment.h"

namespace lstmviz::core {
namespace {

ExperimentConfig configFor(Architecture architecture, const std::string& dataset = "sine") {
  ExperimentConfig c;
  c.dataset = dataset;
  c.architecture = architecture;
  c.seqLen = 6;
  c.horizon = 3;
  c.lstm.hiddenSize = 4;
  c.training.epochs = 1;
  c.training.batchSize = 64;
  return c;
}

std::string jsonError(const std::string& text) {
  try {
    (void)experimentFromJson(text);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

std::set<std::string> prefixes(Model<float>& model) {
  std::set<std::string> out;
  for (const auto& p : model.parameters()) out.insert(p.name.substr(0, p.name.find('.')));
  return out;
}

TEST(ExperimentArchitecture, JsonRoundTripsEveryArchitectureAndItsSettings) {
  for (Architecture a :
       {Architecture::kOneToMany, Architecture::kSeq2Seq, Architecture::kAutoencoder}) {
    ExperimentConfig c = configFor(a);
    c.decoderHiddenSize = 7;
    if (a == Architecture::kSeq2Seq) c.training.teacherForcing = 0.25;
    const ExperimentConfig back = experimentFromJson(experimentToJson(c));
    EXPECT_TRUE(back == c) << experimentToJson(c);
    EXPECT_EQ(back.modelArchitecture(), a);
    EXPECT_EQ(back.horizon, 3);
    EXPECT_EQ(back.decoderHiddenSize, 7);
    EXPECT_EQ(back.training.teacherForcing, a == Architecture::kSeq2Seq ? 0.25 : 0.0);
  }
}

TEST(ExperimentArchitecture, TheHeadDecidesManyToOneOrManyToMany) {
  EXPECT_EQ(experimentFromJson(R"({"head": "seq"})").modelArchitecture(),
            Architecture::kManyToMany);
  EXPECT_EQ(experimentFromJson(R"({"architecture": "many_to_many"})").head, HeadKind::kSeq);
  EXPECT_EQ(experimentFromJson(R"({"head": "mean"})").modelArchitecture(),
            Architecture::kManyToOne);
  EXPECT_NE(jsonError(R"({"architecture": "many_to_one", "head": "seq"})")
                .find("head 'seq' does not fit architecture many_to_one"),
            std::string::npos);
  EXPECT_NE(jsonError(R"({"architecture": "encoder_decoder"})").find("expected one of"),
            std::string::npos);
  EXPECT_NE(jsonError(R"({"architecture": "autoencoder", "training": {"teacher_forcing": 1}})")
                .find("teacher_forcing applies to seq2seq only"),
            std::string::npos);
  EXPECT_NE(jsonError(R"({"architecture": "seq2seq", "training": {"teacher_forcing": 1.5}})")
                .find("[0, 1]"),
            std::string::npos);
}

TEST(ExperimentArchitecture, SeriesDataIsLaidOutForEachArchitecture) {
  const ExperimentData seq2seq = loadExperimentData(configFor(Architecture::kSeq2Seq, "stock"));
  EXPECT_EQ(seq2seq.train.x.shape, (Shape{seq2seq.train.size(), 6, 5}));
  EXPECT_EQ(seq2seq.train.y.shape, (Shape{seq2seq.train.size(), 3, 1}));
  EXPECT_EQ(seq2seq.horizon, 3);
  EXPECT_EQ(seq2seq.targetFeatures, (std::vector<int64_t>{0}));  // "high" is input feature 0
  // y[:, k] is the target feature k + 1 steps after the window: the next window's last step.
  EXPECT_EQ(seq2seq.train.y.at({0, 0, 0}), seq2seq.train.x.at({1, 5, 0}));
  EXPECT_EQ(seq2seq.train.y.at({0, 2, 0}), seq2seq.train.x.at({3, 5, 0}));

  const ExperimentData oneToMany = loadExperimentData(configFor(Architecture::kOneToMany));
  EXPECT_EQ(oneToMany.train.x.shape, (Shape{oneToMany.train.size(), 6}));  // (S, L·F)
  EXPECT_EQ(oneToMany.train.y.shape, (Shape{oneToMany.train.size(), 3, 1}));
  EXPECT_EQ(oneToMany.inputSize, 6);

  const ExperimentData autoencoder = loadExperimentData(configFor(Architecture::kAutoencoder));
  EXPECT_EQ(autoencoder.train.y.shape, autoencoder.train.x.shape);
  EXPECT_EQ(autoencoder.train.y.data, autoencoder.train.x.data);
  EXPECT_EQ(autoencoder.outputSize, 1);
}

TEST(ExperimentArchitecture, GeneratedTasksRefuseTheEncoderArchitectures) {
  ExperimentConfig c = configFor(Architecture::kSeq2Seq, "adding");
  try {
    (void)loadExperimentData(c);
    FAIL() << "adding with seq2seq loaded";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("needs a series dataset"), std::string::npos) << e.what();
  }
}

TEST(ExperimentArchitecture, BuildsTheHeadersModuleWithItsStateDictNames) {
  {
    ExperimentConfig c = configFor(Architecture::kOneToMany);
    auto model = buildExperimentModel(c, loadExperimentData(c));
    auto* m = dynamic_cast<OneToManyModel<float>*>(model.get());
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->config().steps, 3);
    EXPECT_EQ(m->config().decoder.inputSize, 6);
    EXPECT_EQ(prefixes(*model), (std::set<std::string>{"decoder", "head"}));
  }
  {
    ExperimentConfig c = configFor(Architecture::kSeq2Seq, "stock");
    auto model = buildExperimentModel(c, loadExperimentData(c));
    auto* m = dynamic_cast<Seq2SeqModel<float>*>(model.get());
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->config().horizon, 3);
    EXPECT_EQ(m->targetFeatures(), (std::vector<int64_t>{0}));
    EXPECT_EQ(prefixes(*model), (std::set<std::string>{"encoder", "decoder", "head"}));
  }
  {
    ExperimentConfig c = configFor(Architecture::kAutoencoder, "stock");
    c.decoderHiddenSize = 3;
    c.lstm.bidirectional = true;
    auto model = buildExperimentModel(c, loadExperimentData(c));
    auto* m = dynamic_cast<AutoencoderModel<float>*>(model.get());
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->config().decoder.hiddenSize, 3);
    EXPECT_EQ(m->head().outFeatures(), 5);  // reconstructs the 5 features
    EXPECT_EQ(prefixes(*model), (std::set<std::string>{"encoder", "decoder", "head"}));
    // The encoder and decoder draw different streams.
    const auto params = model->parameters();
    EXPECT_NE(params[0].values[0], m->decoder().parameters()[0]);
  }
}

TEST(ExperimentArchitecture, TheTrainerFitsEveryArchitecture) {
  for (Architecture a :
       {Architecture::kManyToOne, Architecture::kManyToMany, Architecture::kOneToMany,
        Architecture::kSeq2Seq, Architecture::kAutoencoder}) {
    ExperimentConfig c = configFor(a);
    if (a == Architecture::kManyToMany) c.head = HeadKind::kSeq;
    if (a == Architecture::kSeq2Seq) c.training.teacherForcing = 0.5;
    const ExperimentData d = loadExperimentData(c);
    auto model = buildExperimentModel(c, d);
    Trainer trainer(*model, d.train, d.validation, c.training);
    const auto result = trainer.run();
    EXPECT_EQ(result->state, TrainingSnapshot::State::kFinished)
        << architectureName(a) << ": " << result->message;
    ASSERT_EQ(result->epochs.size(), 1u);
    EXPECT_TRUE(std::isfinite(result->epochs[0].valLoss)) << architectureName(a);
  }
}

TEST(ExperimentArchitecture, TeacherForcingOutsideSeq2SeqFailsTheRun) {
  ExperimentConfig c = configFor(Architecture::kAutoencoder);
  const ExperimentData d = loadExperimentData(c);
  auto model = buildExperimentModel(c, d);
  TrainerOptions options = c.training;
  options.teacherForcing = 1.0;
  const auto result = Trainer(*model, d.train, d.validation, options).run();
  EXPECT_EQ(result->state, TrainingSnapshot::State::kFailed);
  EXPECT_NE(result->message.find("teacher forcing applies to seq2seq only"), std::string::npos)
      << result->message;
}

TEST(ExperimentArchitecture, AnomaliesAreThreeSensorsWithLabelledTestWindows) {
  ExperimentConfig c = configFor(Architecture::kAutoencoder, "anomalies");
  c.seqLen = 10;
  const ExperimentData d = loadExperimentData(c);
  EXPECT_EQ(d.inputSize, 3);
  EXPECT_EQ(d.outputSize, 3);
  ASSERT_EQ(d.anomalyLabels.size(), static_cast<size_t>(d.test.size() * 3));
  // Some test windows are anomalous in one sensor only, some in several, most in none.
  int64_t normal = 0, single = 0, several = 0;
  for (int64_t i = 0; i < d.test.size(); ++i) {
    int64_t hit = 0;
    for (int64_t k = 0; k < 3; ++k) hit += d.anomalyLabels[i * 3 + k] != kNormalStep;
    (hit == 0 ? normal : hit == 1 ? single : several) += 1;
  }
  EXPECT_GT(normal, d.test.size() / 2);
  EXPECT_GT(single, 0);
  EXPECT_GT(several, 0);
  // A window labelled normal in sensor k holds no injected change in k: it lies within the
  // clean data's range (standardised with the clean training rows), unlike the worst labelled one.
  float normalMax = 0, labelledMax = 0;
  for (int64_t i = 0; i < d.test.size(); ++i)
    for (int64_t t = 0; t < 10; ++t)
      for (int64_t k = 0; k < 3; ++k) {
        const float v = std::abs(d.test.x.at({i, t, k}));
        float& m = d.anomalyLabels[i * 3 + k] == kNormalStep ? normalMax : labelledMax;
        m = std::max(m, v);
      }
  EXPECT_LT(normalMax, 3.0f);
  EXPECT_GT(labelledMax, normalMax + 1.0f);
}

TEST(ExperimentArchitecture, ACsvNamesSeveralTargetColumns) {
  const std::string path = ::testing::TempDir() + "/lstmviz_several_targets.csv";
  {
    std::ofstream out(path);
    out << "a,b,c\n";
    for (int t = 0; t < 60; ++t) out << t % 7 << "," << t % 5 << "," << t % 3 << "\n";
  }
  ExperimentConfig c = configFor(Architecture::kSeq2Seq, "csv");
  c.csvPath = path;
  c.csvTarget = "c,a";
  const ExperimentData d = loadExperimentData(c);
  EXPECT_EQ(d.targetNames, (std::vector<std::string>{"c", "a"}));
  EXPECT_EQ(d.outputSize, 2);
  EXPECT_EQ(d.inputSize, 3);
  EXPECT_EQ(d.targetFeatures, (std::vector<int64_t>{2, 0}));
  EXPECT_EQ(d.train.y.at({0, 0, 0}), d.train.x.at({1, 5, 2}));  // the next c
  EXPECT_EQ(d.train.y.at({0, 0, 1}), d.train.x.at({1, 5, 0}));  // the next a
  std::remove(path.c_str());
}

TEST(DatasetRegistry, HoldsTheFactsLoadExperimentDataProduces) {
  for (const DatasetInfo& info : datasetRegistry()) {
    if (info.name == "csv" || info.name == "fashion_mnist") continue;  // a file / a package
    ExperimentConfig c = configFor(Architecture::kManyToOne, info.name);
    if (info.perStep) c.head = HeadKind::kSeq;
    if (info.classes > 0) c.training.loss = LossKind::kCrossEntropy;
    const ExperimentData d = loadExperimentData(c);
    EXPECT_EQ(d.inputSize, info.features) << info.name;
    EXPECT_EQ(d.classification ? d.outputSize : 0, info.classes) << info.name;
    for (Architecture a :
         {Architecture::kOneToMany, Architecture::kSeq2Seq, Architecture::kAutoencoder}) {
      ExperimentConfig other = configFor(a, info.name);
      bool loads = true;
      try {
        (void)loadExperimentData(other);
      } catch (const Error&) {
        loads = false;
      }
      EXPECT_EQ(loads, datasetTakes(info, a)) << info.name << " " << architectureName(a);
    }
  }
  EXPECT_THROW((void)datasetInfo("mnist"), Error);
}

}  // namespace
}  // namespace lstmviz::core
