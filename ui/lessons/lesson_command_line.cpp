#include "ui/lessons/lesson_command_line.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstring>

#include "ui/app/main_window.h"
#include "ui/lessons/lesson_library.h"
#include "ui/lessons/lessons_panel.h"

namespace lstmviz::ui {

int listLessonsIfAsked(int argc, char** argv) {
  bool asked = false;
  for (int i = 1; i < argc; ++i) asked = asked || std::strcmp(argv[i], "--list-lessons") == 0;
  if (!asked) return -1;
  QCoreApplication app(argc, argv);  // no display: QCoreApplication never opens one
  QTextStream out(stdout);
  try {
    for (const Lesson& lesson : builtinLessons())
      out << lesson.id << '\t' << lesson.title.in() << '\n';
  } catch (const std::exception& e) {
    QTextStream(stderr) << "error: " << e.what() << Qt::endl;
    return 2;
  }
  out.flush();
  return 0;
}

bool openLessonInWindow(MainWindow& window, const QString& id, bool screenshot, QString* error) {
  auto* panel = window.findChild<LessonsPanel*>();
  if (!panel) {
    if (error) *error = QStringLiteral("this build has no lessons");
    return false;
  }
  if (!panel->openLesson(id, error)) return false;
  if (screenshot) panel->revealAnswer();
  return true;
}

}  // namespace lstmviz::ui
