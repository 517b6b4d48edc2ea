#pragma once
// LessonsPanel: the Lessons dock. A search box filters the lessons by the words of their titles,
// questions and quotes; choosing one loads its configuration into the window, opens its view,
// marks the element that answers it (HighlightOverlay), asks the "predict first" question and
// grades the answer with the engine, then shows the explanation with the live numbers, the
// "now change X and watch Y" step and each claim of the lesson checked (✓ / ✗) against the
// snapshot the views draw — re-checked whenever the configuration changes.
#include <QPointer>
#include <QWidget>
#include <memory>

#include "ui/lessons/highlight_overlay.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QGroupBox;

namespace lstmviz::ui {

class MainWindow;
class LessonEngine;
struct Lesson;

class LessonsPanel : public QWidget {
  Q_OBJECT

 public:
  explicit LessonsPanel(MainWindow* window, QWidget* parent = nullptr);
  ~LessonsPanel() override;

  // Opens the lesson with this id. Returns false with a message for an unknown id or a lesson
  // whose configuration the window refuses.
  bool openLesson(const QString& id, QString* error = nullptr);
  // Shows the explanation without waiting for a prediction (screenshots).
  void revealAnswer();
  QLineEdit* searchBox() const { return search_; }
  QListWidget* lessonList() const { return list_; }
  HighlightOverlay* overlay() const { return overlay_.data(); }
  // The lesson shown, "" before one is chosen.
  QString currentLessonId() const;

 private:
  void filter(const QString& text);
  void onCurrentRowChanged(int row);
  void present(const Lesson& lesson);
  void markElement(const Lesson& lesson);
  void refresh();  // engine, explanation and claims from the window's current snapshot
  void grade(const QString& answer);
  QString inWords(const QString& answer) const;

  MainWindow* window_;
  QPointer<HighlightOverlay> overlay_;  // a child of the window, removed with this panel
  QLineEdit* search_;
  QListWidget* list_;
  QLabel* title_;
  QLabel* question_;
  QGroupBox* predictBox_;
  QLabel* predictQuestion_;
  QLineEdit* answer_;
  QPushButton* check_;
  QPushButton* yes_;
  QPushButton* no_;
  QPushButton* reveal_;
  QLabel* grade_;
  QLabel* explanation_;
  QLabel* nextStep_;
  QLabel* claims_;
  const Lesson* current_ = nullptr;
  std::unique_ptr<LessonEngine> engine_;
  bool answered_ = false;
  QString language_;  // the interface language (UiLanguage): the texts', English when missing
};

// Adds the Lessons dock (right, hidden until asked for) and "Lessons…" (F1) to `help`. Called
// again after the interface language changed, it replaces the dock by one in the new language,
// as visible as before and with the same lesson open.
LessonsPanel* installLessons(MainWindow* window, class QMenu* help);

}  // namespace lstmviz::ui
