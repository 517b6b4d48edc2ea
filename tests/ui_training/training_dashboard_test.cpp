// Qt Test of the training dashboard: a run driven through the buttons (start → snapshots drawn →
// pause → resume → stop) with progress and plot data checked against the trainer's records;
// histograms split per gate with the trainer's counts; trainEpochsBlocking; modelUpdated.
#include <qcustomplot.h>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>

#include "core/nn/lstm_config.h"
#include "core/train/experiment.h"
#include "core/train/run_directory.h"
#include "ui/training/histograms_view.h"
#include "ui/training/hyper_parameter_form.h"
#include "ui/training/plot_style.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_plots.h"
#include "ui/training/training_setup.h"
#include "ui/training/training_view.h"
#include "ui/training/training_workspace.h"

using lstmviz::ui::HistogramsView;
using lstmviz::ui::TrainingController;
using lstmviz::ui::TrainingWorkspace;

namespace {

// A small, fast run of the built-in sine example.
lstmviz::core::ExperimentConfig smallExperiment(int epochs) {
  lstmviz::core::ExperimentConfig c = lstmviz::ui::defaultTrainingExperiment();
  c.lstm.hiddenSize = 6;
  c.training.epochs = epochs;
  c.training.batchSize = 16;
  c.training.earlyStopping.reset();
  c.training.plateau.reset();
  return c;
}

}  // namespace

class TrainingDashboardTest : public QObject {
  Q_OBJECT
 private slots:
  void startPauseResumeStopDrawsTheTrainersRecords();
  void trainEpochsBlockingYieldsEpochRecords();
  void histogramsAreSplitPerGateWithTheTrainersCounts();
  void modelUpdatedCarriesTheLstmParameters();
  void compareRunOverlaysASavedRunDirectory();
  void runsStartedFromTheDashboardAreSavedEachInItsOwnDirectory();
  void oneEpochTrainsOneEpochThenPauses();
};

void TrainingDashboardTest::startPauseResumeStopDrawsTheTrainersRecords() {
  TrainingWorkspace workspace;
  workspace.setExperiment(smallExperiment(2000));
  auto* view = workspace.training();
  view->resize(1400, 860);
  view->show();
  TrainingController* controller = workspace.controller();

  QTest::mouseClick(view->startButton(), Qt::LeftButton);
  QCOMPARE(controller->state(), TrainingController::State::kRunning);
  // Snapshots arrive and are drawn.
  QTRY_VERIFY_WITH_TIMEOUT(view->plots()->batchLossGraph()->dataCount() > 20, 10000);
  QTRY_VERIFY_WITH_TIMEOUT(controller->history().epochs.size() >= 2, 15000);
  QVERIFY(view->pauseButton()->isEnabled());

  QTest::mouseClick(view->pauseButton(), Qt::LeftButton);
  QTRY_COMPARE_WITH_TIMEOUT(controller->state(), TrainingController::State::kPaused, 5000);
  QVERIFY(view->resumeButton()->isEnabled());
  QVERIFY(!view->pauseButton()->isEnabled());
  // While paused nothing changes: what is drawn is exactly what the trainer recorded.
  QTest::qWait(100);
  const auto& history = controller->history();
  const auto& snapshot = *history.latest;
  QCOMPARE(snapshot.state, lstmviz::core::TrainingSnapshot::State::kPaused);
  const int64_t done = (snapshot.epoch - 1) * snapshot.batchesPerEpoch + snapshot.batch;
  QCOMPARE(view->progressBar()->value(), static_cast<int>(done));
  QCOMPARE(view->progressBar()->maximum(),
           static_cast<int>(snapshot.batchesPerEpoch * snapshot.totalEpochs));
  QVERIFY(view->progressBar()->text().contains(QString("epoch %1/").arg(snapshot.epoch)));
  QCOMPARE(static_cast<int64_t>(history.batches.size()), done);  // every batch, none lost

  QCPGraph* batchLoss = view->plots()->batchLossGraph();
  QCOMPARE(batchLoss->dataCount(), static_cast<int>(history.batches.size()));
  for (int i = 0; i < batchLoss->dataCount(); i += 7) {
    const auto& b = history.batches[i];
    QCOMPARE(batchLoss->data()->at(i)->value, b.loss);
    QVERIFY(std::abs(batchLoss->data()->at(i)->key -
                     (b.epoch - 1 + static_cast<double>(b.batch) / snapshot.batchesPerEpoch)) <
            1e-12);
  }
  QCPGraph* train = view->plots()->epochTrainLossGraph();
  QCPGraph* val = view->plots()->epochValLossGraph();
  QCOMPARE(train->dataCount(), static_cast<int>(snapshot.epochs.size()));
  for (int e = 0; e < train->dataCount(); ++e) {
    QCOMPARE(train->data()->at(e)->value, snapshot.epochs[e].trainLoss);
    QCOMPARE(val->data()->at(e)->value, snapshot.epochs[e].valLoss);
  }

  QTest::mouseClick(view->resumeButton(), Qt::LeftButton);
  QTRY_COMPARE_WITH_TIMEOUT(controller->state(), TrainingController::State::kRunning, 5000);
  const size_t before = controller->history().batches.size();
  QTRY_VERIFY_WITH_TIMEOUT(controller->history().batches.size() > before + 10, 10000);

  QTest::mouseClick(view->stopButton(), Qt::LeftButton);
  QTRY_COMPARE_WITH_TIMEOUT(controller->state(), TrainingController::State::kFinished, 10000);
  QCOMPARE(controller->history().latest->state, lstmviz::core::TrainingSnapshot::State::kStopped);
  QCOMPARE(view->plots()->batchLossGraph()->dataCount(),
           static_cast<int>(controller->history().batches.size()));
  QVERIFY(view->startButton()->isEnabled());
}

