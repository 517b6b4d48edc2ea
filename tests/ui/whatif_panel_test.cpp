// The What-if panel (issue 16): every kind of edit added through its forms becomes the window's
// config.whatIf and the run every view draws (with the unedited run as its ghost); edits are
// undone one by one, by selection or all at once; an edit that does not fit shows the core's
// message and changes nothing; "Copy as PyTorch" copies torchCodeForEdits; the edits survive the
// session; the window's --edit / --clamp / --knockout refuse bad text with exit code 2.
#include "ui/whatif/whatif_panel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "core/nn/lstm_edits.h"
#include "core/nn/lstm_torch_code.h"
#include "gui_process_support.h"
#include "ui/app/config_panel.h"
#include "ui/app/main_window.h"
#include "ui/model/explorer_snapshot.h"
#include "ui/whatif/gate_clamp_form.h"
#include "ui/whatif/parameter_edit_form.h"
#include "ui/whatif/state_edit_form.h"

using lstmviz::test::GuiRun;
using lstmviz::test::runGui;
using lstmviz::ui::MainWindow;
using lstmviz::ui::WhatIfPanel;

namespace {

std::vector<std::string> whatIf(const MainWindow& window) {
  return window.snapshot()->config.whatIf;
}

// The built-in example's run (batch_first, N = 8, L = 20, H = 12) without edits.
const lstmviz::ui::ExplorerSnapshot& original(const MainWindow& window) {
  return window.snapshot()->unedited();
}

}  // namespace

class WhatIfPanelTest : public QObject {
  Q_OBJECT

 private slots:
  void aWeightEditFromTheFormChangesTheRun() {
    MainWindow window;
    WhatIfPanel* panel = window.whatIfPanel();
    auto* form = panel->parameterForm();
    form->parameterBox()->setCurrentText(QStringLiteral("weight_hh_l0"));
    form->gateBox()->setCurrentIndex(1);  // f
    form->unitBox()->setValue(3);
    form->columnBox()->setValue(5);
    form->valueBox()->setValue(2.5);
    form->addButton()->click();
    // Row = f's block (H = 12) + unit 3.
    QCOMPARE(whatIf(window), std::vector<std::string>{"weight_hh_l0[15,5]=2.5"});
    const auto& s = *window.snapshot();
    QVERIFY(s.edited());
    const auto* spec = s.lstm.findSpec("weight_hh_l0");
    QCOMPARE(s.lstm.parameters()[spec->offset + 15 * 12 + 5], 2.5f);
    QVERIFY(original(window).lstm.parameters()[spec->offset + 15 * 12 + 5] != 2.5f);
    QVERIFY(s.result.output.data != original(window).result.output.data);
    QCOMPARE(panel->list()->count(), 1);
    QVERIFY(
        panel->list()->item(0)->text().startsWith(QStringLiteral("weight_hh_l0[15,5]=2.5\n    ")));
  }

  void theStepperAsksForAWeightAndTheFormShowsIt() {
    MainWindow window;
    WhatIfPanel* panel = window.whatIfPanel();
    panel->proposeParameterEdit(QStringLiteral("weight_ih_l0"), 2 * 12 + 7, 0);  // g, unit 7
    auto* form = panel->parameterForm();
    QCOMPARE(form->parameterBox()->currentText(), QStringLiteral("weight_ih_l0"));
    QCOMPARE(form->gateBox()->currentIndex(), 2);
    QCOMPARE(form->unitBox()->value(), 7);
    const auto* spec = original(window).lstm.findSpec("weight_ih_l0");
    const double now = original(window).lstm.parameters()[spec->offset + 31];
    // The float32 to the bit (in its shortest form): setting it unchanged edits nothing.
    QCOMPARE(static_cast<float>(form->valueBox()->value()), static_cast<float>(now));
    // Shown as that float, in at most 9 significant digits (not its 17-digit double expansion).
    const QString shown = form->valueBox()->text();
    QCOMPARE(shown.toFloat(), static_cast<float>(now));
    QString mantissa = shown.section(QLatin1Char('e'), 0, 0);
    mantissa.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    mantissa.remove(QRegularExpression(QStringLiteral("^0+")));
    QVERIFY2(mantissa.size() <= 9, qPrintable(shown));
    QVERIFY(whatIf(window).empty());  // proposing is not editing
  }

