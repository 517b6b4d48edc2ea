// Qt Test: "Load preset" on each Architectures page trains the model its diagram draws. After
// clicking presetButton<N> in the main window, the experiment the training dashboard runs builds
// the header's torch module (model class and state_dict names), the configuration panel shows the
// architecture and keeps it through an edit, the explorer's nn.LSTM is the model's LSTM it names
// (same arguments, same initial weights), one epoch trains, and the trained weights of that LSTM
// reach the explorer.
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>
#include <cmath>
#include <set>
#include <string>

#include "core/nn/autoencoder_model.h"
#include "core/nn/one_to_many_model.h"
#include "core/nn/seq2seq_model.h"
#include "core/nn/sequence_model.h"
#include "ui/app/config_panel.h"
#include "ui/app/main_window.h"
#include "ui/explorer/architectures_diagrams.h"
#include "ui/model/explorer_snapshot.h"
#include "ui/training/architecture_output.h"
#include "ui/training/architecture_output_view.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_setup.h"
#include "ui/training/training_view.h"

using lstmviz::core::Architecture;
using lstmviz::ui::MainWindow;

namespace {

// The state_dict modules of a model: "lstm", "head", "encoder", "decoder".
std::set<std::string> modules(lstmviz::core::Model<float>& model) {
  std::set<std::string> names;
  for (const auto& p : model.parameters()) names.insert(p.name.substr(0, p.name.find('.')));
  return names;
}

}  // namespace

class ArchitecturePresetsTest : public QObject {
  Q_OBJECT
 private slots:
  void eachPresetTrainsTheModelItsDiagramDraws_data();
  void eachPresetTrainsTheModelItsDiagramDraws();
  void panelEditsKeepTheArchitecture();
};

void ArchitecturePresetsTest::eachPresetTrainsTheModelItsDiagramDraws_data() {
  QTest::addColumn<int>("page");  // presetButton<page>: the Architectures view's page order
  QTest::addColumn<int>("architecture");
  QTest::addColumn<QString>("kind");     // Model::kind()
  QTest::addColumn<QString>("modules");  // the state_dict's top-level modules, sorted
  QTest::addColumn<QString>("explorerModule");
  QTest::newRow("many-to-one") << 0 << int(Architecture::kManyToOne) << "lstm+last"
                               << "head,lstm"
                               << "lstm";
  QTest::newRow("one-to-many") << 1 << int(Architecture::kOneToMany) << "one-to-many"
                               << "decoder,head"
                               << "decoder";
  QTest::newRow("many-to-many") << 2 << int(Architecture::kManyToMany) << "lstm+seq"
                                << "head,lstm"
                                << "lstm";
  QTest::newRow("seq2seq") << 3 << int(Architecture::kSeq2Seq) << "seq2seq"
                           << "decoder,encoder,head"
                           << "encoder";
  QTest::newRow("autoencoder") << 4 << int(Architecture::kAutoencoder) << "autoencoder"
                               << "decoder,encoder,head"
                               << "encoder";
}

