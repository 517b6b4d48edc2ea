// The outputs view marks an element equal exactly when the two floats are equal, for the layouts
// and architectures where output[:, -1] and h_n[-1] agree and where they do not; the packing view
// shows the naive output[:, -1] landing on padding.
#include "ui/explorer/outputs_view.h"

#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <cmath>

#include "ui/explorer/packing_view.h"
#include "ui/model/explorer_snapshot.h"

using lstmviz::core::ExperimentConfig;
using lstmviz::ui::OutputsComparison;
using lstmviz::ui::OutputsView;

namespace {

// output at the last step and h_n[-1], read straight from the snapshot's tensors.
float lastStep(const lstmviz::ui::ExplorerSnapshot& s, int n, int j) {
  const auto& out = s.result.output;
  const int64_t t = s.steps() - 1;
  if (s.config.unbatched) return out.at({t, j});
  return s.config.lstm.batchFirst ? out.at({n, t, j}) : out.at({t, n, j});
}
float hnLast(const lstmviz::ui::ExplorerSnapshot& s, int n, int j) {
  const int64_t last = s.result.hN.shape[0] - 1;
  return s.config.unbatched ? s.result.hN.at({last, j}) : s.result.hN.at({last, n, j});
}

ExperimentConfig base() {
  ExperimentConfig c;
  c.batch = 4;
  c.seqLen = 9;
  c.lstm.hiddenSize = 5;
  return c;
}

}  // namespace

class OutputsViewTest : public QObject {
  Q_OBJECT

 private:
  // Returns how many h_n[-1] elements are marked equal; checks every mark against the tensors.
  int checkMarks(const ExperimentConfig& config) {
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(config);
    OutputsView view;
    view.setSnapshot(snapshot);
    const int hOut = static_cast<int>(config.lstm.outputSize());
    int equal = 0;
    for (int n = 0; n < static_cast<int>(snapshot->batch()); ++n) {
      view.setSample(n);
      for (int j = 0; j < hOut; ++j) {
        const bool same = lastStep(*snapshot, n, j) == hnLast(*snapshot, n, j);
        if (view.elementsEqual(n, j) != same) {
          QTest::qFail(qPrintable(QStringLiteral("sample %1 unit %2").arg(n).arg(j)), __FILE__,
                       __LINE__);
          return -1;
        }
        // The table draws the same mark.
        const QModelIndex cell = view.table()->model()->index(j, OutputsComparison::kHnLast);
        if (cell.data(OutputsView::kMarkRole).toInt() !=
            static_cast<int>(same ? OutputsView::Mark::kEqual : OutputsView::Mark::kDifferent)) {
          QTest::qFail("table mark differs from the comparison", __FILE__, __LINE__);
          return -1;
        }
        equal += same ? 1 : 0;
      }
      // Columns past h_n's width are marked absent, never equal.
      for (int j = hOut; j < view.comparison()->rows(); ++j)
        if (view.mark(OutputsComparison::kHnLast, n, j) != OutputsView::Mark::kAbsent) {
          QTest::qFail("an element past H_out is marked", __FILE__, __LINE__);
          return -1;
        }
    }
    return equal;
  }

 private slots:
  void oneDirectionFullLengthIsEqualEverywhere() {
    ExperimentConfig c = base();
    QCOMPARE(checkMarks(c), 4 * 5);
    c.lstm.batchFirst = false;
    QCOMPARE(checkMarks(c), 4 * 5);
    c.lstm.numLayers = 3;  // h_n[-1] is still the last layer's final state
    QCOMPARE(checkMarks(c), 4 * 5);
    c.lstm.projSize = 2;
    QCOMPARE(checkMarks(c), 4 * 2);
    c.unbatched = true;
    QCOMPARE(checkMarks(c), 1 * 2);
  }

  void bidirectionalHnLastIsTheReverseState() {
    ExperimentConfig c = base();
    c.lstm.bidirectional = true;
    const int equal = checkMarks(c);
    QVERIFY(equal >= 0 && equal < 4 * 5);
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
    OutputsComparison comparison(*snapshot);
    QVERIFY(comparison.reason(OutputsComparison::kHnLast).contains("REVERSE"));
    QVERIFY(comparison.reason(OutputsComparison::kHnLast).contains("checked: equal"));
  }

