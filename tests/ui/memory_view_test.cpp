// The Memory view draws core's numbers: its connectivity heat map is
// connectivity(lstmSampleJacobianForward(...)) of the snapshot's sample (one direction: zero above
// the diagonal; bidirectional: full; packing: only the true steps), its completeness line shows
// integrated gradients' Σ attributions = f(x) − f(baseline) to a small relative difference, and
// its trajectory plot has one curve per sample with one point per true step.
// clang-format off
#include "ui/model/explorer_snapshot.h"
// clang-format on
#include "ui/explorer/memory_view.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "core/common/error.h"
#include "core/data/dataset_registry.h"
#include "core/nn/lstm_jacobian.h"
#include "core/nn/memory_paths.h"
#include "core/train/experiment.h"
#include "ui/app/config_panel.h"
#include "ui/app/main_window.h"

using lstmviz::core::ExperimentConfig;
using lstmviz::ui::MemoryView;

namespace {

ExperimentConfig base() {
  ExperimentConfig c;
  c.batch = 3;
  c.seqLen = 7;
  c.lstm.inputSize = 2;
  c.lstm.hiddenSize = 5;
  return c;
}

// The relative difference the completeness text shows (the number after "relative difference").
double shownRelativeDifference(const QString& text) {
  const QRegularExpression number(QStringLiteral("relative difference ([0-9.eE+-]+)"));
  const QRegularExpressionMatch m = number.match(text);
  return m.hasMatch() ? m.captured(1).toDouble() : INFINITY;
}

}  // namespace

class MemoryViewTest : public QObject {
  Q_OBJECT

 private:
  // Checks every drawn connectivity cell of every sample against core; returns how many cells
  // above the diagonal are non-zero.
  int checkConnectivity(const ExperimentConfig& config) {
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(config);
    MemoryView view;
    view.setSnapshot(snapshot);
    const int steps = static_cast<int>(snapshot->steps());
    const auto* lengths = snapshot->lengths.empty() ? nullptr : &snapshot->lengths;
    int above = 0;
    for (int n = 0; n < static_cast<int>(snapshot->batch()); ++n) {
      view.setSample(n);
      view.waitForResults();
      const lstmviz::core::Tensor<float> expected =
          lstmviz::core::connectivity(lstmviz::core::lstmSampleJacobianForward(
              snapshot->lstm, snapshot->input, nullptr, lengths, n));
      for (int t = 0; t < steps; ++t)
        for (int s = 0; s < steps; ++s) {
          const double want = expected.at({t, s});
          const double got = view.connectivityCell(t, s);
          if (std::abs(got - want) > 1e-6 * std::max(1.0, std::abs(want)))
            QTest::qFail(qPrintable(QStringLiteral("n %1 t %2 s %3: view %4, core %5")
                                        .arg(n)
                                        .arg(t)
                                        .arg(s)
                                        .arg(got)
                                        .arg(want)),
                         __FILE__, __LINE__);
          if (s > t && got > 0) ++above;
        }
    }
    return above;
  }

 private slots:
  // dataset "copy" / "adding": the explorer's example batch is the first N sequences of the task
  // exactly as training draws them (loadExperimentData's training part), in the chosen layout,
  // with the task's feature names and its name as the input's source.
  void memoryTaskIsTheExampleInput() {
    for (const char* dataset : {"copy", "adding"}) {
      for (bool batchFirst : {false, true}) {
        ExperimentConfig c;
        c.dataset = dataset;
        c.batch = 4;
        c.seqLen = 12;
        c.training.seed = 7;
        c.lstm.batchFirst = batchFirst;
        const bool copy = std::string(dataset) == "copy";
        c.lstm.inputSize = copy ? 10 : 2;
        const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
        ExperimentConfig training = c;
        training.head = copy ? lstmviz::core::HeadKind::kSeq : lstmviz::core::HeadKind::kLast;
        training.training.loss =
            copy ? lstmviz::core::LossKind::kCrossEntropy : lstmviz::core::LossKind::kMse;
        const auto data = lstmviz::core::loadExperimentData(training);
        const lstmviz::core::SequenceLayout layout = snapshot->layout();
        for (int64_t n = 0; n < 4; ++n)
          for (int64_t t = 0; t < 12; ++t)
            for (int64_t f = 0; f < c.lstm.inputSize; ++f)
              QCOMPARE(layout.at(snapshot->input, n, t, f), data.train.x.at({n, t, f}));
        if (copy) {
          QCOMPARE(snapshot->featureNames.size(), size_t{10});
          QCOMPARE(snapshot->featureNames[3], std::string("symbol 3"));
          QCOMPARE(snapshot->featureNames[9], std::string("delimiter"));
          QCOMPARE(snapshot->inputSource, std::string("the copy task (seed 7)"));
          // K = 3 symbols, delay 6: the delimiter at step K + T − 1 = 8 of every sample.
          for (int64_t n = 0; n < 4; ++n) QCOMPARE(layout.at(snapshot->input, n, 8, 9), 1.0f);
        } else {
          QCOMPARE(snapshot->featureNames, (std::vector<std::string>{"value", "marker"}));
          QCOMPARE(snapshot->inputSource, std::string("the adding problem (seed 7)"));
        }
      }
    }
  }