void ArchitecturePresetsTest::eachPresetTrainsTheModelItsDiagramDraws() {
  QFETCH(int, page);
  QFETCH(int, architecture);
  QFETCH(QString, kind);
  QFETCH(QString, modules);
  QFETCH(QString, explorerModule);
  const auto expected = static_cast<Architecture>(architecture);

  MainWindow window;
  window.resize(1400, 900);
  QVERIFY(window.showView(QStringLiteral("architectures")));
  auto* button = window.findChild<QPushButton*>(QStringLiteral("presetButton%1").arg(page));
  QVERIFY(button);
  QVERIFY(button->isEnabled());
  button->click();
  window.waitForSnapshot();

  // The configuration, the panel and the dashboard agree on the architecture.
  QCOMPARE(window.config().modelArchitecture(), expected);
  QCOMPARE(window.configPanel()->architectureBox()->currentData().toInt(), architecture);
  auto* training =
      qobject_cast<lstmviz::ui::TrainingView*>(window.view(QStringLiteral("training")));
  QVERIFY(training);
  const lstmviz::core::ExperimentConfig experiment = training->experiment();
  QCOMPARE(experiment.modelArchitecture(), expected);
  // The preset as --config reads it (docs/screenshots/make_screenshots.sh's preset shots).
  lstmviz::core::saveExperiment(
      window.config(),
      QDir::temp().filePath(QStringLiteral("preset_%1.json").arg(page)).toStdString());

  // The model the dashboard builds: the header's torch module.
  lstmviz::ui::TrainingSetup setup = lstmviz::ui::makeTrainingSetup(experiment);
  QCOMPARE(QString::fromStdString(setup.model->kind()), kind);
  lstmviz::core::Model<float>* model = setup.model.get();
  switch (expected) {
    case Architecture::kManyToOne:
    case Architecture::kManyToMany:
      QVERIFY(dynamic_cast<lstmviz::core::SequenceModel<float>*>(model));
      break;
    case Architecture::kOneToMany:
      QVERIFY(dynamic_cast<lstmviz::core::OneToManyModel<float>*>(model));
      QCOMPARE(setup.data.horizon, experiment.horizon);
      QVERIFY(experiment.horizon > 1);
      break;
    case Architecture::kSeq2Seq:
      QVERIFY(dynamic_cast<lstmviz::core::Seq2SeqModel<float>*>(model));
      QVERIFY(experiment.horizon > 1);
      QCOMPARE(setup.data.horizon, experiment.horizon);
      break;
    case Architecture::kAutoencoder:
      QVERIFY(dynamic_cast<lstmviz::core::AutoencoderModel<float>*>(model));
      QCOMPARE(experiment.dataset, std::string("anomalies"));
      QVERIFY(setup.data.inputSize >= 3);  // the multivariate sensors
      break;
  }
  QStringList names;
  for (const std::string& m : ::modules(*setup.model)) names << QString::fromStdString(m);
  QCOMPARE(names.join(','), modules);
  for (const auto& p : setup.model->parameters())
    if (p.name.rfind("head.", 0) != 0)  // every LSTM tensor is named as torch names it
      QVERIFY2(p.name.find("_l0") != std::string::npos, p.name.c_str());

  // The torch code beside the diagram defines the modules of the model that runs, with its sizes:
  // "encoder = nn.LSTM(F, H, …)" for every LSTM, "head = nn.Linear(in, out)".
  const QString code =
      lstmviz::ui::buildArchitectureDiagram(static_cast<lstmviz::ui::Architecture>(page),
                                            window.config(), window.config().head)
          .code;
  for (const auto& p : setup.model->parameters()) {
    const QString module = QString::fromStdString(p.name.substr(0, p.name.find('.')));
    if (p.name == module.toStdString() + ".weight_ih_l0") {
      const QString definition =
          QStringLiteral("%1 = nn.LSTM(%2, %3").arg(module).arg(p.shape[1]).arg(p.shape[0] / 4);
      QVERIFY2(code.contains(definition), qPrintable(definition + " not in\n" + code));
    }
    if (p.name == "head.weight") {
      const QString definition =
          QStringLiteral("head = nn.Linear(%1, %2)").arg(p.shape[1]).arg(p.shape[0]);
      QVERIFY2(code.contains(definition), qPrintable(definition + " not in\n" + code));
    }
  }

  // The explorer runs the model's LSTM it says it runs: same arguments, same initial weights.
  QCOMPARE(QString::fromStdString(setup.lstmModule), explorerModule);
  const auto snapshot = window.snapshot();
  QCOMPARE(snapshot->config.lstm.inputSize, setup.lstm.inputSize);
  QCOMPARE(snapshot->config.lstm.hiddenSize, setup.lstm.hiddenSize);
  const std::vector<float>& explorerWeights = snapshot->lstm.parameters();
  QCOMPARE(static_cast<int64_t>(explorerWeights.size()), setup.lstmParameterCount);
  std::vector<float> modelWeights;
  for (const auto& p : setup.model->parameters())
    if (p.name.rfind(setup.lstmModule + ".", 0) == 0)
      modelWeights.insert(modelWeights.end(), p.values, p.values + p.size());
  QVERIFY(modelWeights == explorerWeights);

  // A few training steps run, and the trained LSTM's weights reach the explorer.
  QString error;
  QVERIFY2(window.trainEpochsBlocking(1, &error), qPrintable(error));
  auto* controller = window.findChild<lstmviz::ui::TrainingController*>();
  QVERIFY(controller);
  const auto& history = controller->history();
  QCOMPARE(history.epochs.size(), size_t{1});
  QVERIFY(std::isfinite(history.epochs.back().trainLoss));
  QVERIFY(std::isfinite(history.epochs.back().valLoss));
  QCOMPARE(QString::fromStdString(history.lstmModule), explorerModule);
  // Where the loss's gradients enter that LSTM (the Gradients view's caption): an encoder only
  // through its final state, one-to-many's decoder at every step.
  if (explorerModule == "encoder") QCOMPARE(history.head, lstmviz::core::HeadKind::kHn);
  if (explorerModule == "decoder") QCOMPARE(history.head, lstmviz::core::HeadKind::kSeq);
  // What the architecture produces, from the trained model (the Training tab's output view).
  QVERIFY(history.evaluation && history.evaluation->output);
  const lstmviz::ui::ArchitectureOutput& output = *history.evaluation->output;
  QCOMPARE(training->architectureOutput()->isHidden(), lstmviz::core::isHeadArchitecture(expected));
  if (expected == Architecture::kSeq2Seq || expected == Architecture::kOneToMany) {
    QCOMPARE(output.kind, lstmviz::ui::ArchitectureOutput::Kind::kForecast);
    QCOMPARE(output.horizon, experiment.horizon);
    QCOMPARE(static_cast<int64_t>(output.stepError.size()), experiment.horizon);
    QVERIFY(output.forecasts.size() > 3);
    // The mean over the horizon steps is the validation loss the trainer reported.
    double mean = 0;
    for (double e : output.stepError) mean += e / static_cast<double>(output.stepError.size());
    QVERIFY2(std::abs(mean - history.epochs.back().valLoss) <= 1e-4 * std::abs(mean),
             qPrintable(QString("%1 vs %2").arg(mean).arg(history.epochs.back().valLoss)));
  } else if (expected == Architecture::kAutoencoder) {
    QCOMPARE(output.kind, lstmviz::ui::ArchitectureOutput::Kind::kReconstruction);
    QCOMPARE(output.features, int64_t{3});
    const auto windows = static_cast<int64_t>(output.flagged.size());
    QVERIFY(windows > 0);
    QCOMPARE(static_cast<int64_t>(output.error.size()), windows * 3);
    QCOMPARE(static_cast<int64_t>(output.labels.size()), windows * 3);
    QVERIFY(output.labelledCount > 0);  // the test part holds labelled anomalies
    for (double t : output.threshold) QVERIFY(t > 0 && std::isfinite(t));
  } else {
    QCOMPARE(output.kind, lstmviz::ui::ArchitectureOutput::Kind::kNone);
  }

  window.waitForSnapshot();
  const auto trained = window.snapshot();
  QVERIFY(trained->lstm.parameters() != explorerWeights);  // trained, not the initialisation
  const std::vector<float>& all = *history.latest->parameters;
  const std::vector<float> slice(
      all.begin() + setup.lstmParameterOffset,
      all.begin() + setup.lstmParameterOffset + setup.lstmParameterCount);
  QVERIFY(trained->lstm.parameters() == slice);
  auto* source = window.findChild<QLabel*>(QStringLiteral("weightsSource"));
  QVERIFY(source && source->text().contains(QStringLiteral("training run")));

  // An explorer nn.LSTM the trained one does not fit keeps its initialisation and says why.
  window.configPanel()->hiddenSizeBox()->setValue(static_cast<int>(setup.lstm.hiddenSize) + 1);
  window.waitForSnapshot();
  QVERIFY2(source->text().contains(QStringLiteral("no longer fits")), qPrintable(source->text()));
  if (explorerModule != "lstm") QVERIFY(source->text().contains(explorerModule));
}