void TrainingDashboardTest::trainEpochsBlockingYieldsEpochRecords() {
  TrainingWorkspace workspace;
  workspace.setExperiment(smallExperiment(10));
  QString error;
  QVERIFY2(workspace.trainEpochsBlocking(2, &error), qPrintable(error));
  const auto& history = workspace.controller()->history();
  QCOMPARE(history.epochs.size(), size_t{2});
  QCOMPARE(history.histograms.size(), size_t{2});
  QCOMPARE(history.gradients.size(), size_t{2});
  QVERIFY(history.evaluation != nullptr);
  QCOMPARE(history.evaluation->kind, lstmviz::ui::TaskEvaluation::Kind::kForecast);
  QCOMPARE(workspace.training()->plots()->epochTrainLossGraph()->dataCount(), 2);
}

void TrainingDashboardTest::histogramsAreSplitPerGateWithTheTrainersCounts() {
  TrainingWorkspace workspace;
  const auto config = smallExperiment(10);
  workspace.setExperiment(config);
  QString error;
  QVERIFY2(workspace.trainEpochsBlocking(3, &error), qPrintable(error));
  auto* view = workspace.histograms();
  view->resize(1400, 860);
  view->show();
  QCOMPARE(view->epochCount(), 3);
  const auto& sets = workspace.controller()->history().histograms;
  const int64_t h = config.lstm.hiddenSize;
  for (bool gradients : {false, true}) {
    view->setParameter("lstm.weight_hh_l0", gradients);
    for (const char* gate : {"i", "f", "g", "o"}) {
      const lstmviz::core::Histogram* found = nullptr;
      for (const auto& hist : *sets.back())
        if (hist.parameter == "lstm.weight_hh_l0" && hist.gate == gate &&
            hist.gradient == gradients)
          found = &hist;
      QVERIFY2(found, gate);
      QCOMPARE(found->total, h * h);  // one H × H_out gate block of weight_hh
      int64_t binned = 0;
      for (int64_t n : found->counts) binned += n;
      QCOMPARE(binned + found->nans + found->infs, found->total);
      const QString text = view->countsText(gate);
      QVERIFY2(text.contains(QString("%1 zeros · %2 NaN · %3 Inf of %4")
                                 .arg(found->zeros)
                                 .arg(found->nans)
                                 .arg(found->infs)
                                 .arg(found->total)),
               qPrintable(text));
      QVERIFY(view->gatePlot(gate)->isVisible());
      QVERIFY(view->gatePlot(gate)->graphCount() >= 3);  // a ridge (and its baseline) per epoch
    }
  }
  // The heat map over a sub-range of epochs.
  view->setMode(lstmviz::ui::HistogramsView::Mode::kHeatMap);
  view->setEpochRange(2, 3);
  QCOMPARE(view->gatePlot("f")->plottableCount(), 1);
  auto* map = qobject_cast<QCPColorMap*>(view->gatePlot("f")->plottable(0));
  QVERIFY(map);
  QCOMPARE(map->data()->keySize(), 2);
  // An ungated tensor gets one plot.
  view->setParameter("head.weight", false);
  QVERIFY(view->gatePlot("")->isVisible());
  QVERIFY(!view->gatePlot("f")->isVisible());
}