  void paddingMakesTheLastStepDifferForShortSamples() {
    ExperimentConfig c = base();
    c.lengths = {9, 6, 3, 9};
    const int equal = checkMarks(c);
    QCOMPARE(equal, 2 * 5);  // samples 0 and 3 are full length
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
    lstmviz::ui::PackingView packing;
    packing.setSnapshot(snapshot);
    QVERIFY(packing.naiveMatchesHn(0));
    QVERIFY(!packing.naiveMatchesHn(1));
    QVERIFY(!packing.naiveMatchesHn(2));
    QVERIFY(packing.naiveMatchesHn(3));
  }

  void batchFirstMisuseSelectsTheLastSample() {
    ExperimentConfig c = base();
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
    OutputsComparison comparison(*snapshot);
    QCOMPARE(comparison.expression(OutputsComparison::kMisuse), std::string("output[-1]"));
    // Row n of output[-1] is step n of sample N−1.
    for (int n = 0; n < 4; ++n)
      QCOMPARE(*comparison.value(OutputsComparison::kMisuse, n, 0),
               snapshot->result.output.at({3, n, 0}));
    // Row 3 is sample 3's step 3, not its last step (t = 8).
    QVERIFY(!comparison.equalsLastStep(OutputsComparison::kMisuse, 3, 0));
    // Flatten's tail is the last step with batch_first.
    QCOMPARE(comparison.equalCount(OutputsComparison::kFlatten),
             comparison.comparableCount(OutputsComparison::kFlatten));
  }

  void flattenIsNeverMarkedTheLastStep() {
    ExperimentConfig c = base();
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
    OutputsView view;
    view.setSnapshot(snapshot);
    const OutputsComparison& comparison = *view.comparison();
    // Its last D·H_out block is the last step, element for element …
    QCOMPARE(comparison.equalCount(OutputsComparison::kFlatten), 4 * 5);
    QCOMPARE(comparison.comparableCount(OutputsComparison::kFlatten), 4 * 5);
    // … but the tensor keeps every step, so it is not called the last step.
    QVERIFY(comparison.verdict(OutputsComparison::kFlatten) ==
            OutputsComparison::Verdict::kPartEqual);
    QVERIFY(!view.countsText().contains("=</span> <code>output.reshape"));
    const QString reasons = view.reasonsText();
    const int at = reasons.indexOf("<code>output.reshape(N, -1)</code>");
    QVERIFY(at >= 0);
    const QString paragraph = reasons.mid(at, reasons.indexOf("</p>", at) - at);
    QVERIFY(!paragraph.contains("same as the last step"));
    QVERIFY(paragraph.contains("9 × 5 = 45"));  // L·D·H_out features, not H_out
    QVERIFY(comparison.verdict(OutputsComparison::kHnLast) == OutputsComparison::Verdict::kSame);
    // With a single step Flatten is the last step.
    c.seqLen = 1;
    OutputsComparison one(*lstmviz::ui::buildExplorerSnapshot(c));
    QVERIFY(one.verdict(OutputsComparison::kFlatten) == OutputsComparison::Verdict::kSame);
  }

  void keepingTheTimeAxisIsShown() {
    ExperimentConfig c = base();
    OutputsComparison comparison(*lstmviz::ui::buildExplorerSnapshot(c));
    QCOMPARE(comparison.expression(OutputsComparison::kKeepTime), std::string("output[:, -1:]"));
    QCOMPARE(comparison.shape(OutputsComparison::kKeepTime),
             std::string("(4, 1, 5) = (N, 1, D·H_out)"));
    QCOMPARE(comparison.equalCount(OutputsComparison::kKeepTime), 4 * 5);
    QVERIFY(comparison.verdict(OutputsComparison::kKeepTime) ==
            OutputsComparison::Verdict::kPartEqual);
  }

