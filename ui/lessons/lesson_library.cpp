#include "ui/lessons/lesson_library.h"

#include <QDir>
#include <QFile>

#include "core/common/error.h"

namespace lstmviz::ui {

std::vector<Lesson> loadLessons(const QString& directory) {
  std::vector<Lesson> lessons;
  const QDir dir(directory);
  for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly))
      throw core::FileError(
          (file.fileName() + QStringLiteral(": cannot be read: ") + file.errorString())
              .toStdString());
    lessons.push_back(parseLesson(file.readAll(), file.fileName()));
  }
  return lessons;
}

const std::vector<Lesson>& builtinLessons() {
  static const std::vector<Lesson> lessons = loadLessons(QStringLiteral(":/lessons"));
  return lessons;
}

const Lesson* findLesson(const QString& id) {
  for (const Lesson& lesson : builtinLessons())
    if (lesson.id == id) return &lesson;
  return nullptr;
}

}  // namespace lstmviz::ui
