#pragma once
// The lessons on lstmviz's command line:
//   lstmviz --list-lessons        prints "id<TAB>title" per lesson and exits — before any
//                                 QApplication exists, so it needs no display
//   lstmviz --lesson ID [...]     opens the lesson (with --screenshot: its explanation shown)
#include <QString>

namespace lstmviz::ui {

class MainWindow;

// When argv holds --list-lessons: prints the list to stdout and returns the exit status (0, or 2
// with "error: …" on stderr when a lesson file is broken). Otherwise returns -1.
int listLessonsIfAsked(int argc, char** argv);

// Opens lesson `id` in the window's Lessons panel; for a screenshot, reveals its explanation.
// Returns false with "unknown lesson 'ID'; …" or the configuration's error.
bool openLessonInWindow(MainWindow& window, const QString& id, bool screenshot, QString* error);

}  // namespace lstmviz::ui
