// The training panel after the dataset changes on a paused run: it names the next run's data and
// says the curves (and Resume) belong to the paused run on its old data; a paused run shows no
// time left.
#include <QDir>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

#include "ui/training/training_controller.h"
#include "ui/training/training_setup.h"
#include "ui/training/training_view.h"
#include "ui/training/training_workspace.h"

using lstmviz::ui::TrainingController;
using lstmviz::ui::TrainingWorkspace;

namespace {

lstmviz::core::ExperimentConfig smallExperiment() {
  lstmviz::core::ExperimentConfig c = lstmviz::ui::defaultTrainingExperiment();
  c.lstm.hiddenSize = 6;
  c.training.epochs = 50;
  c.training.batchSize = 16;
  c.training.earlyStopping.reset();
  c.training.plateau.reset();
  return c;
}

}  // namespace

class DatasetChangeTest : public QObject {
  Q_OBJECT
 private slots:
  void pausedRunThenNewDatasetIsDescribed() {
    TrainingWorkspace workspace;
    workspace.setExperiment(smallExperiment());
    auto* view = workspace.training();
    view->show();
    TrainingController* controller = workspace.controller();
    QTest::mouseClick(view->stepButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), TrainingController::State::kPaused, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(view->progressBar()->format().startsWith("paused"), 5000);
    QVERIFY(!view->progressBar()->format().contains("left"));
    const QString before = view->dataText();
    QVERIFY(!before.contains("next run"));

    lstmviz::core::ExperimentConfig stock = smallExperiment();
    stock.dataset = "stock";
    stock.lstm.inputSize = 5;
    workspace.setExperiment(stock);
    const QString after = view->dataText();
    QVERIFY2(after.contains("Data for the next run: stock"), qPrintable(after));
    QVERIFY2(after.contains("paused run"), qPrintable(after));
    QVERIFY2(after.contains("Resume continues it"), qPrintable(after));
    view->resize(1400, 860);
    view->grab().save(QDir::temp().filePath(QStringLiteral("training_dataset_changed.png")));

    QTest::mouseClick(view->stopButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), TrainingController::State::kFinished, 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(view->dataText().contains("previous run's"),
                              qPrintable(view->dataText()), 5000);
    QVERIFY(view->dataText().contains("Data for the next run: stock"));

    // Back to the run's own data: described plainly again.
    workspace.setExperiment(smallExperiment());
    QVERIFY(!view->dataText().contains("next run"));
  }
};

QTEST_MAIN(DatasetChangeTest)
#include "dataset_change_test.moc"
