// What-if in the explorer views (issue 16): with a snapshot built from a configuration's "whatif"
// edits, the Stepper's difference heat maps hold edited − original (1 − σ(a) at a clamped forget
// gate, exactly 0 before the first edited step), its equations read old → new and say where a
// gate is clamped, clicking a weight or bias term emits parameterTermClicked with torch's name and
// element, and the Outputs view shows the original as a ghost and says which rows of h_n changed.
// Without edits none of it appears.
#include <qcustomplot.h>

#include <QComboBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <cmath>

#include "ui/explorer/hn_rows.h"
#include "ui/explorer/outputs_view.h"
#include "ui/explorer/stepper_cell_loop_panel.h"
#include "ui/explorer/stepper_equations.h"
#include "ui/explorer/stepper_heatmaps.h"
#include "ui/explorer/stepper_view.h"
#include "ui/explorer/unpacked_run.h"
#include "ui/explorer/whatif_ghost_delegate.h"
#include "ui/model/explorer_snapshot.h"

using lstmviz::core::ExperimentConfig;
using lstmviz::ui::ExplorerSnapshot;
using lstmviz::ui::OutputsComparison;
using lstmviz::ui::OutputsView;
using lstmviz::ui::StepperHeatmapMode;
using lstmviz::ui::StepperQuantity;
using lstmviz::ui::StepperView;
using lstmviz::ui::WhatIfGhostDelegate;

namespace {

constexpr int kH = 6;
constexpr int kUnit = 3;

ExperimentConfig baseConfig() {
  ExperimentConfig c;
  c.lstm.inputSize = 2;
  c.lstm.hiddenSize = kH;
  c.lstm.batchFirst = true;
  c.batch = 3;
  c.seqLen = 9;
  return c;
}

// f of unit 3 clamped to 1 over steps 2..7, and W_hf[unit 3, column 2] (row 1·H + 3) = 0.25.
ExperimentConfig editedConfig() {
  ExperimentConfig c = baseConfig();
  c.whatIf = {"weight_hh_l0[9,2]=0.25", "f@l0:u3:t2-7=1"};
  return c;
}

// Clicks every link of the equations once, in document order (a link spans several fragments:
// its subscripts), scrolled into view first.
int clickEveryLink(QTextBrowser* browser) {
  int clicked = 0;
  QTextDocument* doc = browser->document();
  QString previous;
  for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
    for (auto it = block.begin(); !it.atEnd(); ++it) {
      const QTextFragment fragment = it.fragment();
      const QString href = fragment.isValid() ? fragment.charFormat().anchorHref() : QString();
      if (href.isEmpty() || href == previous) {
        previous = href;
        continue;
      }
      previous = href;
      QTextCursor cursor(doc);
      cursor.setPosition(fragment.position() + 1);
      browser->setTextCursor(cursor);
      browser->ensureCursorVisible();
      const QRect r = browser->cursorRect(cursor);
      QTest::mouseClick(browser->viewport(), Qt::LeftButton, {},
                        QPoint(r.left() - 2, r.center().y()));
      ++clicked;
    }
  return clicked;
}

}  // namespace

class WhatIfViewsTest : public QObject {
  Q_OBJECT

