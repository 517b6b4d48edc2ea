#pragma once
// Lesson: one learner's question and its answer on screen, as data (resources/lessons/<id>.json,
// compiled into the program). Adding a lesson is adding a file; no C++.
//
// File format (every text is a LessonText: a string, taken as English, or
// {"en": …, "ko": …, "ja": …} with "en" required; "{{expr}}" in explanation and next_step is
// replaced by the engine's value of expr, see lesson_expression.h):
//   { "id": "hn-rows-stacked-bidirectional",        the file name without .json
//     "title": TEXT,
//     "source": "note 001, Q2",                      where the question comes from (optional)
//     "quote": "num_layer > 1 일 경우 …",            the note's own words, untranslated (optional)
//     "question": TEXT,                              the question in the reader's language
//     "config": {…},                                 an experiment (core/train/experiment.h JSON)
//     "variants": {"name": {…}},                     the same experiment with these keys replaced
//     "view": "outputs",                             the view that answers it (MainWindow names)
//     "highlight": {"object": "outputsTable",        a widget objectName inside the view
//                   "row": 0, "column": 2,           optional: a table cell / row / column
//                   "label": TEXT,                   what to look at there
//                   "show": {"object": "architectureList", "index": 2}},  optional: first pick
//                                                    this entry of a list / tab / combo box
//     "predict": {"question": TEXT, "kind": "shape" | "yesno" | "number",
//                 "answer": "shape(h_n)"},           optional; graded with the engine's value
//     "explanation": TEXT,                           3–6 sentences with {{…}} live numbers
//     "next_step": TEXT,                             "Now change X and watch Y."
//     "keywords": ["flatten", "reshape"],            extra search words (optional)
//     "claims": [ {"expr": "shape(h_n)", "equals": [4, 3, 5]},
//                 {"equal": ["output[:, -1]", "h_n[-1]"]},
//                 {"differs": ["output[-1]", "h_n[-1]"]},
//                 {"close": ["cell_loop(input)", "output"], "tol": 1e-6},
//                 {"true": "max_abs(h_n) < 1"} ] }
// Every claim is checked against the engine by tests/ui/lessons_test.cpp.
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace lstmviz::ui {

// A translatable text: language code → text; "en" always present.
struct LessonText {
  QMap<QString, QString> byLanguage;
  // The text in `language`, or English when that translation is missing.
  QString in(const QString& language = QStringLiteral("en")) const;
  bool isEmpty() const { return byLanguage.isEmpty(); }
  // Every translation, for searching.
  QString all() const { return QStringList(byLanguage.values()).join(QLatin1Char('\n')); }
};

struct LessonClaim {
  enum class Kind { kEquals, kEqual, kDiffers, kClose, kTrue } kind = Kind::kTrue;
  QString expression, other;  // other: the second expression of equal / differs / close
  QJsonValue expected;        // kEquals: a number, a bool or a list of numbers
  double tolerance = 0;       // kClose
  QString describe() const;   // e.g. "shape(h_n) == [4, 3, 5]", for failure messages
};

struct LessonHighlight {
  QString object;  // objectName of the widget inside the view
  int row = -1, column = -1;
  LessonText label;
  QString showObject;  // a list / tab / combo / stacked widget to switch first, or empty
  int showIndex = -1;
};

struct LessonPrediction {
  enum class Kind { kShape, kYesNo, kNumber } kind = Kind::kShape;
  LessonText question;
  QString answer;  // expression
};

struct Lesson {
  QString id;
  LessonText title, question, explanation, nextStep;
  QString source, quote;
  QJsonObject config;
  QMap<QString, QJsonObject> variants;  // already merged over config
  QString view;
  LessonHighlight highlight;
  std::optional<LessonPrediction> predict;
  QStringList keywords;
  std::vector<LessonClaim> claims;

  // True iff every word of `query` (case-insensitive) occurs in the title, question, quote,
  // source or keywords, in any language.
  bool matches(const QString& query) const;
};

// Parses one lesson file. Throws core::FileError "FILE: KEY: problem (expected …)" for missing or
// mistyped keys, and for an id that is not the file's name.
Lesson parseLesson(const QByteArray& json, const QString& fileName);

// `base` with every key of `changes` replaced, objects merged key by key.
QJsonObject mergeJson(QJsonObject base, const QJsonObject& changes);

}  // namespace lstmviz::ui
