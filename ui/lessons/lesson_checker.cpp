#include "ui/lessons/lesson_checker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

#include "core/common/error.h"

namespace lstmviz::ui {

namespace {

core::ExperimentConfig configFrom(const Lesson& lesson, const QJsonObject& json,
                                  const QString& what) {
  try {
    return core::experimentFromJson(QJsonDocument(json).toJson().toStdString());
  } catch (const core::Error& e) {
    throw core::Error("lesson " + lesson.id.toStdString() + ": " + what.toStdString() + ": " +
                      e.what());
  }
}

LessonValue expectedValue(const QJsonValue& v) {
  if (v.isBool()) return LessonValue::scalar(v.toBool() ? 1 : 0);
  if (v.isDouble()) return LessonValue::scalar(v.toDouble());
  std::vector<double> values;
  for (const QJsonValue& e : v.toArray()) values.push_back(e.toDouble());
  return LessonValue({static_cast<int64_t>(values.size())}, values);
}

const QRegularExpression& placeholder() {
  static const QRegularExpression re(QStringLiteral("\\{\\{(.*?)\\}\\}"));
  return re;
}

// One failure message per claim that does not hold (or cannot be evaluated).
QString checkClaim(const LessonClaim& claim, const LessonEngine& engine) {
  const std::string a = claim.expression.toStdString(), b = claim.other.toStdString();
  switch (claim.kind) {
    case LessonClaim::Kind::kEquals: {
      const LessonValue value = engine.evaluate(a);
      const LessonValue expected = expectedValue(claim.expected);
      const bool same =
          (value.shape == expected.shape || (value.numel() == 1 && expected.numel() == 1)) &&
          value.data == expected.data;
      return same ? QString()
                  : QStringLiteral("the engine gives %1")
                        .arg(QString::fromStdString(value.toString()));
    }
    case LessonClaim::Kind::kEqual:
    case LessonClaim::Kind::kDiffers: {
      const LessonValue x = engine.evaluate(a), y = engine.evaluate(b);
      const bool equal = x.shape == y.shape && x.data == y.data;
      if (equal == (claim.kind == LessonClaim::Kind::kEqual)) return {};
      if (x.shape != y.shape)
        return QStringLiteral("shapes %1 and %2")
            .arg(QString::fromStdString(core::shapeToTuple(x.shape)),
                 QString::fromStdString(core::shapeToTuple(y.shape)));
      return equal ? QStringLiteral("every element is equal")
                   : QStringLiteral("some elements differ");
    }
    case LessonClaim::Kind::kClose: {
      const LessonValue x = engine.evaluate(a), y = engine.evaluate(b);
      if (x.shape != y.shape)
        return QStringLiteral("shapes %1 and %2")
            .arg(QString::fromStdString(core::shapeToTuple(x.shape)),
                 QString::fromStdString(core::shapeToTuple(y.shape)));
      double worst = 0;
      for (size_t i = 0; i < x.data.size(); ++i)
        worst = std::max(worst, std::fabs(x.data[i] - y.data[i]));
      return worst <= claim.tolerance ? QString()
                                      : QStringLiteral("the largest difference is %1").arg(worst);
    }
    case LessonClaim::Kind::kTrue: {
      const LessonValue value = engine.evaluate(a);
      bool all = value.numel() > 0;
      for (double v : value.data) all = all && v != 0;
      return all ? QString() : QStringLiteral("it is false");
    }
  }
  return {};
}

}  // namespace

core::ExperimentConfig lessonConfig(const Lesson& lesson) {
  return configFrom(lesson, lesson.config, QStringLiteral("config"));
}

std::unique_ptr<LessonEngine> makeLessonEngine(const Lesson& lesson,
                                               std::shared_ptr<const ExplorerSnapshot> snapshot) {
  std::map<std::string, core::ExperimentConfig> variants;
  for (auto it = lesson.variants.begin(); it != lesson.variants.end(); ++it)
    variants[it.key().toStdString()] =
        configFrom(lesson, it.value(), QStringLiteral("variants.") + it.key());
  try {
    if (snapshot) return std::make_unique<LessonEngine>(std::move(snapshot), variants);
    return std::make_unique<LessonEngine>(lessonConfig(lesson), variants);
  } catch (const core::Error& e) {
    throw core::Error("lesson " + lesson.id.toStdString() + ": " + e.what());
  }
}

std::unique_ptr<LessonEngine> makeLessonEngine(const Lesson& lesson) {
  return makeLessonEngine(lesson, nullptr);
}

QStringList checkLesson(const Lesson& lesson, const LessonEngine& engine) {
  QStringList failures;
  for (size_t i = 0; i < lesson.claims.size(); ++i) {
    const LessonClaim& claim = lesson.claims[i];
    QString why;
    try {
      why = checkClaim(claim, engine);
    } catch (const core::Error& e) {
      why = QString::fromStdString(e.what());
    }
    if (!why.isEmpty())
      failures
          << QStringLiteral("claim %1: %2 does not hold: %3").arg(i).arg(claim.describe(), why);
  }
  auto checkText = [&](const QString& what, const LessonText& text) {
    for (auto it = text.byLanguage.begin(); it != text.byLanguage.end(); ++it) {
      auto matches = placeholder().globalMatch(it.value());
      while (matches.hasNext()) {
        const QString expression = matches.next().captured(1);
        try {
          engine.evaluate(expression.toStdString());
        } catch (const core::Error& e) {
          failures
              << QStringLiteral("%1 (%2): %3").arg(what, it.key(), QString::fromUtf8(e.what()));
        }
      }
    }
  };
  checkText(QStringLiteral("explanation"), lesson.explanation);
  checkText(QStringLiteral("next_step"), lesson.nextStep);
  checkText(QStringLiteral("question"), lesson.question);
  if (lesson.predict) {
    checkText(QStringLiteral("predict.question"), lesson.predict->question);
    try {
      const LessonValue answer = engine.evaluate(lesson.predict->answer.toStdString());
      if (lesson.predict->kind != LessonPrediction::Kind::kShape && answer.numel() != 1)
        failures << QStringLiteral("predict.answer: expected one value, got %1")
                        .arg(QString::fromStdString(answer.toString()));
    } catch (const core::Error& e) {
      failures << QStringLiteral("predict.answer: ") + QString::fromUtf8(e.what());
    }
  }
  return failures;
}

QString renderLessonText(const QString& text, const LessonEngine& engine) {
  QString out;
  qsizetype last = 0;
  auto matches = placeholder().globalMatch(text);
  while (matches.hasNext()) {
    const QRegularExpressionMatch m = matches.next();
    out += text.mid(last, m.capturedStart() - last);
    try {
      out += QString::fromStdString(engine.evaluate(m.captured(1).toStdString()).toString());
    } catch (const core::Error& e) {
      out += QStringLiteral("⟨error: %1⟩").arg(QString::fromUtf8(e.what()));
    }
    last = m.capturedEnd();
  }
  return out + text.mid(last);
}

PredictionGrade gradePrediction(const LessonPrediction& prediction, const LessonEngine& engine,
                                const QString& answer) {
  PredictionGrade grade;
  const LessonValue truth = engine.evaluate(prediction.answer.toStdString());
  const QString given = answer.trimmed().toLower();
  switch (prediction.kind) {
    case LessonPrediction::Kind::kShape: {
      grade.engineAnswer = QString::fromStdString(truth.toString());
      std::vector<double> numbers;
      auto it = QRegularExpression(QStringLiteral("-?\\d+")).globalMatch(given);
      while (it.hasNext()) numbers.push_back(it.next().captured(0).toDouble());
      grade.valid = !numbers.empty();
      grade.correct = grade.valid && numbers == truth.data;
      break;
    }
    case LessonPrediction::Kind::kYesNo: {
      const bool yes = truth.item() != 0;
      grade.engineAnswer = yes ? QStringLiteral("yes") : QStringLiteral("no");
      grade.valid = given == QLatin1String("yes") || given == QLatin1String("no");
      grade.correct = grade.valid && (given == QLatin1String("yes")) == yes;
      break;
    }
    case LessonPrediction::Kind::kNumber: {
      const double value = truth.item();
      grade.engineAnswer = QString::fromStdString(truth.toString());
      bool ok = false;
      const double number = given.toDouble(&ok);
      grade.valid = ok;
      grade.correct = ok && std::fabs(number - value) <= 1e-3 * std::max(1.0, std::fabs(value));
      break;
    }
  }
  return grade;
}

}  // namespace lstmviz::ui