  // Picking copy or adding in the panel sets input_size to the task's features in the same change:
  // the explorer shows the task's sequences instead of refusing input_size 1.
  void choosingAMemoryTaskInThePanelSetsInputSize() {
    lstmviz::ui::MainWindow window;
    auto* dataset = window.configPanel()->findChild<QComboBox*>(QStringLiteral("configDataset"));
    QVERIFY(dataset);
    QCOMPARE(window.snapshot()->config.lstm.inputSize, int64_t{1});
    for (const char* task : {"copy", "adding"}) {
      const int index = dataset->findData(QString::fromLatin1(task));
      QVERIFY(index >= 0);
      dataset->setCurrentIndex(index);
      window.waitForSnapshot();
      const int64_t features = lstmviz::core::datasetInfo(task).features;
      QCOMPARE(window.config().lstm.inputSize, features);
      QCOMPARE(window.snapshot()->config.dataset, std::string(task));
      QCOMPARE(window.snapshot()->config.lstm.inputSize, features);
      QCOMPARE(window.snapshot()->inputSource, lstmviz::ui::explorerInputSource(window.config()));
    }
    // Another dataset keeps the input_size the learner has.
    dataset->setCurrentIndex(dataset->findData(QStringLiteral("sine")));
    window.waitForSnapshot();
    QCOMPARE(window.config().lstm.inputSize, lstmviz::core::datasetInfo("adding").features);
    QVERIFY(window.snapshot()->inputSource.empty());
  }

