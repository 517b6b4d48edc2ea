// The Lessons dock: searching filters by a word of the question, opening a lesson loads its
// configuration, opens its view and marks its element, the prediction is graded by the engine,
// and a change of the configuration re-checks the lesson's claims on the numbers the views show.
#include "ui/lessons/lessons_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include "ui/app/config_panel.h"
#include "ui/app/main_window.h"
#include "ui/lessons/highlight_overlay.h"
#include "ui/lessons/lesson_library.h"

using namespace lstmviz::ui;

class LessonsPanelTest : public QObject {
  Q_OBJECT

 private slots:
  void f1OpensTheDockAndSearchFiltersByAWordOfTheQuestion() {
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    auto* dock = window.findChild<QDockWidget*>("lessonsDock");
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    QAction* f1 = nullptr;
    for (QAction* a : window.findChildren<QAction*>())
      if (a->shortcut() == QKeySequence(QKeySequence::HelpContents)) f1 = a;
    QVERIFY(f1);
    f1->trigger();
    QVERIFY(dock->isVisible());

    auto* panel = window.findChild<LessonsPanel*>();
    panel->searchBox()->setText("Flatten");
    int shown = 0;
    for (int i = 0; i < panel->lessonList()->count(); ++i)
      shown += panel->lessonList()->item(i)->isHidden() ? 0 : 1;
    QVERIFY(shown >= 1);
    QVERIFY(shown < panel->lessonList()->count());
    panel->searchBox()->clear();
    for (int i = 0; i < panel->lessonList()->count(); ++i)
      QVERIFY(!panel->lessonList()->item(i)->isHidden());
  }

  void openingALessonLoadsItsConfigViewAndHighlight() {
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    auto* panel = window.findChild<LessonsPanel*>();
    QString error;
    QVERIFY2(panel->openLesson("hn-holds-both-layers", &error), qPrintable(error));
    QCOMPARE(window.config().lstm.numLayers, 2);
    QCOMPARE(window.currentViewName(), QString("shapes"));
    QVERIFY(panel->overlay()->target());
    QCOMPARE(panel->overlay()->target()->objectName(), QString("shapesTable"));
    QTRY_VERIFY(!panel->overlay()->markedRect().isEmpty());

    QVERIFY(!panel->openLesson("no-such-lesson", &error));
    QVERIFY(error.contains("unknown lesson 'no-such-lesson'"));
  }

  void thePredictionIsGradedAndChangesReCheckTheClaims() {
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    auto* panel = window.findChild<LessonsPanel*>();
    QVERIFY(panel->openLesson("hn-holds-both-layers"));
    auto* explanation = panel->findChild<QLabel*>("lessonExplanation");
    QVERIFY(explanation->isHidden());  // predict first
    auto* answer = panel->findChild<QLineEdit*>("lessonAnswer");
    answer->setText("3, 2, 4");
    QTest::keyClick(answer, Qt::Key_Return);
    auto* grade = panel->findChild<QLabel*>("lessonGrade");
    QVERIFY2(grade->text().contains("(2, 3, 4)") && grade->text().startsWith("✗"),
             qPrintable(grade->text()));
    QVERIFY(!explanation->isHidden());
    QVERIFY(explanation->text().contains("(2, 3, 4)"));
    auto* claims = panel->findChild<QLabel*>("lessonClaims");
    QVERIFY(!claims->text().contains("✗"));

    // The learner changes num_layers to 3 (as the panel's spin box does: its config, then
    // configChanged): the shape claim no longer holds, and the panel says so with the new shape.
    lstmviz::core::ExperimentConfig config = window.config();
    config.lstm.numLayers = 3;
    window.configPanel()->setConfig(config);
    emit window.configPanel()->configChanged();
    QTRY_VERIFY2(claims->text().contains("✗"), qPrintable(claims->text()));
    QVERIFY(claims->text().contains("(3, 3, 4)"));
    QVERIFY(explanation->text().contains("(3, 3, 4)"));
  }
};

QTEST_MAIN(LessonsPanelTest)
#include "lessons_panel_test.moc"
