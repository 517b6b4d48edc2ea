// Switching the interface language live (View ▸ Language): texts change at once, in the chosen
// script, with the configuration, the current view and the training history kept — and no label
// or button is cut off in Korean or Japanese where it was whole in English.
#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <map>

#include "core/train/experiment.h"
#include "ui/app/config_panel.h"
#include "ui/app/main_window.h"
#include "ui/app/ui_language.h"
#include "ui/model/explorer_snapshot.h"
#include "ui/training/data_description.h"

using lstmviz::ui::DataDescription;
using lstmviz::ui::MainWindow;
using lstmviz::ui::UiLanguage;

namespace {

const QRegularExpression kHangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
const QRegularExpression kKanaKanji(QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"));

// A widget's place in the window, the same after the rebuild: class names and sibling indices.
QString pathOf(const QWidget* w, const QWidget* top) {
  QStringList parts;
  for (const QWidget* p = w; p && p != top; p = p->parentWidget()) {
    const QObject* parent = p->parent();
    const int index = parent ? parent->children().indexOf(const_cast<QWidget*>(p)) : 0;
    parts.prepend(
        QStringLiteral("%1#%2").arg(QString::fromLatin1(p->metaObject()->className())).arg(index));
  }
  return parts.join('/');
}

// Visible labels and buttons whose single-line text is wider than the room they have.
std::map<QString, QString> cutOff(QWidget* window) {
  std::map<QString, QString> cut;
  for (QLabel* label : window->findChildren<QLabel*>()) {
    if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() ||
        label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()) ||
        label->text().contains('\n'))
      continue;
    const int need = label->fontMetrics().horizontalAdvance(label->text());
    if (need > label->contentsRect().width() + 1) cut[pathOf(label, window)] = label->text();
  }
  for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
    if (!button->isVisible() || button->text().isEmpty()) continue;
    if (button->sizeHint().width() > button->width() + 1)
      cut[pathOf(button, window)] = button->text();
  }
  return cut;
}

QStringList tabTitles(MainWindow& window) {
  auto* tabs = window.findChild<QTabWidget*>();
  QStringList titles;
  for (int i = 0; i < tabs->count(); ++i) titles << tabs->tabText(i);
  return titles;
}

QStringList menuTitles(MainWindow& window) {
  QStringList titles;
  for (QAction* action : window.menuBar()->actions()) titles << action->text();
  return titles;
}

}  // namespace

class LanguageSwitchTest : public QObject {
  Q_OBJECT

 private slots:
  void cleanup() { UiLanguage::install(QStringLiteral("en")); }

  void codesAndLocales() {
    QCOMPARE(UiLanguage::codes(), (QStringList{"en", "ko", "ja"}));
    QCOMPARE(UiLanguage::fromLocale(QStringLiteral("ko_KR")), QStringLiteral("ko"));
    QCOMPARE(UiLanguage::fromLocale(QStringLiteral("ja_JP.UTF-8")), QStringLiteral("ja"));
    QCOMPARE(UiLanguage::fromLocale(QStringLiteral("de_DE")), QStringLiteral("en"));
    QCOMPARE(UiLanguage::fromLocale(QStringLiteral("C")), QStringLiteral("en"));
    QVERIFY(!UiLanguage::install(QStringLiteral("xx")));
    QCOMPARE(UiLanguage::current(), QStringLiteral("en"));
  }

  // The check below can fail: a label or button narrower than its text is reported.
  void cutOffFindsANarrowLabelAndButton() {
    QWidget window;
    auto* label = new QLabel(QStringLiteral("은닉 상태와 셀 상태는 다릅니다"), &window);
    auto* button = new QPushButton(QStringLiteral("隠れ状態を表示する"), &window);
    auto* roomy = new QLabel(QStringLiteral("h_n"), &window);
    label->setGeometry(0, 0, 30, 20);
    button->setGeometry(0, 30, 30, 20);
    roomy->setGeometry(0, 60, 200, 20);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto cut = cutOff(&window);
    QCOMPARE(cut.size(), size_t{2});
    QCOMPARE(cut.count(pathOf(label, &window)), size_t{1});
    QCOMPARE(cut.count(pathOf(button, &window)), size_t{1});
  }

