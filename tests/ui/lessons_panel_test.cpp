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
#include <memory>

#include "ui/app/config_panel.h"
#include "ui/app/main_window.h"
#include "ui/lessons/highlight_overlay.h"
#include "ui/lessons/lesson_library.h"

using namespace lstmviz::ui;

class LessonsPanelTest : public QObject {
  Q_OBJECT

  std::unique_ptr<MainWindow> shared_;

 private slots:
  void cleanupTestCase() { shared_.reset(); }

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

  // Guards the lessons' objectNames against renamed widgets: every lesson finds its element and
  // the mark is on screen.
  void everyLessonMarksAVisibleElement_data() {
    QTest::addColumn<QString>("id");
    for (const Lesson& l : builtinLessons()) QTest::newRow(qPrintable(l.id)) << l.id;
  }
  void everyLessonMarksAVisibleElement() {
    QFETCH(QString, id);
    if (!shared_) {  // one window for all lessons, as a learner goes from one to the next
      shared_ = std::make_unique<MainWindow>();
      shared_->resize(1400, 900);
      shared_->show();
    }
    MainWindow* window = shared_.get();
    auto* panel = window->findChild<LessonsPanel*>();
    QString error;
    QVERIFY2(panel->openLesson(id, &error), qPrintable(error));
    QCOMPARE(window->currentViewName(), findLesson(id)->view);
    QVERIFY2(panel->overlay()->target(), qPrintable(findLesson(id)->highlight.object));
    QCOMPARE(panel->overlay()->target()->objectName(), findLesson(id)->highlight.object);
    QTRY_VERIFY2(!panel->overlay()->markedRect().isEmpty(), qPrintable(id));
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