 private slots:
  void differenceHeatmapIsEditedMinusOriginal() {
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(editedConfig());
    QVERIFY(snapshot->edited());
    StepperView view;
    view.setSnapshot(snapshot);
    QVERIFY(view.heatmapModeBox()->isEnabled());
    view.heatmapModeBox()->setCurrentIndex(static_cast<int>(StepperHeatmapMode::kDifference));
    QCOMPARE(view.heatmaps()->effectiveMode(), StepperHeatmapMode::kDifference);
    QVERIFY(view.heatmaps()->captionText().contains(QStringLiteral("Δ = edited − original")));

    const auto& edited = snapshot->trace.at(0, 0);
    const auto& original = snapshot->unedited().trace.at(0, 0);
    const int n = 0;
    QCPColorMapData* f = view.heatmaps()->colorMap(StepperQuantity::kF)->data();
    for (int t = 0; t < 9; ++t)
      for (int u = 0; u < kH; ++u) {
        const int row = 1 * kH + u;
        const double expected = static_cast<double>(edited.gates(row, edited.column(t, n))) -
                                original.gates(row, original.column(t, n));
        QCOMPARE(f->cell(t, u), expected);
        // Step 0 is exactly unchanged: the edited W_hf multiplies h_{−1} = 0 and the clamp
        // starts at step 2.
        if (t == 0) QCOMPARE(f->cell(t, u), 0.0);
      }
    // At the clamped cells the difference is exactly 1 − σ(a) of the original run.
    for (int t = 2; t <= 7; ++t) {
      const double originalF = original.gates(1 * kH + kUnit, original.column(t, n));
      QCOMPARE(f->cell(t, kUnit), 1.0 - originalF);
      QVERIFY(f->cell(t, kUnit) > 0.0);
    }
    // Every quantity is exactly 0 at step 0, before anything an edit touches has acted.
    for (int q = 0; q < lstmviz::ui::kStepperQuantityCount; ++q)
      for (int u = 0; u < kH; ++u)
        QCOMPARE(view.heatmaps()->colorMap(static_cast<StepperQuantity>(q))->data()->cell(0, u),
                 0.0);
    // The diverging scale is symmetric around 0; the clamp is outlined.
    const QCPRange range = view.heatmaps()->colorMap(StepperQuantity::kF)->dataRange();
    QCOMPARE(range.lower, -range.upper);
    QCOMPARE(view.heatmaps()->editMarkCount(), 1);

    // "original" draws the unedited run, "edited" the edited one.
    view.heatmapModeBox()->setCurrentIndex(static_cast<int>(StepperHeatmapMode::kOriginal));
    f = view.heatmaps()->colorMap(StepperQuantity::kF)->data();
    QCOMPARE(f->cell(4, kUnit),
             static_cast<double>(original.gates(1 * kH + kUnit, original.column(4, n))));
    view.heatmapModeBox()->setCurrentIndex(static_cast<int>(StepperHeatmapMode::kEdited));
    QCOMPARE(f->cell(4, kUnit), 1.0);
  }

