// The experiment that trains is the one last applied, also while its forward pass is still being
// computed in the background. Regression (issue 17): `lstmviz --config big.json --train-epochs N`
// and Open configuration → Start trained the previous configuration (the built-in example) when
// the new one's forward pass ran on the worker thread.
#include <QTemporaryDir>
#include <QtTest>

#include "core/train/experiment.h"
#include "ui/app/main_window.h"
#include "ui/training/training_view.h"

using lstmviz::ui::MainWindow;
using lstmviz::ui::TrainingView;

class ConfigOrderTest : public QObject {
  Q_OBJECT

 private slots:
  void trainingGetsAConfigurationBuiltInTheBackgroundAtOnce() {
    QTemporaryDir dir;
    lstmviz::core::ExperimentConfig big;
    big.lstm.hiddenSize = 256;  // 8·H·(F + H)·N·L ≈ 3.4 GFLOP: above kBackgroundFlops
    big.batch = 64;
    big.seqLen = 100;
    const QString path = dir.filePath("big.json");
    lstmviz::core::saveExperiment(big, path.toStdString());

    MainWindow window(false);
    auto* training = window.findChild<TrainingView*>();
    QVERIFY(training);
    QVERIFY(training->experiment().lstm.hiddenSize != 256);
    QString error;
    QVERIFY2(window.openConfig(path, &error), qPrintable(error));
    // The forward pass is still being computed: training already has the opened configuration.
    QCOMPARE(training->experiment().lstm.hiddenSize, int64_t{256});
    QCOMPARE(training->experiment().seqLen, int64_t{100});
    window.waitForSnapshot();
    QCOMPARE(training->experiment().lstm.hiddenSize, int64_t{256});
  }
};

QTEST_MAIN(ConfigOrderTest)
#include "config_order_test.moc"
