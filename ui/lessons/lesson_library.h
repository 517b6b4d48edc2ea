#pragma once
// The lessons compiled into the program (resources/lessons/*.json under the resource prefix
// ":/lessons"), parsed once and sorted by file name.
#include <QString>
#include <vector>

#include "ui/lessons/lesson.h"

namespace lstmviz::ui {

// Every *.json in `directory`, sorted by name. Throws core::FileError naming the first bad file.
std::vector<Lesson> loadLessons(const QString& directory);

// loadLessons(":/lessons"), parsed on first use. The built-in files are checked by the tests, so
// a failure here is a build defect; it throws like loadLessons.
const std::vector<Lesson>& builtinLessons();

// The built-in lesson with this id, or nullptr.
const Lesson* findLesson(const QString& id);

}  // namespace lstmviz::ui
