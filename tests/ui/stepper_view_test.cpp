// StepperView: keyboard stepping, the substituted equations against the trace, the heatmaps
// against the trace, padding shown as not computed, selections kept across snapshots, and a
// 1400×860 render (saved to <tmp>/stepper.png for a visual check).
#include "ui/explorer/stepper_view.h"

#include <qcustomplot.h>

#include <QDir>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <cmath>

#include "ui/explorer/gate_chunk_diagram.h"
#include "ui/explorer/stepper_cell_diagram.h"
#include "ui/explorer/stepper_cell_loop_panel.h"
#include "ui/explorer/stepper_equations.h"
#include "ui/explorer/stepper_heatmaps.h"
#include "ui/explorer/stepper_stack_diagram.h"
#include "ui/explorer/stepper_stack_panel.h"
#include "ui/model/explorer_snapshot.h"

using lstmviz::core::ExperimentConfig;
using lstmviz::ui::ExplorerSnapshot;
using lstmviz::ui::StepperQuantity;
using lstmviz::ui::StepperView;

namespace {

std::shared_ptr<const ExplorerSnapshot> snapshotFor(const ExperimentConfig& config) {
  return lstmviz::ui::buildExplorerSnapshot(config);
}

ExperimentConfig defaultConfig() {
  ExperimentConfig c;
  c.lstm.inputSize = 2;
  c.lstm.hiddenSize = 6;
  c.batch = 3;
  c.seqLen = 9;
  return c;
}

// The last number of an equation line ("… = 0.6035" → 0.6035), typographic minus accepted.
double lastNumber(QString line) {
  line.replace(QChar(0x2212), '-');
  static const QRegularExpression number(QStringLiteral("(-?\\d+\\.\\d+)\\s*$"));
  const auto match = number.match(line);
  if (!match.hasMatch()) return std::nan("");
  return match.captured(1).toDouble();
}

// The number inside the last "σ(…)" or "tanh(…)" before the final "=": the printed a_t.
double printedPreActivation(QString line) {
  line.replace(QChar(0x2212), '-');
  static const QRegularExpression pre(QStringLiteral("\\((-?\\d+\\.\\d+)\\) = -?\\d+\\.\\d+\\s*$"));
  const auto match = pre.match(line);
  if (!match.hasMatch()) return std::nan("");
  return match.captured(1).toDouble();
}

constexpr double kPrinted = 0.5e-4 + 1e-6;  // 4 decimals

}  // namespace

class StepperViewTest : public QObject {
  Q_OBJECT

