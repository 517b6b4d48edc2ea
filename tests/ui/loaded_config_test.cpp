// A loaded configuration is the experiment the window runs and trains (issue 17, finding 6): the
// panel and the training form show what the file says — learning rates below 1e-5, batches above
// 4096, seeds above 10^6, every initialisation, hidden sizes above 512 — and a value a field cannot
// hold (a seed beyond an int) is kept as written and named under the fields, never replaced by the
// nearest value the field can show. Editing another field changes only that field.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "core/experiment/experiment_config.h"
#include "ui/app/config_panel.h"
#include "ui/app/main_window.h"
#include "ui/model/explorer_snapshot.h"
#include "ui/training/hyper_parameter_form.h"
#include "ui/training/training_view.h"

using lstmviz::core::ExperimentConfig;
using lstmviz::ui::HyperParameterForm;
using lstmviz::ui::MainWindow;
using lstmviz::ui::TrainingView;

namespace {

QString writeConfig(const QTemporaryDir& dir, const QByteArray& json) {
  const QString path = dir.filePath("run.json");
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return QString();
  file.write(json);
  return path;
}

// Every setting of the JSON that a form might round, clamp or not list.
const QByteArray kBeyondTheOldRanges = R"({
  "lstm": {"input_size": 3, "hidden_size": 1000, "dropout": 0.125, "num_layers": 2},
  "batch": 2, "seq_len": 5,
  "init": {"weights": "kaiming_normal", "recurrent": "xavier_normal", "projection": "orthogonal",
           "gain": 1.2345, "seed": 5000000},
  "training": {"lr": 1e-6, "batch_size": 8192, "epochs": 12345, "clip_grad_norm": 0.0001,
               "plateau": {"factor": 0.125, "patience": 2000},
               "early_stopping": {"patience": 3000}}
})";

TrainingView* trainingView(MainWindow& window) {
  return qobject_cast<TrainingView*>(window.view("training"));
}

template <class Box>
Box* child(QWidget* parent, const char* name) {
  return parent->findChild<Box*>(QString::fromLatin1(name));
}

}  // namespace

class LoadedConfigTest : public QObject {
  Q_OBJECT

 private slots:
  void aLoadedConfigurationIsShownAndTrainedAsWritten() {
    QTemporaryDir dir;
    const QString path = writeConfig(dir, kBeyondTheOldRanges);
    const ExperimentConfig file = lstmviz::core::experimentFromFile(path.toStdString());
    MainWindow window;
    QString error;
    QVERIFY2(window.openConfig(path, &error), qPrintable(error));
    window.waitForSnapshot();

    QVERIFY(window.snapshot()->config == file);
    QVERIFY(window.config() == file);                     // the panel
    QVERIFY(trainingView(window)->experiment() == file);  // what Start trains
    QCOMPARE(window.configPanel()->hiddenSizeBox()->value(), 1000);
    QCOMPARE(window.configPanel()->dropoutBox()->value(), 0.125);
    HyperParameterForm* form = trainingView(window)->form();
    QCOMPARE(child<QDoubleSpinBox>(form, "formLearningRate")->value(), 1e-6);
    QCOMPARE(child<QSpinBox>(form, "formBatchSize")->value(), 8192);
    QCOMPARE(child<QSpinBox>(form, "formSeed")->value(), 5000000);
    QCOMPARE(child<QComboBox>(form, "formWeightInit")->currentData().toInt(),
             static_cast<int>(lstmviz::core::LstmInitScheme::Weights::kXavierNormal));
    // What one box shows for two settings is named: the form's "Weight init" is weight_hh's,
    // the panel's "weights" weight_ih's (weight_hr follows it unless the file says otherwise).
    const QString formNote = child<QLabel>(form, "formNotShown")->text();
    QVERIFY(!child<QLabel>(form, "formNotShown")->isHidden());
    QVERIFY2(formNote.contains("init.weights = kaiming_normal"), qPrintable(formNote));
    const QString panelNote = child<QLabel>(window.configPanel(), "configNotShown")->text();
    QVERIFY(!child<QLabel>(window.configPanel(), "configNotShown")->isHidden());
    QVERIFY2(panelNote.contains("init.projection = orthogonal"), qPrintable(panelNote));
    QVERIFY2(!panelNote.contains("seed") && !formNote.contains("seed"), qPrintable(panelNote));

    // Another field edited: only that one changes, in the run and in the explorer.
    child<QSpinBox>(form, "formEpochs")->setValue(7);
    ExperimentConfig edited = file;
    edited.training.epochs = 7;
    QVERIFY(trainingView(window)->experiment() == edited);
    window.configPanel()->seqLenBox()->setValue(6);
    window.waitForSnapshot();
    ExperimentConfig explorer = file;
    explorer.seqLen = 6;
    QVERIFY(window.config() == explorer);
    QVERIFY(window.snapshot()->config == explorer);
    QCOMPARE(trainingView(window)->experiment().training.lr, 1e-6);
    QCOMPARE(trainingView(window)->experiment().init.seed, uint64_t{5000000});
  }