void TrainingDashboardTest::modelUpdatedCarriesTheLstmParameters() {
  TrainingWorkspace workspace;
  const auto config = smallExperiment(10);
  workspace.setExperiment(config);
  QSignalSpy spy(&workspace, &TrainingWorkspace::modelUpdated);
  QString error;
  QVERIFY2(workspace.trainEpochsBlocking(2, &error), qPrintable(error));
  QVERIFY(spy.count() >= 1);
  auto params = spy.last().at(0).value<std::shared_ptr<const std::vector<float>>>();
  QVERIFY(params);
  lstmviz::core::LstmConfig lstm = config.lstm;
  lstm.inputSize = 1;
  QCOMPARE(static_cast<int64_t>(params->size()), lstmviz::core::lstmParameterCount(lstm));
  const auto& all = *workspace.controller()->history().latest->parameters;
  QVERIFY(std::equal(params->begin(), params->end(), all.begin()));
}

void TrainingDashboardTest::compareRunOverlaysASavedRunDirectory() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  auto saved = smallExperiment(10);
  saved.training.runDirectory = dir.filePath("run_a").toStdString();
  {
    TrainingWorkspace other;
    other.setExperiment(saved);
    QString error;
    QVERIFY2(other.controller()->runBlocking(saved, 3, &error), qPrintable(error));
  }
  TrainingWorkspace workspace;
  QString error;
  QVERIFY2(workspace.training()->compareWithRun(dir.filePath("run_a"), &error), qPrintable(error));
  const auto records =
      lstmviz::core::RunDirectory::readMetrics(dir.filePath("run_a/metrics.csv").toStdString());
  QCPGraph* overlay = workspace.training()->plots()->comparisonValLossGraph();
  QCOMPARE(overlay->dataCount(), 3);
  for (int e = 0; e < 3; ++e) QCOMPARE(overlay->data()->at(e)->value, records[e].valLoss);

  // The histograms view lays the saved run's histograms over the current run's ridges: after 2
  // epochs here, the saved run's epoch-2 histogram of the same tensor and gate, dashed grey.
  HistogramsView* histograms = workspace.histograms();
  QVERIFY2(workspace.trainEpochsBlocking(2, &error), qPrintable(error));
  histograms->setParameter("lstm.weight_hh_l0", false);
  histograms->setMode(HistogramsView::Mode::kRidge);
  histograms->redrawNow();
  for (const QString gate : {"i", "f", "g", "o"}) {
    QVERIFY2(histograms->showsComparison(gate), qPrintable(gate));
    QCustomPlot* plot = histograms->gatePlot(gate);
    QCPGraph* outline = plot->graph(plot->graphCount() - 1);
    QCOMPARE(outline->pen().style(), Qt::DashLine);
    QCOMPARE(outline->pen().color(), lstmviz::ui::kCompareColor);
    // Its baseline is epoch 2, as the saved run's histogram says.
    QCOMPARE(outline->data()->constBegin()->value, 2.0);
  }
  histograms->setMode(HistogramsView::Mode::kHeatMap);
  histograms->redrawNow();
  QVERIFY(!histograms->showsComparison("i"));  // a heat map has no room for a second run

  QVERIFY(!workspace.training()->compareWithRun(dir.filePath("missing"), &error));
  QVERIFY(!error.isEmpty());
  // Clearing removes the histogram overlay too.
  histograms->setMode(HistogramsView::Mode::kRidge);
  workspace.training()->findChild<QPushButton*>("clearCompare")->click();
  histograms->redrawNow();
  QVERIFY(!histograms->showsComparison("i"));
}