  void wrongInputSizeForAMemoryTaskIsRefused() {
    ExperimentConfig c;
    c.dataset = "copy";
    c.lstm.inputSize = 1;
    QString message;
    try {
      lstmviz::ui::checkExplorerConfig(c);
    } catch (const lstmviz::core::ShapeError& e) {
      message = QString::fromStdString(e.what());
    }
    QVERIFY2(message.startsWith(QStringLiteral(
                 "input.size(-1) must be equal to input_size. Expected 1, got 10: the copy task's "
                 "input has 10 features per step")),
             qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral("set input_size = 10")), qPrintable(message));
    c.lstm.inputSize = 10;
    c.seqLen = 2;
    bool refused = false;  // the copy task needs seq_len ≥ 3
    try {
      lstmviz::ui::checkExplorerConfig(c);
    } catch (const lstmviz::core::Error&) {
      refused = true;
    }
    QVERIFY(refused);
    c.dataset = "sine";  // the built-in example takes any input_size
    c.lstm.inputSize = 1;
    lstmviz::ui::checkExplorerConfig(c);
  }

  // Under what-if edits the view computes on the edited run: f clamped to 1 from step 2 keeps
  // ∏ f exactly 1 over the clamped steps, and the connectivity and attributions are those of the
  // clamped forward (core with the snapshot's clamps), not of the model as it is.
  void memoryPathsHonourWhatIfClamps() {
    ExperimentConfig c = base();
    c.whatIf = {"f@l0:u3:t2-=1", "l0:u1"};
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
    QVERIFY(snapshot->edited());
    const int steps = static_cast<int>(snapshot->steps());
    for (int n = 0; n < 3; ++n) {
      const auto survival = lstmviz::core::forgetSurvival(snapshot->trace, 0, 0, n);
      for (int t = 1; t < steps; ++t)
        for (int s = 1; s <= t; ++s) QCOMPARE(survival.at({3, t, s}), 1.0f);
    }
    const auto clamps = snapshot->edits.gateClamps();
    MemoryView view;
    view.setSnapshot(snapshot);
    view.setSample(1);
    view.waitForResults();
    const auto clamped = lstmviz::core::connectivity(lstmviz::core::lstmSampleJacobianForward(
        snapshot->lstm, snapshot->input, nullptr, nullptr, 1, clamps));
    const auto free = lstmviz::core::connectivity(lstmviz::core::lstmSampleJacobianForward(
        snapshot->lstm, snapshot->input, nullptr, nullptr, 1));
    double differs = 0;
    for (int t = 0; t < steps; ++t)
      for (int s = 0; s <= t; ++s) {
        QVERIFY(std::abs(view.connectivityCell(t, s) - clamped.at({t, s})) <=
                1e-6 * std::max(1.0, double(clamped.at({t, s}))));
        differs = std::max(differs, std::abs(double(free.at({t, s}) - clamped.at({t, s}))));
      }
    QVERIFY(differs > 1e-3);  // the clamps change the numbers: the test can fail
    // f(x) is the edited run's output[1, last, 0]; completeness holds through the clamps.
    const auto* paths = view.paths();
    QVERIFY(paths);
    const float edited = snapshot->layout().at(snapshot->result.output, 1, steps - 1, 0);
    QVERIFY2(std::abs(paths->ig.value - edited) < 1e-6,
             qPrintable(QStringLiteral("%1 vs %2").arg(paths->ig.value).arg(edited)));
    QVERIFY(std::abs(edited - snapshot->unedited().layout().at(snapshot->unedited().result.output,
                                                               1, steps - 1, 0)) > 1e-4);
    QVERIFY(shownRelativeDifference(view.completenessText()) < 1e-4);
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("memorySource"))
                ->text()
                .contains(QStringLiteral("f@l0:u3:t2-=1")));
  }

  // The head's prediction: the copy task's head seq at the view's step t. Its weights are the
  // trained model's head as buildExperimentModel initialises it; y_k = W[k]·output[n, t] + b_k is
  // the largest output; the connectivity is ‖W ∂output[t]/∂x[s]‖; completeness holds.
  void headPredictionIsAttributed() {
    ExperimentConfig c;
    c.dataset = "copy";
    c.head = lstmviz::core::HeadKind::kSeq;
    c.training.loss = lstmviz::core::LossKind::kCrossEntropy;
    c.batch = 2;
    c.seqLen = 12;
    c.lstm.inputSize = 10;
    c.lstm.hiddenSize = 6;
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
    const auto head = lstmviz::ui::memoryHead(c);
    QVERIFY(head);
    auto model = lstmviz::core::buildExperimentModel(c, lstmviz::core::loadExperimentData(c));
    for (const auto& p : model->parameters()) {
      const std::vector<float>* mine = nullptr;
      std::vector<float> bias = head->bias;
      if (p.name == "head.weight") mine = &head->weight.data;
      if (p.name == "head.bias") mine = &bias;
      if (!mine) continue;
      QCOMPARE(static_cast<int64_t>(mine->size()), p.size());
      for (int64_t i = 0; i < p.size(); ++i) QCOMPARE((*mine)[i], p.values[i]);
    }
    MemoryView view;
    view.setSnapshot(snapshot);
    view.setSample(1);
    view.setStep(10);
    QSignalSpy spy(&view, &MemoryView::stepChanged);
    auto* target = view.findChild<QComboBox*>();
    QVERIFY(target);
    for (auto* box : view.findChildren<QComboBox*>())
      if (box->count() == 3) target = box;
    target->setCurrentIndex(static_cast<int>(lstmviz::ui::MemoryTarget::kHead));
    view.waitForResults();
    const auto* paths = view.paths();
    QVERIFY(paths && paths->target == lstmviz::ui::MemoryTarget::kHead);
    QCOMPARE(paths->targetStep, int64_t{10});
    const auto layout = snapshot->layout();
    const int64_t width = 6, classes = 9;
    QCOMPARE(head->weight.size(0), classes);
    int64_t best = -1;
    double bestValue = 0;
    for (int64_t k = 0; k < classes; ++k) {
      double y = head->bias[k];
      for (int64_t j = 0; j < width; ++j)
        y += double(head->weight.at({k, j})) * layout.at(snapshot->result.output, 1, 10, j);
      if (best < 0 || y > bestValue) best = k, bestValue = y;
    }
    QCOMPARE(paths->headOutput, best);
    QVERIFY(std::abs(paths->headValue - bestValue) < 1e-5);
    QVERIFY(std::abs(paths->ig.value + paths->headBias - bestValue) < 1e-5);
    QVERIFY(shownRelativeDifference(view.completenessText()) < 1e-4);
    QVERIFY(paths->headConnectivity);
    const auto expected =
        lstmviz::core::headConnectivity(lstmviz::core::lstmSampleJacobianForward(
                                            snapshot->lstm, snapshot->input, nullptr, nullptr, 1),
                                        head->weight);
    for (int t = 0; t < 12; ++t)
      for (int s = 0; s <= t; ++s)
        QVERIFY(std::abs(view.connectivityCell(t, s) - expected.at({t, s})) <=
                1e-6 * std::max(1.0, double(expected.at({t, s}))));
    // Moving the step moves the attributed prediction and reports the step once.
    view.setStep(11);
    view.waitForResults();
    QCOMPARE(view.paths()->targetStep, int64_t{11});
    view.setStep(11);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 11);
  }

  // A many-to-one head (last) with the built-in sine: y = W · output[n, -1] + b.
  void lastHeadPredictionIsAttributed() {
    ExperimentConfig c = base();
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
    const auto head = lstmviz::ui::memoryHead(c);
    QVERIFY(head && head->kind == lstmviz::core::HeadKind::kLast);
    const auto paths =
        lstmviz::ui::computeMemoryPaths(*snapshot, 2, lstmviz::ui::MemoryTarget::kHead);
    double y = head->bias[0];
    for (int64_t j = 0; j < 5; ++j)
      y +=
          double(head->weight.at({0, j})) * snapshot->layout().at(snapshot->result.output, 2, 6, j);
    QVERIFY(std::abs(paths.headValue - y) < 1e-5);
    QVERIFY(!paths.headConnectivity);
    QVERIFY(std::abs(paths.ig.sum - (paths.ig.value - paths.ig.baselineValue)) <
            1e-4 * std::abs(paths.ig.value - paths.ig.baselineValue));
  }

  void connectivityEqualsCore() {
    ExperimentConfig c = base();
    QCOMPARE(checkConnectivity(c), 0);  // one direction: nothing above the diagonal
    c.lstm.bidirectional = true;
    c.lstm.numLayers = 2;
    QVERIFY(checkConnectivity(c) > 0);  // bidirectional: later inputs reach earlier outputs
  }

  void connectivityWithPackingHasOnlyTrueSteps() {
    ExperimentConfig c = base();
    c.lengths = {7, 4, 2};
    checkConnectivity(c);
    MemoryView view;
    view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(c));
    view.setSample(1);
    view.waitForResults();
    QVERIFY(view.connectivityCell(3, 0) > 0);
    for (int k = 0; k < 7; ++k) {
      QCOMPARE(view.connectivityCell(5, k), 0.0);  // output step 5 is padding of a length-4 sample
      QCOMPARE(view.connectivityCell(k, 4), 0.0);
    }
  }

  void completenessHolds() {
    for (bool bidirectional : {false, true}) {
      ExperimentConfig c = base();
      c.lstm.bidirectional = bidirectional;
      MemoryView view;
      view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(c));
      view.setSample(2);
      view.waitForResults();
      const QString text = view.completenessText();
      QVERIFY2(text.contains(QStringLiteral("output[2, 6, 0]")), qPrintable(text));
      const double relative = shownRelativeDifference(text);
      QVERIFY2(relative < 1e-4, qPrintable(text));
      const auto* paths = view.paths();
      QVERIFY(paths != nullptr);
      QVERIFY(std::abs(paths->ig.value - paths->ig.baselineValue) > 1e-4);  // not trivially 0
      double sum = 0;
      for (double a : paths->integrated) sum += a;
      QVERIFY(std::abs(sum - paths->ig.sum) <= 1e-5 * std::max(1.0, std::abs(sum)));
    }
  }

  // The attributions run on the sample cut out of the batch: they equal integrated gradients of
  // the whole batch with f = output[n, last, 0], in every layout and with packing.
  void attributionsOfTheSampleAloneEqualTheBatchs() {
    for (int layout = 0; layout < 4; ++layout) {
      ExperimentConfig c = base();
      c.lstm.batchFirst = layout == 0;
      c.unbatched = layout == 2;
      if (layout == 3) c.lengths = {7, 5, 3};
      const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
      const int n = c.unbatched ? 0 : 1;
      MemoryView view;
      view.setSnapshot(snapshot);
      view.setSample(n);
      view.waitForResults();
      const int64_t steps = snapshot->steps(), width = c.lstm.outputSize();
      const int64_t batch = snapshot->batch(), last = snapshot->trace.length(n) - 1;
      lstmviz::core::Tensor<float> weights(snapshot->result.output.shape);
      const int64_t at = c.unbatched         ? last * width
                         : c.lstm.batchFirst ? (n * steps + last) * width
                                             : (last * batch + n) * width;
      weights.data[at] = 1;
      const auto* lengths = snapshot->lengths.empty() ? nullptr : &snapshot->lengths;
      const auto ig =
          lstmviz::core::integratedGradients(snapshot->lstm, snapshot->input, nullptr, lengths,
                                             weights, lstmviz::ui::kIntegratedGradientsSteps);
      const int64_t features = c.lstm.inputSize;
      for (int64_t t = 0; t < steps; ++t) {
        double want = 0;
        for (int64_t f = 0; f < features; ++f) {
          const int64_t i = c.unbatched         ? t * features + f
                            : c.lstm.batchFirst ? (n * steps + t) * features + f
                                                : (t * batch + n) * features + f;
          want += ig.attributions.data[i];
        }
        const double got = view.paths()->integrated[t];
        QVERIFY2(std::abs(got - want) <= 1e-5 * std::max(1e-3, std::abs(want)),
                 qPrintable(QStringLiteral("layout %1 step %2: view %3, batch %4")
                                .arg(layout)
                                .arg(t)
                                .arg(got)
                                .arg(want)));
      }
    }
  }

  // H = 64, L = 100, N = 8: computed on a worker thread while the view stays responsive, then
  // drawn with core's numbers.
  void largeConfigurationIsComputedOnAWorker() {
    ExperimentConfig c;
    c.batch = 8;
    c.seqLen = 100;
    c.lstm.inputSize = 2;
    c.lstm.hiddenSize = 64;
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
    MemoryView view;
    view.setSnapshot(snapshot);
    view.show();
    QVERIFY(view.paths() == nullptr);  // not computed inside show()
    QTRY_VERIFY_WITH_TIMEOUT(view.paths() != nullptr, 60000);
    const lstmviz::core::Tensor<float> expected =
        lstmviz::core::connectivity(lstmviz::core::lstmSampleJacobianForward(
            snapshot->lstm, snapshot->input, nullptr, nullptr, 0));
    for (int t : {0, 50, 99})
      for (int s : {0, 49, 99}) QCOMPARE(view.connectivityCell(t, s), double(expected.at({t, s})));
    QVERIFY(shownRelativeDifference(view.completenessText()) < 1e-4);
  }

  // MainWindow registers the view as "memory"; a language switch rebuilds it from the same
  // snapshot, with the same numbers and the texts in the new language.
  void languageSwitchRebuildsTheView() {
    QTemporaryDir settingsDir;  // the language choice is saved with the session: not the user's
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    lstmviz::ui::MainWindow window;
    window.show();
    QVERIFY(window.showView(QStringLiteral("memory")));
    auto* before = qobject_cast<MemoryView*>(window.view(QStringLiteral("memory")));
    QVERIFY(before);
    before->waitForResults();
    const double cell = before->connectivityCell(5, 2);
    QVERIFY(cell > 0);
    QVERIFY(window.setLanguage(QStringLiteral("ko")));
    QTRY_VERIFY(window.view(QStringLiteral("memory")) != before);
    auto* after = qobject_cast<MemoryView*>(window.view(QStringLiteral("memory")));
    QVERIFY(after);
    after->waitForResults();
    QCOMPARE(after->connectivityCell(5, 2), cell);
    QVERIFY2(after->completenessText().contains(QStringLiteral("상대 차이")),
             qPrintable(after->completenessText()));
    QVERIFY(window.setLanguage(QStringLiteral("en")));
  }

  // A Jacobian of more than kMaxJacobianElements values is not computed; the view says why and
  // still draws the survival and the trajectories.
  void tooLargeAJacobianIsNotComputed() {
    ExperimentConfig c;
    c.batch = 1;
    c.seqLen = 200;
    c.lstm.inputSize = 8;
    c.lstm.hiddenSize = 256;
    MemoryView view;
    view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(c));
    view.show();
    view.waitForResults();
    QVERIFY(view.paths() == nullptr);
    QVERIFY2(view.statusText().contains(QStringLiteral("81920000 values")),
             qPrintable(view.statusText()));
    QCOMPARE(view.trajectoryPlot()->plottableCount() - view.trajectoryPlot()->graphCount(), 1);
  }

  void trajectoryHasOneCurvePerSample() {
    ExperimentConfig c = base();
    c.batch = 5;
    MemoryView view;
    view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(c));
    QCustomPlot* plot = view.trajectoryPlot();
    // Hidden, the view reads nothing of the trace (a large snapshot must not cost the window a
    // PCA it does not show); shown, it draws.
    QCOMPARE(plot->plottableCount(), 0);
    view.show();
    int curves = 0;
    for (int i = 0; i < plot->plottableCount(); ++i)
      if (auto* curve = qobject_cast<QCPCurve*>(plot->plottable(i))) {
        ++curves;
        QCOMPARE(curve->dataCount(), 7);
      }
    QCOMPARE(curves, 5);
    view.setStep(3);
    QCOMPARE(plot->graphCount(), 5);  // one marker per sample at step 3
  }
};

QTEST_MAIN(MemoryViewTest)
#include "memory_view_test.moc"
