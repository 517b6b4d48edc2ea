// The outputs view marks an element equal exactly when the two floats are equal, for the layouts
// and architectures where output[:, -1] and h_n[-1] agree and where they do not; the packing view
// shows the naive output[:, -1] landing on padding.
// clang-format off
#include "ui/model/explorer_snapshot.h"
// clang-format on
#include "ui/explorer/outputs_view.h"

#include <QTableWidget>
#include <QTest>

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
        const auto* item = view.table()->item(j, OutputsComparison::kHnLast);
        if (item->data(OutputsView::kMarkRole).toInt() !=
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

  void packingViewShowsADemoWithoutLengths() {
    lstmviz::ui::PackingView packing;
    packing.setSnapshot(lstmviz::ui::buildExplorerSnapshot(base()));
    QCOMPARE(packing.shownSnapshot()->lengths, (std::vector<int64_t>{9, 6, 3, 1}));
    QVERIFY(!packing.naiveMatchesHn(1));
  }
};

QTEST_MAIN(OutputsViewTest)
#include "outputs_view_test.moc"
