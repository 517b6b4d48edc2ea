// The explorer keeps every core after training (issue 17, code review): the training worker, the
// init comparison and a blocking run (--train-epochs) each limit only their own thread to one
// core (core::ThreadBudget); before, Eigen::setNbThreads(1) limited the whole process, so the
// explorer's forward ran on one core for the rest of the session.
#include "core/nn/thread_budget.h"

#include <Eigen/Core>
#include <QtTest>

#include "core/nn/batch_slices.h"
#include "ui/model/explorer_snapshot.h"
#include "ui/training/init_comparison.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_setup.h"

using lstmviz::core::ThreadBudget;
using lstmviz::ui::TrainingController;

namespace {

lstmviz::core::ExperimentConfig smallExperiment() {
  lstmviz::core::ExperimentConfig c = lstmviz::ui::defaultTrainingExperiment();
  c.lstm.hiddenSize = 6;
  c.training.epochs = 1;
  c.training.batchSize = 16;
  c.training.earlyStopping.reset();
  c.training.plateau.reset();
  return c;
}

// The threads the explorer's forward of a 64-sample batch splits between (its kernels' choice).
int explorerThreads() { return lstmviz::core::batchThreads(64); }

}  // namespace

class ThreadBudgetTest : public QObject {
  Q_OBJECT
 private slots:
  void theExplorerKeepsBothCoresAfterTraining() {
    // Two cores for the GUI thread (ctest runs with OMP_NUM_THREADS=1 otherwise).
    const ThreadBudget twoCores(2);
    QCOMPARE(explorerThreads(), 2);

    TrainingController controller;
    controller.start(smallExperiment());
    QVERIFY(controller.waitForFinished(60000));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), TrainingController::State::kFinished, 10000);
    QCOMPARE(ThreadBudget::current(), 2);
    QCOMPARE(explorerThreads(), 2);

    lstmviz::ui::InitComparison comparison;
    comparison.start(smallExperiment(), 1);
    QVERIFY(comparison.waitForFinished(60000));
    QCOMPARE(explorerThreads(), 2);

    // --train-epochs trains on the GUI thread, on one core, and gives the second one back.
    QString error;
    QVERIFY2(controller.runBlocking(smallExperiment(), 1, &error), qPrintable(error));
    QCOMPARE(ThreadBudget::current(), 2);
    QCOMPARE(explorerThreads(), 2);

    lstmviz::core::ExperimentConfig explorer;
    explorer.batch = 64;
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(explorer, nullptr);
    QVERIFY(snapshot);
    QCOMPARE(explorerThreads(), 2);
  }
};

QTEST_MAIN(ThreadBudgetTest)
#include "thread_budget_test.moc"