  void clampOnlyRunIsZeroBeforeTheFirstClampedStep() {
    ExperimentConfig c = baseConfig();
    c.whatIf = {"f@l0:u3:t2-7=1"};
    StepperView view;
    view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(c));
    view.heatmapModeBox()->setCurrentIndex(static_cast<int>(StepperHeatmapMode::kDifference));
    for (int q = 0; q < lstmviz::ui::kStepperQuantityCount; ++q) {
      QCPColorMapData* data = view.heatmaps()->colorMap(static_cast<StepperQuantity>(q))->data();
      for (int t = 0; t < 2; ++t)
        for (int u = 0; u < kH; ++u) QCOMPARE(data->cell(t, u), 0.0);
    }
    QVERIFY(view.heatmaps()->colorMap(StepperQuantity::kF)->data()->cell(2, kUnit) > 0.0);
  }

  void equationsReadOldToNewAndSayClamped() {
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(editedConfig());
    StepperView view;
    view.setSnapshot(snapshot);
    view.setUnit(kUnit);
    view.setTimestep(4);
    const QString f = view.equations()->plainLine(QStringLiteral("f"));
    QVERIFY2(f.contains(QStringLiteral(" → ")), qPrintable(f));
    QVERIFY2(f.contains(QStringLiteral("clamped")), qPrintable(f));
    // The clamped gate never claims f_t = σ(a_t).
    QVERIFY2(!f.contains(QStringLiteral("f_t = σ")), qPrintable(f));
    QVERIFY(view.currentValues().gates[1].clamped);
    QVERIFY(view.currentValues().gates[1].value == 1.0);
    // Old → new with the original run's own numbers.
    const auto& original = snapshot->unedited().trace.at(0, 0);
    const double originalF = original.gates(1 * kH + kUnit, original.column(4, 0));
    QVERIFY2(f.contains(lstmviz::ui::formatStepNumber(originalF) + QStringLiteral(" → 1.0000")),
             qPrintable(f));
    // The other gates still hold their equation, with old → new where the values changed.
    const QString i = view.equations()->plainLine(QStringLiteral("i"));
    QVERIFY2(i.startsWith(QStringLiteral("i_t = σ(")) && i.contains(QStringLiteral(" → ")),
             qPrintable(i));
    QVERIFY(!i.contains(QStringLiteral("clamped")));
    QVERIFY(view.equations()->plainLine(QStringLiteral("c")).contains(QStringLiteral(" → ")));
    // The edited weight's term is highlighted in f's line (W_hf's row 9 was edited).
    bool highlighted = false;
    for (const auto& e : view.equations()->equations())
      if (e.key == QStringLiteral("f")) highlighted = e.html.contains("background-color:#ffe27a");
    QVERIFY(highlighted);
    // Unit 0 at step 1: no clamp there.
    view.setUnit(0);
    view.setTimestep(1);
    QVERIFY(!view.currentValues().gates[1].clamped);
    QVERIFY(!view.equations()->plainLine(QStringLiteral("f")).contains(QStringLiteral("clamped")));
    // The LSTMCell loop does not clamp: the panel says the differences are the edit.
    QVERIFY(view.cellLoopPanel()->summaryText().contains(QStringLiteral("NOT the same")));
  }

  void anEditedInputReadsOldToNewAndHighlightsItsTerm() {
    ExperimentConfig c = baseConfig();
    c.whatIf = {"x[0,4,1]=2.5"};  // batch_first: sample 0, step 4, feature 1
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
    StepperView view;
    view.setSnapshot(snapshot);
    view.setTimestep(4);
    const QString x = view.equations()->plainLine(QStringLiteral("x"));
    QVERIFY2(x.contains(QStringLiteral(" → 2.5000")), qPrintable(x));
    QVERIFY2(x.contains(QStringLiteral("x_t was edited")), qPrintable(x));
    for (const auto& e : view.equations()->equations())
      if (e.key == QStringLiteral("i")) QVERIFY(e.html.contains("background-color:#ffe27a"));
    // One step earlier nothing is edited yet.
    view.setTimestep(3);
    QVERIFY(!view.equations()->plainLine(QStringLiteral("x")).contains(QStringLiteral("edited")));
    for (const auto& e : view.equations()->equations())
      QVERIFY2(!e.plain.contains(QStringLiteral(" → ")), qPrintable(e.plain));
  }

  void clickingATermEmitsItsParameterElement() {
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(editedConfig());
    StepperView view;
    view.resize(1400, 900);
    view.setSnapshot(snapshot);
    view.setUnit(kUnit);
    view.setTimestep(4);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &StepperView::parameterTermClicked);
    QTextBrowser* browser = view.equations()->textBrowser();
    // Four gates × (W_ih x, b_ih, W_hh h, b_hh), in the order printed.
    QCOMPARE(clickEveryLink(browser), 16);
    QCOMPARE(spy.count(), 16);
    const char* names[4] = {"weight_ih_l0", "bias_ih_l0", "weight_hh_l0", "bias_hh_l0"};
    for (int k = 0; k < 16; ++k) {
      const int gate = k / 4, kind = k % 4;
      const QList<QVariant> args = spy.at(k);
      QCOMPARE(args.at(0).toString(), QString::fromLatin1(names[kind]));
      QCOMPARE(args.at(1).toInt(), gate * kH + kUnit);  // torch's i, f, g, o blocks
      const int column = args.at(2).toInt();
      if (kind == 1 || kind == 3) {
        QCOMPARE(column, -1);  // a bias
      } else if (gate == 1 && kind == 2) {
        QCOMPARE(column, 2);  // the edited element of W_hf's row
      } else {
        QVERIFY(column >= 0 && column < (kind == 0 ? 2 : kH));
      }
    }
    // The terms look clickable and say what a click does.
    int tips = 0;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
      for (auto it = block.begin(); !it.atEnd(); ++it)
        if (it.fragment().charFormat().isAnchor() &&
            it.fragment().charFormat().toolTip().contains(
                QStringLiteral("Edit this weight in the What-if panel")))
          ++tips;
    QVERIFY(tips > 0);
  }

  void outputsShowTheOriginalAsAGhostAndNameChangedRows() {
    ExperimentConfig c = baseConfig();
    c.lstm.numLayers = 2;
    c.whatIf = {"weight_hh_l1[2,1]=0.5"};  // only layer 1 changes
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
    ExperimentConfig plain = c;
    plain.whatIf.clear();
    const auto original = lstmviz::ui::buildExplorerSnapshot(plain);
    OutputsView view;
    view.setSnapshot(snapshot);
    QVERIFY(view.ghostComparison() != nullptr);
    OutputsComparison expected(*original);
    bool anyChanged = false;
    for (int col = 0; col < OutputsComparison::kColumnCount; ++col)
      for (int j = 0; j < view.comparison()->rows(); ++j) {
        const auto column = static_cast<OutputsComparison::Column>(col);
        const auto ghost = expected.value(column, 0, j);
        const QVariant shown =
            view.table()->model()->index(j, col).data(WhatIfGhostDelegate::kGhostRole);
        if (!ghost) {
          QVERIFY(!shown.isValid());
          continue;
        }
        QCOMPARE(shown.toString(), QString::number(*ghost, 'f', 6));
        anyChanged = anyChanged || *ghost != *view.comparison()->value(column, 0, j);
      }
    QVERIFY(anyChanged);
    const auto changes = lstmviz::ui::compareStateRows(*snapshot);
    QCOMPARE(changes.size(), size_t{2});
    QCOMPARE(changes[0].hn, 0.0);
    QCOMPARE(changes[0].cn, 0.0);
    QVERIFY(changes[1].hn > 0.0);
    const QString words = view.whatIfText();
    QVERIFY2(words.contains(QStringLiteral("h_n[0] unchanged")), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("h_n[1] changed by up to")), qPrintable(words));
    // output[:, -1] and h_n[-1] are still the same tensor under the edit.
    QCOMPARE(view.comparison()->verdict(OutputsComparison::kHnLast),
             OutputsComparison::Verdict::kSame);
    // The stack panel's rows read old → new.
    const auto rows = lstmviz::ui::describeHnRows(*snapshot, 0);
    QCOMPARE(rows[1].originalValues.size(), rows[1].values.size());
    QVERIFY(rows[0].originalValues == rows[0].values);
    QVERIFY(rows[1].originalValues != rows[1].values);
  }

  void runWithoutPackingKeepsTheEditsSoOnlyPackingDiffers() {
    ExperimentConfig c = baseConfig();
    c.lengths = {9, 5, 9};
    c.whatIf = {"f@l0:u3:t1-3=0", "h0[0,0,1]=0.7"};
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
    const auto unpacked = lstmviz::ui::runWithoutPacking(*snapshot);
    // Full-length samples: the same run with or without packing, clamps and h_0 included.
    for (int n : {0, 2})
      for (int j = 0; j < kH; ++j)
        QCOMPARE(unpacked.hN.at({0, n, j}), snapshot->result.hN.at({0, n, j}));
  }

  void withoutEditsNothingOfThisAppears() {
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(baseConfig());
    QVERIFY(!snapshot->edited());
    StepperView view;
    view.setSnapshot(snapshot);
    QVERIFY(!view.heatmapModeBox()->isEnabled());
    QCOMPARE(view.heatmaps()->effectiveMode(), StepperHeatmapMode::kEdited);
    QVERIFY(view.heatmaps()->captionText().isEmpty());
    QCOMPARE(view.heatmaps()->editMarkCount(), 0);
    view.setUnit(kUnit);
    view.setTimestep(4);
    for (const auto& e : view.equations()->equations()) {
      QVERIFY2(!e.plain.contains(QStringLiteral(" → ")), qPrintable(e.plain));
      QVERIFY(!e.plain.contains(QStringLiteral("clamped")));
    }
    // The heat maps hold the run itself.
    const auto& trace = snapshot->trace.at(0, 0);
    QCOMPARE(view.heatmaps()->colorMap(StepperQuantity::kF)->data()->cell(4, kUnit),
             static_cast<double>(trace.gates(1 * kH + kUnit, trace.column(4, 0))));
    OutputsView outputs;
    outputs.setSnapshot(snapshot);
    QVERIFY(outputs.ghostComparison() == nullptr);
    QVERIFY(outputs.whatIfText().isEmpty());
    for (int col = 0; col < OutputsComparison::kColumnCount; ++col)
      for (int j = 0; j < outputs.comparison()->rows(); ++j)
        QVERIFY(!outputs.table()
                     ->model()
                     ->index(j, col)
                     .data(WhatIfGhostDelegate::kGhostRole)
                     .isValid());
    // An edited snapshot followed by an unedited one disables the choice again.
    view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(editedConfig()));
    QVERIFY(view.heatmapModeBox()->isEnabled());
    view.setSnapshot(snapshot);
    QVERIFY(!view.heatmapModeBox()->isEnabled());
    QCOMPARE(view.heatmaps()->effectiveMode(), StepperHeatmapMode::kEdited);
  }
};

QTEST_MAIN(WhatIfViewsTest)
#include "whatif_views_test.moc"
