#pragma once
// Grading a lesson against the engine: its claims, its live numbers and the learner's prediction.
#include <QString>
#include <QStringList>
#include <memory>

#include "ui/lessons/lesson.h"
#include "ui/lessons/lesson_engine.h"

namespace lstmviz::ui {

// The engine for the lesson's configuration and variants. Throws core::Error naming the lesson
// ("lesson ID: config: …") when a configuration is not valid.
std::unique_ptr<LessonEngine> makeLessonEngine(const Lesson& lesson);
// The engine on an already computed snapshot of the lesson's configuration (the window's) with the
// lesson's variants.
std::unique_ptr<LessonEngine> makeLessonEngine(const Lesson& lesson,
                                               std::shared_ptr<const ExplorerSnapshot> snapshot);
// The lesson's configuration as the experiment it describes. Throws like makeLessonEngine.
core::ExperimentConfig lessonConfig(const Lesson& lesson);

// Every claim, every {{expression}} of the texts and the prediction's answer evaluated with
// `engine`. Returns one line per failure ("claim 2: equal(output[:, -1], h_n[-1]) is false:
// … ", "explanation: expression 'shpe(h_n)' …"); empty iff the lesson holds.
QStringList checkLesson(const Lesson& lesson, const LessonEngine& engine);

// `text` with every {{expr}} replaced by the engine's value (LessonValue::toString). An
// expression that fails is shown as "⟨error: …⟩" (checkLesson reports it).
QString renderLessonText(const QString& text, const LessonEngine& engine);

struct PredictionGrade {
  bool valid = false;  // the learner's answer could be read
  bool correct = false;
  QString engineAnswer;  // "(3, 8, 12)", "yes", "0.25"
};
// Grades `answer` (the learner's words: "3, 8, 12" or "(3,8,12)" for a shape, "yes" / "no",
// a number within 1e-3 relative) against the engine's value of the prediction's expression.
PredictionGrade gradePrediction(const LessonPrediction& prediction, const LessonEngine& engine,
                                const QString& answer);

}  // namespace lstmviz::ui