  // What the training panel says the run trains on is composed in the interface language, with
  // the data's own counts (not core's English description).
  void dataDescriptionSpeaksTheLanguage() {
    lstmviz::core::ExperimentConfig config;
    config.dataset = "sine";
    const lstmviz::core::ExperimentData data = lstmviz::core::loadExperimentData(config);
    const QString counts = QStringLiteral("%1").arg(data.train.size());
    const QString english = DataDescription::describe(config, data);
    QVERIFY2(english.startsWith(QStringLiteral("noisy sine [")), qPrintable(english));
    QVERIFY(english.contains(counts));
    QVERIFY(UiLanguage::install(QStringLiteral("ko")));
    const QString korean = DataDescription::describe(config, data);
    QVERIFY2(korean.contains(kHangul) && korean.contains(counts), qPrintable(korean));
    QVERIFY(UiLanguage::install(QStringLiteral("ja")));
    const QString japanese = DataDescription::describe(config, data);
    QVERIFY2(japanese.contains(kKanaKanji) && japanese.contains(counts), qPrintable(japanese));
  }

  void switchesLiveKeepingTheSession_data() {
    QTest::addColumn<QString>("code");
    QTest::newRow("ko") << QStringLiteral("ko");
    QTest::newRow("ja") << QStringLiteral("ja");
  }
  void switchesLiveKeepingTheSession() {
    QFETCH(QString, code);
    const QRegularExpression& script = code == QLatin1String("ko") ? kHangul : kKanaKanji;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.configPanel()->hiddenSizeBox()->setValue(7);  // a user edit that must survive
    QVERIFY(window.showView(QStringLiteral("outputs")));
    QTest::qWait(50);

    const QStringList englishTabs = tabTitles(window);
    const QStringList englishMenus = menuTitles(window);
    std::map<QString, std::map<QString, QString>> cutByView;
    for (const QString& name : window.viewNames()) {
      window.showView(name);
      QTest::qWait(20);
      cutByView[name] = cutOff(&window);
    }
    window.showView(QStringLiteral("outputs"));

    QVERIFY(window.setLanguage(code));
    QTRY_VERIFY(tabTitles(window) != englishTabs);
    QCOMPARE(UiLanguage::current(), code);
    QVERIFY(UiLanguage::fontCovers(code));
    // Every tab and menu title changed and is written in the language's script.
    const QStringList tabs = tabTitles(window);
    QCOMPARE(tabs.size(), englishTabs.size());
    for (int i = 0; i < tabs.size(); ++i) {
      QVERIFY2(tabs[i] != englishTabs[i], qPrintable(tabs[i]));
      QVERIFY2(tabs[i].contains(script), qPrintable(tabs[i]));
    }
    const QStringList menus = menuTitles(window);
    for (int i = 0; i < menus.size(); ++i) {
      QVERIFY2(menus[i] != englishMenus[i], qPrintable(menus[i]));
      QVERIFY2(menus[i].contains(script), qPrintable(menus[i]));
    }
    // The panel's labels too, and the session stayed.
    int translatedLabels = 0;
    for (QLabel* label : window.configPanel()->findChildren<QLabel*>())
      if (label->text().contains(script)) ++translatedLabels;
    QVERIFY2(translatedLabels >= 5, qPrintable(QString::number(translatedLabels)));
    QCOMPARE(window.configPanel()->hiddenSizeBox()->value(), 7);
    QCOMPARE(window.snapshot()->config.lstm.hiddenSize, int64_t{7});
    QCOMPARE(window.currentViewName(), QStringLiteral("outputs"));

    // Nothing cut off that was whole in English, in any view.
    QStringList newlyCut;
    for (const QString& name : window.viewNames()) {
      window.showView(name);
      QTest::qWait(20);
      for (const auto& [path, text] : cutOff(&window))
        if (!cutByView[name].count(path))
          newlyCut << QStringLiteral("%1: \"%2\" (%3)").arg(name, text, path);
    }
    QVERIFY2(newlyCut.isEmpty(), qPrintable(newlyCut.join('\n')));

    // And back: English again, the same texts as before.
    QVERIFY(window.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(tabTitles(window), englishTabs);
  }
};

QTEST_MAIN(LanguageSwitchTest)
#include "language_switch_test.moc"