void TrainingDashboardTest::runsStartedFromTheDashboardAreSavedEachInItsOwnDirectory() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  TrainingWorkspace workspace;
  workspace.setExperiment(smallExperiment(2));
  auto* view = workspace.training();
  view->show();
  view->form()->setRunsFolder(dir.filePath("runs"));
  for (int run = 0; run < 2; ++run) {
    QTest::mouseClick(view->startButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(workspace.controller()->state(), TrainingController::State::kFinished,
                              20000);
  }
  const QStringList runs =
      QDir(dir.filePath("runs")).entryList(QStringList{"run_*"}, QDir::Dirs, QDir::Name);
  QCOMPARE(runs.size(), 2);  // two runs in the same second still get two directories
  for (const QString& run : runs) {
    const QString path = QDir(dir.filePath("runs")).filePath(run);
    QVERIFY2(QFile::exists(path + "/metrics.csv"), qPrintable(path));
    QVERIFY2(QFile::exists(path + "/last.safetensors"), qPrintable(path));
    QCOMPARE(lstmviz::core::RunDirectory::readHistograms(path.toStdString()).size(), size_t{2});
  }
  QVERIFY(view->findChild<QLabel*>("lastRun")->text().contains(runs.last()));
  QString error;
  QVERIFY2(view->compareWithRun(QDir(dir.filePath("runs")).filePath(runs.first()), &error),
           qPrintable(error));
  QCOMPARE(view->plots()->comparisonValLossGraph()->dataCount(), 2);
  // Without a folder nothing is written.
  view->form()->setRunsFolder(QString());
  QCOMPARE(view->experimentToRun().training.runDirectory, std::string());
}

void TrainingDashboardTest::oneEpochTrainsOneEpochThenPauses() {
  TrainingWorkspace workspace;
  workspace.setExperiment(smallExperiment(50));
  auto* view = workspace.training();
  view->show();
  TrainingController* controller = workspace.controller();
  QTest::mouseClick(view->stepButton(), Qt::LeftButton);
  QTRY_COMPARE_WITH_TIMEOUT(controller->state(), TrainingController::State::kPaused, 10000);
  QCOMPARE(controller->history().epochs.size(), size_t{1});
  QTest::mouseClick(view->stepButton(), Qt::LeftButton);
  QTRY_COMPARE_WITH_TIMEOUT(controller->history().epochs.size(), size_t{2}, 10000);
  QTRY_COMPARE_WITH_TIMEOUT(controller->state(), TrainingController::State::kPaused, 10000);
  QCOMPARE(controller->history().epochs.size(), size_t{2});
  QTest::mouseClick(view->stopButton(), Qt::LeftButton);
  QTRY_COMPARE_WITH_TIMEOUT(controller->state(), TrainingController::State::kFinished, 10000);
}

QTEST_MAIN(TrainingDashboardTest)
#include "training_dashboard_test.moc"