void ArchitecturePresetsTest::panelEditsKeepTheArchitecture() {
  MainWindow window;
  window.findChild<QPushButton*>(QStringLiteral("presetButton3"))->click();  // seq2seq
  window.waitForSnapshot();
  lstmviz::ui::ConfigPanel* panel = window.configPanel();
  QVERIFY(!panel->headBox()->isEnabled());  // seq2seq has no head to choose
  QVERIFY(panel->horizonBox()->isEnabled());
  panel->hiddenSizeBox()->setValue(7);  // an edit elsewhere does not reset the architecture
  window.waitForSnapshot();
  QCOMPARE(window.config().modelArchitecture(), Architecture::kSeq2Seq);
  QCOMPARE(window.config().lstm.hiddenSize, int64_t{7});
  panel->horizonBox()->setValue(4);
  QCOMPARE(window.config().horizon, int64_t{4});
  auto* note = window.findChild<QLabel*>(QStringLiteral("explorerLstmNote"));
  QVERIFY(note && note->text().contains(QStringLiteral("encoder.*")));

  // The session's JSON keeps it.
  const auto restored =
      lstmviz::core::experimentFromJson(lstmviz::core::experimentToJson(window.config()));
  QCOMPARE(restored.modelArchitecture(), Architecture::kSeq2Seq);
  QCOMPARE(restored.horizon, int64_t{4});

  // Choosing head "every step" on a head architecture is many_to_many, and back.
  panel->architectureBox()->setCurrentIndex(
      panel->architectureBox()->findData(int(Architecture::kManyToOne)));
  QVERIFY(panel->headBox()->isEnabled());
  QCOMPARE(window.config().modelArchitecture(), Architecture::kManyToOne);
  panel->headBox()->setCurrentIndex(panel->headBox()->findData(int(lstmviz::core::HeadKind::kSeq)));
  QCOMPARE(window.config().modelArchitecture(), Architecture::kManyToMany);
  QCOMPARE(panel->architectureBox()->currentData().toInt(), int(Architecture::kManyToMany));
}

QTEST_MAIN(ArchitecturePresetsTest)
#include "architecture_presets_test.moc"
