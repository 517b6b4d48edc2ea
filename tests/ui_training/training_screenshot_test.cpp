// Qt Test: every dashboard view renders after a few epochs — the regression (forecast), the
// classification (confusion matrix) and the autoencoder (reconstruction error) variants — and is
// saved as a PNG (to $LSTMVIZ_SCREENSHOT_DIR, default the system temp folder) to look at.
#include <QDir>
#include <QTabWidget>
#include <QtTest>

#include "core/train/experiment.h"
#include "ui/training/gradients_view.h"
#include "ui/training/init_comparison.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_setup.h"
#include "ui/training/training_view.h"
#include "ui/training/training_workspace.h"

class TrainingScreenshotTest : public QObject {
  Q_OBJECT
 private slots:
  void forecastViewsRender();
  void classificationViewRenders();
  void reconstructionViewRenders();

 private:
  static QString outputPath(const QString& name) {
    const QString dir = qEnvironmentVariable("LSTMVIZ_SCREENSHOT_DIR", QDir::tempPath());
    return QDir(dir).filePath(name);
  }
  static void grab(QWidget* view, const QString& name) {
    view->resize(1400, 860);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QTest::qWait(50);
    const QPixmap image = view->grab();
    QCOMPARE(image.size(), QSize(1400, 860));
    QVERIFY(image.save(outputPath(name)));
  }
};

void TrainingScreenshotTest::forecastViewsRender() {
  // A saved run (plain SGD) to overlay.
  QTemporaryDir runs;
  auto sgd = lstmviz::ui::defaultTrainingExperiment();
  sgd.training.optimizer = lstmviz::core::OptimizerKind::kSgd;
  sgd.training.lr = 0.1;
  sgd.training.runDirectory = runs.filePath("sgd_lr0.1").toStdString();
  {
    lstmviz::ui::TrainingController saver;
    QString error;
    QVERIFY2(saver.runBlocking(sgd, 12, &error), qPrintable(error));
  }
  lstmviz::ui::TrainingWorkspace workspace;
  auto config = lstmviz::ui::defaultTrainingExperiment();
  config.training.plateau->patience = 0;        // show learning-rate drops within a few epochs
  config.training.earlyStopping->patience = 3;  // and early stopping
  workspace.setExperiment(config);
  QString error;
  QVERIFY2(workspace.trainEpochsBlocking(12, &error), qPrintable(error));
  QVERIFY2(workspace.training()->compareWithRun(runs.filePath("sgd_lr0.1"), &error),
           qPrintable(error));
  grab(workspace.trainingView(), "training.png");
  grab(workspace.histogramsView(), "histograms.png");
  workspace.gradients()->startComparison();
  QVERIFY(workspace.gradients()->comparison()->waitForFinished(30000));
  grab(workspace.gradientsView(), "gradients.png");
}

void TrainingScreenshotTest::classificationViewRenders() {
  lstmviz::ui::TrainingWorkspace workspace;
  auto config = lstmviz::ui::defaultTrainingExperiment();
  config.dataset = "copy";
  config.head = lstmviz::core::HeadKind::kSeq;
  config.training.loss = lstmviz::core::LossKind::kCrossEntropy;
  config.training.clipGradNorm = 0;
  config.training.clipGradValue = 0.5;
  workspace.setExperiment(config);
  QString error;
  QVERIFY2(workspace.trainEpochsBlocking(3, &error), qPrintable(error));
  grab(workspace.trainingView(), "training_classification.png");
}

void TrainingScreenshotTest::reconstructionViewRenders() {
  lstmviz::ui::TrainingWorkspace workspace;
  auto config = lstmviz::ui::defaultTrainingExperiment();
  config.dataset = "anomalies";
  config.head = lstmviz::core::HeadKind::kSeq;
  workspace.setExperiment(config);
  QString error;
  QVERIFY2(workspace.trainEpochsBlocking(3, &error), qPrintable(error));
  grab(workspace.trainingView(), "training_autoencoder.png");
}

QTEST_MAIN(TrainingScreenshotTest)
#include "training_screenshot_test.moc"