  void inputAndStateEditsFromTheForm() {
    MainWindow window;
    WhatIfPanel* panel = window.whatIfPanel();
    auto* form = panel->stateForm();
    form->targetBox()->setCurrentIndex(lstmviz::ui::StateEditForm::kInput);
    form->sampleBox()->setValue(2);
    form->stepBox()->setValue(4);
    form->valueBox()->setValue(3.0);
    form->addButton()->click();
    QCOMPARE(whatIf(window), std::vector<std::string>{"x[2,4,0]=3"});  // batch_first (N, L, F)
    QCOMPARE(window.snapshot()->layout().at(window.snapshot()->input, 2, 4, 0), 3.0f);

    form->targetBox()->setCurrentIndex(lstmviz::ui::StateEditForm::kH0);
    form->sampleBox()->setValue(1);
    form->featureBox()->setValue(6);
    form->valueBox()->setValue(0.75);
    form->addButton()->click();
    QCOMPARE(whatIf(window), (std::vector<std::string>{"x[2,4,0]=3", "h0[0,1,6]=0.75"}));
    QVERIFY(window.snapshot()->initial.has_value());
    QCOMPARE(window.snapshot()->initial->h.at({0, 1, 6}), 0.75f);
    // The state's edit changes sample 1's first step, nothing of sample 0.
    const auto& trace = window.snapshot()->trace.at(0, 0);
    const auto& ghost = original(window).trace.at(0, 0);
    QVERIFY(trace.gates(0, trace.column(0, 1)) != ghost.gates(0, ghost.column(0, 1)));
    QCOMPARE(trace.gates(0, trace.column(0, 0)), ghost.gates(0, ghost.column(0, 0)));
  }

  void aClampAndAKnockoutFromTheForm() {
    MainWindow window;
    auto* form = window.whatIfPanel()->clampForm();
    form->unitBox()->setValue(3);
    form->firstStepBox()->setValue(2);
    form->lastStepBox()->setValue(7);
    form->quickButton(0)->click();  // f = 1: remember everything
    QCOMPARE(whatIf(window), std::vector<std::string>{"f@l0:u3:t2-7=1"});
    const auto& trace = window.snapshot()->trace.at(0, 0);
    for (int64_t t = 2; t <= 7; ++t)
      for (int64_t n = 0; n < 8; ++n) QCOMPARE(trace.gates(12 + 3, trace.column(t, n)), 1.0f);
    QVERIFY(trace.gates(12 + 3, trace.column(8, 0)) != 1.0f);

    form->unitBox()->setValue(5);
    form->knockoutButton()->click();
    QCOMPARE(whatIf(window), (std::vector<std::string>{"f@l0:u3:t2-7=1", "l0:u5"}));
    const auto& knocked = window.snapshot()->trace.at(0, 0);
    for (int64_t t = 0; t < 20; ++t) QCOMPARE(knocked.hidden(5, knocked.stateColumn(t, 0)), 0.0f);
  }

  void editsAreUndoneLastSelectedOrAll() {
    MainWindow window;
    WhatIfPanel* panel = window.whatIfPanel();
    QVERIFY(panel->addEdit(QStringLiteral("f@l0:u1=0")));
    QVERIFY(panel->addEdit(QStringLiteral("x[0,3,0]=1")));
    QVERIFY(panel->addEdit(QStringLiteral("l0:u2")));
    // The learner's order in the list; the configuration's canonical order.
    QCOMPARE(panel->editTexts(),
             (QStringList{QStringLiteral("f@l0:u1=0"), QStringLiteral("x[0,3,0]=1"),
                          QStringLiteral("l0:u2")}));
    QCOMPARE(whatIf(window), (std::vector<std::string>{"x[0,3,0]=1", "f@l0:u1=0", "l0:u2"}));
    // A later edit of the same element replaces the earlier one.
    QVERIFY(panel->addEdit(QStringLiteral("x[0,3,0]=-2")));
    QCOMPARE(whatIf(window), (std::vector<std::string>{"x[0,3,0]=-2", "f@l0:u1=0", "l0:u2"}));

    panel->undoLastButton()->click();  // the x edit, added last
    QCOMPARE(whatIf(window), (std::vector<std::string>{"f@l0:u1=0", "l0:u2"}));
    panel->list()->setCurrentRow(0);
    panel->removeButton()->click();
    QCOMPARE(whatIf(window), std::vector<std::string>{"l0:u2"});
    QVERIFY(window.snapshot()->edited());
    panel->undoAllButton()->click();
    QVERIFY(whatIf(window).empty());
    QVERIFY(!window.snapshot()->edited());
    QCOMPARE(panel->list()->count(), 0);
  }