  // A seed no int holds: both forms show the nearest they can, say so, and the run keeps the
  // file's seed.
  void aValueNoFieldHoldsIsKeptAndNamed() {
    QTemporaryDir dir;
    const QString path = writeConfig(
        dir, R"({"init": {"seed": 1099511627776}, "training": {"batch_size": 3000000000}})");
    const ExperimentConfig file = lstmviz::core::experimentFromFile(path.toStdString());
    MainWindow window;
    QString error;
    QVERIFY2(window.openConfig(path, &error), qPrintable(error));
    window.waitForSnapshot();
    QVERIFY(window.config() == file);
    QVERIFY(trainingView(window)->experiment() == file);
    auto* panelNote = child<QLabel>(window.configPanel(), "configNotShown");
    QVERIFY(!panelNote->isHidden());
    QVERIFY2(panelNote->text().contains("init.seed = 1099511627776"),
             qPrintable(panelNote->text()));
    auto* formNote = child<QLabel>(trainingView(window)->form(), "formNotShown");
    QVERIFY(!formNote->isHidden());
    QVERIFY2(formNote->text().contains("training.batch_size = 3000000000"),
             qPrintable(formNote->text()));
    QVERIFY2(formNote->text().contains("init.seed = 1099511627776"), qPrintable(formNote->text()));

    // The learner types a seed: that one is used and the note no longer names it.
    child<QSpinBox>(window.configPanel(), "configSeed")->setValue(42);
    window.waitForSnapshot();
    QCOMPARE(window.config().init.seed, uint64_t{42});
    QVERIFY(child<QLabel>(window.configPanel(), "configNotShown")->isHidden());
    QCOMPARE(trainingView(window)->experiment().training.batchSize, int64_t{3000000000});
  }

  // A file whose training options are TrainerOptions' defaults (lr 0.001, 10 epochs, no plateau,
  // no early stopping) trains with them, not with the dashboard's own example settings.
  void aFileWithDefaultTrainingOptionsTrainsThem() {
    QTemporaryDir dir;
    const QString path = writeConfig(dir, R"({"training": {"lr": 0.001, "epochs": 10}})");
    const ExperimentConfig file = lstmviz::core::experimentFromFile(path.toStdString());
    MainWindow window;
    QString error;
    QVERIFY2(window.openConfig(path, &error), qPrintable(error));
    window.waitForSnapshot();
    QCOMPARE(trainingView(window)->experiment().training.lr, 0.001);
    QVERIFY(!trainingView(window)->experiment().training.plateau);
    QVERIFY(trainingView(window)->experiment() == file);
  }
};

QTEST_MAIN(LoadedConfigTest)
#include "loaded_config_test.moc"