  void unbatchedColumnIndexReturnsTheLastUnitOfEveryStep() {
    ExperimentConfig c = base();
    c.unbatched = true;
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
    OutputsComparison comparison(*snapshot);
    QCOMPARE(comparison.expression(OutputsComparison::kMisuse), std::string("output[:, -1]"));
    QCOMPARE(comparison.shape(OutputsComparison::kMisuse), std::string("(9,) = (L,)"));
    QCOMPARE(comparison.width(OutputsComparison::kMisuse), 9);
    QVERIFY(comparison.rows() >= 9);
    for (int t = 0; t < 9; ++t)
      QCOMPARE(*comparison.value(OutputsComparison::kMisuse, 0, t),
               snapshot->result.output.at({t, 4}));
    QVERIFY(comparison.reason(OutputsComparison::kMisuse).startsWith("Warning"));
    QVERIFY(comparison.verdict(OutputsComparison::kMisuse) == OutputsComparison::Verdict::kDiffers);
    QCOMPARE(comparison.expression(OutputsComparison::kKeepTime), std::string("output[-1:]"));
  }

  void paddingIsNotCountedAsEqual() {
    ExperimentConfig c = base();
    c.lengths = {9, 6, 3, 9};
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
    OutputsView view;
    view.setSnapshot(snapshot);
    const OutputsComparison& comparison = *view.comparison();
    // Samples 1 and 2 end before t = L−1: their last step and Flatten tail are both zero padding.
    QCOMPARE(comparison.comparableCount(OutputsComparison::kFlatten), 2 * 5);
    QCOMPARE(comparison.equalCount(OutputsComparison::kFlatten), 2 * 5);
    QCOMPARE(comparison.comparableCount(OutputsComparison::kKeepTime), 2 * 5);
    QVERIFY(comparison.isPadding(OutputsComparison::kLastStep, 1, 0));
    QVERIFY(!comparison.isPadding(OutputsComparison::kLastStep, 0, 0));
    QVERIFY(!comparison.equalsLastStep(OutputsComparison::kFlatten, 1, 0));
    QVERIFY(view.mark(OutputsComparison::kFlatten, 1, 0) == OutputsView::Mark::kPadding);
    // h_n is never padding: compared against the padding zeros, it differs.
    QCOMPARE(comparison.comparableCount(OutputsComparison::kHnLast), 4 * 5);
    QVERIFY(view.mark(OutputsComparison::kHnLast, 1, 0) == OutputsView::Mark::kDifferent);
    // The batch_first misuse row n is step n of sample 3 (length 9): never padding here.
    QCOMPARE(comparison.comparableCount(OutputsComparison::kMisuse), 4 * 5);
  }

  void packingShowsHnWithoutPacking() {
    ExperimentConfig c = base();
    c.lengths = {9, 6, 3, 9};
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
    lstmviz::ui::PackingView packing;
    packing.setSnapshot(snapshot);
    // One sample at a time, by hand: its first `length` steps, then zeros up to L = 9.
    const auto run = [&](int sample, int steps, bool zeros) {
      lstmviz::core::Tensor<float> x({1, steps, 1});
      for (int t = 0; t < steps; ++t)
        x.at({0, t, 0}) =
            t < c.lengths[sample] || !zeros ? snapshot->input.at({sample, t, 0}) : 0.0f;
      lstmviz::core::LstmTrace<float> trace;
      return snapshot->lstm.forward(x, trace).hN;
    };
    for (int sample : {1, 2}) {
      const auto zerosThrough = run(sample, 9, true);
      const auto trueEnd = run(sample, static_cast<int>(c.lengths[sample]), false);
      for (int j = 0; j < 5; ++j) {
        QVERIFY(std::abs(packing.unpackedHn(sample, j) - zerosThrough.at({0, 0, j})) < 1e-6f);
        QVERIFY(std::abs(snapshot->result.hN.at({0, sample, j}) - trueEnd.at({0, 0, j})) < 1e-6f);
      }
      QVERIFY(!packing.unpackedMatchesPacked(sample));
    }
    QVERIFY(packing.unpackedMatchesPacked(0));
    QVERIFY(packing.unpackedMatchesPacked(3));
    QVERIFY(packing.table()->item(1, 7)->text().contains("no: 3 steps on zeros"));
  }

  void packingViewShowsADemoWithoutLengths() {
    lstmviz::ui::PackingView packing;
    packing.setSnapshot(lstmviz::ui::buildExplorerSnapshot(base()));
    QCOMPARE(packing.shownSnapshot()->lengths, (std::vector<int64_t>{9, 6, 3, 1}));
    QVERIFY(!packing.naiveMatchesHn(1));
  }
};

QTEST_MAIN(OutputsViewTest)
#include "outputs_view_test.moc"