 private slots:
  void keyboardStepsAndTogglesPlay() {
    StepperView view;
    view.resize(1000, 700);
    view.setSnapshot(snapshotFor(defaultConfig()));
    view.show();
    view.setFocus();
    QCOMPARE(view.timestep(), 0);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.timestep(), 1);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.timestep(), 2);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.timestep(), 1);
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.timestep(), 0);  // stops at 0
    view.setTimestep(8);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.timestep(), 8);  // stops at L − 1

    view.setTimestep(0);
    QVERIFY(!view.isPlaying());
    QTest::keyClick(&view, Qt::Key_Space);
    QVERIFY(view.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(view.timestep() >= 1, 3000);  // playing advances
    QTest::keyClick(&view, Qt::Key_Space);
    QVERIFY(!view.isPlaying());
    const int stopped = view.timestep();
    QTest::qWait(700);
    QCOMPARE(view.timestep(), stopped);
  }

  void equationNumbersEqualTheTrace_data() {
    QTest::addColumn<bool>("bidirectional");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("projSize");
    QTest::addColumn<bool>("bias");
    QTest::newRow("one layer") << false << 1 << 0 << true;
    QTest::newRow("stacked bidirectional") << true << 2 << 0 << true;
    QTest::newRow("no bias") << false << 1 << 0 << false;
    QTest::newRow("projection") << true << 2 << 3 << true;
  }

  void equationNumbersEqualTheTrace() {
    QFETCH(bool, bidirectional);
    QFETCH(int, layers);
    QFETCH(int, projSize);
    QFETCH(bool, bias);
    ExperimentConfig config = defaultConfig();
    config.lstm.bidirectional = bidirectional;
    config.lstm.numLayers = layers;
    config.lstm.projSize = projSize;
    config.lstm.bias = bias;
    const auto snapshot = snapshotFor(config);
    StepperView view;
    view.setSnapshot(snapshot);
    const auto& trace = snapshot->trace;
    const int64_t h = config.lstm.hiddenSize;
    for (int layer = 0; layer < layers; ++layer) {
      for (int dir = 0; dir < (bidirectional ? 2 : 1); ++dir) {
        view.setLayer(layer);
        view.setDirection(dir);
        for (int sample : {0, 2}) {
          view.setSample(sample);
          for (int t : {0, 4, 8}) {
            for (int unit : {0, 5}) {
              view.setTimestep(t);
              view.setUnit(unit);
              const auto& tr = trace.at(layer, dir);
              const int64_t col = tr.column(t, sample);
              const auto* eq = view.equations();
              const char* letters[4] = {"i", "f", "g", "o"};
              for (int gate = 0; gate < 4; ++gate) {
                const QString line = eq->plainLine(QString::fromLatin1(letters[gate]));
                QVERIFY2(!line.isEmpty(), letters[gate]);
                const double recorded = tr.gates(gate * h + unit, col);
                const double printed = lastNumber(line);
                QVERIFY2(std::abs(printed - recorded) <= kPrinted, qPrintable(line));
                const double recordedPre = tr.gatesPre(gate * h + unit, col);
                QVERIFY2(std::abs(printedPreActivation(line) - recordedPre) <= kPrinted,
                         qPrintable(line));
                // The sum of the four recomputed terms is the core's pre-activation.
                const auto& terms = view.currentValues().gates[gate];
                QVERIFY(std::abs(terms.sum - recordedPre) <= 1e-5);
                if (!bias) QCOMPARE(terms.biasIh + terms.biasHh, 0.0);
              }
              const double cell = tr.cell(unit, tr.stateColumn(t, sample));
              QVERIFY(std::abs(lastNumber(eq->plainLine("c")) - cell) <= kPrinted);
              const int64_t p = projSize > 0 ? std::min<int64_t>(unit, projSize - 1) : unit;
              const double hidden = tr.hidden(p, tr.stateColumn(t, sample));
              QVERIFY2(std::abs(lastNumber(eq->plainLine("h")) - hidden) <= kPrinted,
                       qPrintable(eq->plainLine("h")));
              if (projSize > 0) {
                QVERIFY(eq->plainLine("h").contains(QStringLiteral("W_hr")));
                QVERIFY(std::abs(view.currentValues().projectionSum - hidden) <= 1e-5);
                QVERIFY(std::abs(lastNumber(eq->plainLine("m")) - tr.hiddenRaw(unit, col)) <=
                        kPrinted);
              }
              QVERIFY(eq->plainLine("check").startsWith(QStringLiteral("Check:")));
            }
          }
        }
      }
    }
  }

  void heatmapsHoldTheTrace() {
    ExperimentConfig config = defaultConfig();
    config.lstm.bidirectional = true;
    config.lstm.projSize = 4;
    const auto snapshot = snapshotFor(config);
    StepperView view;
    view.setSnapshot(snapshot);
    view.setDirection(1);
    view.setSample(1);
    const auto& tr = snapshot->trace.at(0, 1);
    const int64_t h = config.lstm.hiddenSize;
    for (int q = 0; q < 6; ++q) {
      QCPColorMapData* data = view.heatmaps()->colorMap(static_cast<StepperQuantity>(q))->data();
      const int64_t units = q == 5 ? 4 : h;
      QCOMPARE(data->keySize(), 9);
      QCOMPARE(data->valueSize(), static_cast<int>(units));
      for (int t = 0; t < 9; ++t)
        for (int u = 0; u < units; ++u) {
          double expected = 0;
          if (q < 4)
            expected = tr.gates(q * h + u, tr.column(t, 1));
          else if (q == 4)
            expected = tr.cell(u, tr.stateColumn(t, 1));
          else
            expected = tr.hidden(u, tr.stateColumn(t, 1));
          QCOMPARE(data->cell(t, u), expected);
        }
    }
  }

  void paddedStepsAreNotComputed() {
    ExperimentConfig config = defaultConfig();
    config.lengths = {9, 5, 2};
    const auto snapshot = snapshotFor(config);
    StepperView view;
    view.setSnapshot(snapshot);
    view.setSample(1);
    QCPColorMapData* data = view.heatmaps()->colorMap(StepperQuantity::kF)->data();
    QVERIFY(!std::isnan(data->cell(4, 0)));
    QVERIFY(std::isnan(data->cell(5, 0)));
    QVERIFY(std::isnan(data->cell(8, 3)));
    view.setTimestep(6);
    QVERIFY(!view.currentValues().active);
    QVERIFY(view.equations()->plainLine("f").isEmpty());
    QVERIFY(view.equations()->plainLine("padding").contains(QStringLiteral("length 5")));
    view.setTimestep(4);
    QVERIFY(view.currentValues().active);
    QVERIFY(!view.equations()->plainLine("f").isEmpty());
  }

  void keepsSelectionAcrossSnapshots() {
    StepperView view;
    view.setSnapshot(snapshotFor(defaultConfig()));
    view.setTimestep(5);
    view.setUnit(3);
    view.setSample(2);
    ExperimentConfig wider = defaultConfig();
    wider.lstm.hiddenSize = 10;
    view.setSnapshot(snapshotFor(wider));
    QCOMPARE(view.timestep(), 5);
    QCOMPARE(view.unit(), 3);
    QCOMPARE(view.sample(), 2);
    ExperimentConfig shorter = defaultConfig();
    shorter.seqLen = 4;
    shorter.lstm.hiddenSize = 2;
    shorter.unbatched = true;
    view.setSnapshot(snapshotFor(shorter));
    QCOMPARE(view.timestep(), 3);
    QCOMPARE(view.unit(), 1);
    QCOMPARE(view.sample(), 0);
    const auto snapshot = view.snapshot();
    const auto& tr = snapshot->trace.at(0, 0);
    QVERIFY(std::abs(lastNumber(view.equations()->plainLine("o")) - tr.gates(3 * 2 + 1, 3)) <=
            kPrinted);
  }

  void stackedLayersSayWhereHGoes() {
    ExperimentConfig c = defaultConfig();
    c.lstm.numLayers = 2;
    c.lstm.bidirectional = true;
    StepperView view;
    view.setSnapshot(snapshotFor(c));
    // Layer 0's h_t feeds layer 1; it is not output[t].
    view.setLayer(0);
    QVERIFY(!view.cellDiagram()->outputLabel().contains("output"));
    QCOMPARE(view.cellDiagram()->outputLabel(), QStringLiteral("to layer 1: its x[t, :H_out]"));
    QCOMPARE(view.cellDiagram()->inputLabel(), QStringLiteral("x[t]"));
    QVERIFY(view.stackPanel()->diagram()->connectionLabel(0).endsWith("layer 1's x[t]"));
    view.setLayer(1);
    view.setDirection(1);
    QCOMPARE(view.cellDiagram()->outputLabel(), QStringLiteral("output[t, H_out:]"));
    QVERIFY(view.cellDiagram()->inputLabel().contains("of layer 0"));
    QVERIFY(view.stackPanel()->diagram()->connectionLabel(1).endsWith("= output[t]"));
    // A single layer: h_t is output[t].
    view.setSnapshot(snapshotFor(defaultConfig()));
    QCOMPARE(view.cellDiagram()->outputLabel(), QStringLiteral("output[t]"));
  }

  void hnRowsAreNamedInTorchsOrder() {
    ExperimentConfig c = defaultConfig();
    c.lstm.numLayers = 2;
    c.lstm.bidirectional = true;
    c.lengths = {9, 5, 7};
    const auto snapshot = snapshotFor(c);
    StepperView view;
    view.setSnapshot(snapshot);
    view.setSample(1);
    const auto& rows = view.stackPanel()->rows();
    QCOMPARE(int(rows.size()), 4);
    const int64_t layerOf[] = {0, 0, 1, 1}, directionOf[] = {0, 1, 0, 1};
    const int64_t stepOf[] = {4, 0, 4, 0};  // sample 1 has length 5; reverse ends at t = 0
    for (int r = 0; r < 4; ++r) {
      QCOMPARE(rows[r].layer, layerOf[r]);
      QCOMPARE(rows[r].direction, directionOf[r]);
      QCOMPARE(rows[r].step, stepOf[r]);
      QCOMPARE(rows[r].alias, int64_t(r - 4));
      QVERIFY(rows[r].matchesTrace);
      QCOMPARE(rows[r].inOutput, r >= 2);
      for (int j = 0; j < 6; ++j) QCOMPARE(rows[r].values[j], snapshot->result.hN.at({r, 1, j}));
    }
    // The top layer's rows are the halves of output at their steps (batch_first (N, L, 2H)).
    for (int j = 0; j < 6; ++j) {
      QCOMPARE(rows[2].values[j], snapshot->result.output.at({1, 4, j}));
      QCOMPARE(rows[3].values[j], snapshot->result.output.at({1, 0, 6 + j}));
    }
    const QTableWidget* table = view.stackPanel()->hnTable();
    QCOMPARE(table->objectName(), QStringLiteral("hnRowsTable"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("h_n[0] = h_n[-4]"));
    QCOMPARE(table->item(3, 0)->text(), QStringLiteral("h_n[3] = h_n[-1]"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("layer 0 · reverse"));
    QCOMPARE(table->item(2, 3)->text(), QStringLiteral("output[:, 4, :H_out]"));
    QVERIFY(table->item(0, 3)->text().contains("feeds layer 1"));
    view.lowerTabs()->setCurrentWidget(view.stackPanel());
    view.resize(1400, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grab().save(QDir::temp().filePath(QStringLiteral("stepper_stack.png")));
  }

  void cellLoopGivesNnLstmsNumbers() {
    ExperimentConfig c = defaultConfig();
    c.lstm.numLayers = 2;
    c.lstm.bidirectional = true;
    c.lengths = {9, 4, 7};
    StepperView view;
    view.setSnapshot(snapshotFor(c));
    view.setLayer(1);
    view.setDirection(1);
    const auto& loop = view.cellLoopPanel()->comparison();
    QVERIFY(loop.supported);
    QCOMPARE(loop.steps, int64_t(9));
    QCOMPARE(loop.comparedValues, int64_t((9 + 4 + 7) * 6));  // computed steps only
    QVERIFY(loop.maxDifference < 1e-5);
    QVERIFY(QString::fromStdString(loop.code).contains("lstm.weight_ih_l1_reverse"));
    QVERIFY(QString::fromStdString(loop.code).contains("for t in reversed(range(L))"));
    QCOMPARE(view.cellLoopPanel()->table()->rowCount(), 9);
    QVERIFY(view.cellLoopPanel()->summaryText().contains("of 9 steps"));
    // The chunk picture: four blocks of H = 6 rows in the order i, f, g, o.
    QCOMPARE(view.cellLoopPanel()->chunkDiagram()->blockLabel(1), QStringLiteral("f: rows 6…11"));
    QCOMPARE(view.cellLoopPanel()->chunkDiagram()->blockLabel(3), QStringLiteral("o: rows 18…23"));
    // A wrong weight makes the loop differ: the comparison can fail.
    ExperimentConfig other = c;
    other.init.seed += 1;
    const auto changed = snapshotFor(other);
    auto mixed = std::make_shared<ExplorerSnapshot>(*snapshotFor(c));
    mixed->lstm.parameters() = changed->lstm.parameters();
    QVERIFY(lstmviz::ui::compareCellLoop(*mixed, 1, 1).maxDifference > 1e-3);
    // proj_size: no LSTMCell equivalent.
    c.lstm.projSize = 3;
    view.setSnapshot(snapshotFor(c));
    QVERIFY(!view.cellLoopPanel()->comparison().supported);
    view.lowerTabs()->setCurrentWidget(view.cellLoopPanel());
    view.resize(1400, 860);
    c.lstm.projSize = 0;
    view.setSnapshot(snapshotFor(c));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grab().save(QDir::temp().filePath(QStringLiteral("stepper_cell_loop.png")));
  }

  void rendersAt1400x860() {
    ExperimentConfig config;  // the built-in example: hidden 12, batch 8, seq_len 20
    StepperView view;
    view.resize(1400, 860);
    view.setSnapshot(snapshotFor(config));
    view.setTimestep(7);
    view.setUnit(4);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
    const QImage image = view.grab().toImage();
    QCOMPARE(image.size(), QSize(1400, 860));
    image.save(QDir::temp().filePath(QStringLiteral("stepper.png")));

    config.lstm.bidirectional = true;
    config.lstm.numLayers = 2;
    config.lstm.projSize = 5;
    config.lengths = {20, 14, 20, 9, 20, 20, 20, 20};
    view.setSnapshot(snapshotFor(config));
    view.setDirection(1);
    view.setSample(1);
    view.setTimestep(16);
    QTest::qWait(50);
    view.grab().save(QDir::temp().filePath(QStringLiteral("stepper_packed.png")));
    view.setTimestep(3);
    QTest::qWait(50);
    view.grab().save(QDir::temp().filePath(QStringLiteral("stepper_proj.png")));
  }
};

QTEST_MAIN(StepperViewTest)
#include "stepper_view_test.moc"
