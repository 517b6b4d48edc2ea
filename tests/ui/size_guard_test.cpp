// The explorer refuses a configuration too large to record up front, with its size, on the GUI
// thread and on the background worker alike. Regression (issue 17): batch 100,000 × seq_len
// 20,000 filled 7.7 GB with the example input for 17 s and then said "std::bad_alloc".
#include <QTemporaryDir>
#include <QtTest>

#include "core/common/error.h"
#include "core/train/experiment.h"
#include "ui/app/config_panel.h"
#include "ui/app/main_window.h"
#include "ui/model/explorer_snapshot.h"

using lstmviz::ui::MainWindow;

class SizeGuardTest : public QObject {
  Q_OBJECT

 private slots:
  void hugeBatchTimesStepsIsRefusedWithItsSize() {
    lstmviz::core::ExperimentConfig huge;
    huge.batch = 100000;
    huge.seqLen = 20000;
    try {
      lstmviz::ui::buildExplorerSnapshot(huge, nullptr);
      QFAIL("the configuration was built");
    } catch (const lstmviz::core::ResourceError& e) {
      QVERIFY2(QString(e.what()).contains("would need"), e.what());
      QVERIFY2(QString(e.what()).contains("batch 100000, 20000 steps"), e.what());
    }
  }

  void theWindowShowsTheRefusalAndKeepsItsSnapshot() {
    QTemporaryDir dir;
    lstmviz::core::ExperimentConfig huge;
    huge.batch = 100000;
    huge.seqLen = 20000;
    const QString path = dir.filePath("huge.json");
    lstmviz::core::saveExperiment(huge, path.toStdString());
    MainWindow window(false);
    QString error;
    QVERIFY(!window.openConfig(path, &error));
    QVERIFY2(error.contains("would need"), qPrintable(error));
  }
};

QTEST_MAIN(SizeGuardTest)
#include "size_guard_test.moc"