  void anEditThatDoesNotFitShowsTheCoresMessageAndChangesNothing() {
    MainWindow window;
    WhatIfPanel* panel = window.whatIfPanel();
    QVERIFY(panel->addEdit(QStringLiteral("x[0,1,0]=2")));
    const auto before = window.snapshot();
    QVERIFY(!panel->addEdit(QStringLiteral("weight_hh_l0[48,0]=1")));  // 4H = 48 rows
    QCOMPARE(panel->errorText(),
             QStringLiteral("weight_hh_l0[48,0]=1: index 48 is out of bounds for dimension 0 "
                            "with size 48"));
    QVERIFY(!panel->addEdit(QStringLiteral("f@l3:u0=1")));
    QVERIFY(panel->errorText().contains(QStringLiteral("layer 3")));
    QCOMPARE(window.snapshot().get(), before.get());
    QCOMPARE(panel->editTexts(), QStringList{QStringLiteral("x[0,1,0]=2")});
    // The window refuses it too, with the same words.
    QString error;
    QVERIFY(!window.setWhatIf({QStringLiteral("weight_hh_l0[48,0]=1")}, &error));
    QVERIFY(error.contains(QStringLiteral("out of bounds")));
    QCOMPARE(window.snapshot().get(), before.get());
  }

  void copyAsPyTorchCopiesTheCoresCode() {
    MainWindow window;
    WhatIfPanel* panel = window.whatIfPanel();
    QVERIFY(panel->addEdit(QStringLiteral("weight_hh_l0[5,3]=0.25")));
    QVERIFY(panel->addEdit(QStringLiteral("f@l0:u3:t2-7=1")));
    QApplication::clipboard()->clear();
    panel->copyButton()->click();
    const auto& s = original(window);
    const std::string expected = lstmviz::core::torchCodeForEdits(
        s.config.lstm, lstmviz::core::parseEditList(whatIf(window)), s.input.shape);
    QCOMPARE(QApplication::clipboard()->text().toStdString(), expected);
    QCOMPARE(panel->codeBox()->toPlainText().toStdString(), expected);
    QVERIFY(
        panel->codeBox()->toPlainText().contains(QStringLiteral("lstm.weight_hh_l0[5, 3] = 0.25")));
  }

  void editsAreKeptWhenTheModelChangesAndDroppedWhenTheyNoLongerFit() {
    MainWindow window;
    WhatIfPanel* panel = window.whatIfPanel();
    QVERIFY(panel->addEdit(QStringLiteral("f@l0:u2=1")));
    QVERIFY(panel->addEdit(QStringLiteral("l0:u10")));
    window.configPanel()->seqLenBox()->setValue(30);  // both still fit: recomputed with them
    QCOMPARE(window.snapshot()->config.seqLen, int64_t{30});
    QCOMPARE(whatIf(window), (std::vector<std::string>{"f@l0:u2=1", "l0:u10"}));
    window.configPanel()->hiddenSizeBox()->setValue(6);  // unit 10 no longer exists
    QCOMPARE(window.snapshot()->config.lstm.hiddenSize, int64_t{6});
    QCOMPARE(whatIf(window), std::vector<std::string>{"f@l0:u2=1"});
    QVERIFY(window.snapshot()->edited());
  }

  void editsAreSavedWithTheSession() {
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    std::vector<float> output;
    {
      MainWindow window(/*useSettings=*/true);
      QVERIFY(window.whatIfPanel()->addEdit(QStringLiteral("x[1,2,0]=0.5")));
      QVERIFY(window.whatIfPanel()->addEdit(QStringLiteral("i@l0:u4:t0-9=0")));
      output = window.snapshot()->result.output.data;
      window.close();
    }
    MainWindow restored(true);
    restored.restoreSession();
    QCOMPARE(whatIf(restored), (std::vector<std::string>{"x[1,2,0]=0.5", "i@l0:u4:t0-9=0"}));
    QVERIFY(restored.snapshot()->edited());
    QCOMPARE(restored.snapshot()->result.output.data, output);
    QCOMPARE(restored.whatIfPanel()->list()->count(), 2);
  }

  void theWindowsCommandLineRefusesBadEditText() {
    QTemporaryDir dir;
    const QString png = dir.filePath("x.png");
    const GuiRun bad = runGui({"--screenshot", png, "--clamp", "f@l0:u3:t2-7"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("cannot read"), bad.err.constData());
    const GuiRun outOfRange = runGui({"--screenshot", png, "--edit", "weight_hh_l0[99,0]=1"});
    QCOMPARE(outOfRange.exitCode, 2);
    QVERIFY2(outOfRange.err.contains("index 99 is out of bounds"), outOfRange.err.constData());
    QVERIFY(!QFile::exists(png));
    const GuiRun good = runGui({"--screenshot", png, "--size", "900x600", "--knockout", "l0:u5",
                                "--clamp", "f@l0:u3:t2-=1"});
    QCOMPARE(good.exitCode, 0);
    QVERIFY(QFile::exists(png));
  }
};

QTEST_MAIN(WhatIfPanelTest)
#include "whatif_panel_test.moc"
