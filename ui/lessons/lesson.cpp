#include "ui/lessons/lesson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "core/common/error.h"

namespace lstmviz::ui {

namespace {

class Reader {
 public:
  explicit Reader(const QString& file) : file_(file) {}

  [[noreturn]] void fail(const QString& key, const QString& why) const {
    throw core::FileError(
        (file_ + QStringLiteral(": ") + key + QStringLiteral(": ") + why).toStdString());
  }
  QString string(const QJsonObject& o, const QString& key, bool required = true) const {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required) return {};
    if (!v.isString() || v.toString().isEmpty())
      fail(key, QStringLiteral("expected a non-empty string"));
    return v.toString();
  }
  LessonText text(const QJsonObject& o, const QString& key, bool required = true) const {
    const QJsonValue v = o.value(key);
    LessonText t;
    if (v.isUndefined() && !required) return t;
    if (v.isString()) {
      t.byLanguage.insert(QStringLiteral("en"), v.toString());
    } else if (v.isObject()) {
      const QJsonObject languages = v.toObject();
      for (auto it = languages.begin(); it != languages.end(); ++it) {
        if (!it.value().isString())
          fail(key + QLatin1Char('.') + it.key(), QStringLiteral("expected a string"));
        t.byLanguage.insert(it.key(), it.value().toString());
      }
    } else {
      fail(key, QStringLiteral("expected a string or {\"en\": …, \"ko\": …, \"ja\": …}"));
    }
    if (t.byLanguage.value(QStringLiteral("en")).isEmpty())
      fail(key, QStringLiteral("the English text (\"en\") is missing"));
    return t;
  }

 private:
  QString file_;
};

QString jsonText(const QJsonValue& v) {
  if (v.isArray())
    return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
  if (v.isBool()) return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
  return QString::number(v.toDouble());
}

}  // namespace

QString LessonText::in(const QString& language) const {
  const QString text = byLanguage.value(language);
  return text.isEmpty() ? byLanguage.value(QStringLiteral("en")) : text;
}

QString LessonClaim::describe() const {
  switch (kind) {
    case Kind::kEquals:
      return expression + QStringLiteral(" == ") + jsonText(expected);
    case Kind::kEqual:
      return QStringLiteral("equal(%1, %2)").arg(expression, other);
    case Kind::kDiffers:
      return QStringLiteral("differs(%1, %2)").arg(expression, other);
    case Kind::kClose:
      return QStringLiteral("close(%1, %2, tol=%3)").arg(expression, other).arg(tolerance);
    case Kind::kTrue:
      return expression;
  }
  return expression;
}

bool Lesson::matches(const QString& query) const {
  const QString haystack = title.all() + QLatin1Char('\n') + question.all() + QLatin1Char('\n') +
                           quote + QLatin1Char('\n') + source + QLatin1Char('\n') +
                           keywords.join(QLatin1Char(' ')) + QLatin1Char('\n') + id;
  const QStringList words =
      query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
  for (const QString& w : words)
    if (!haystack.contains(w, Qt::CaseInsensitive)) return false;
  return true;
}

QJsonObject mergeJson(QJsonObject base, const QJsonObject& changes) {
  for (auto it = changes.begin(); it != changes.end(); ++it) {
    if (it.value().isObject() && base.value(it.key()).isObject())
      base.insert(it.key(), mergeJson(base.value(it.key()).toObject(), it.value().toObject()));
    else
      base.insert(it.key(), it.value());
  }
  return base;
}

Lesson parseLesson(const QByteArray& json, const QString& fileName) {
  const Reader r(fileName);
  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson(json, &error);
  if (error.error != QJsonParseError::NoError) {
    const int line = json.left(error.offset).count('\n') + 1;
    r.fail(QStringLiteral("line %1").arg(line), error.errorString());
  }
  if (!document.isObject())
    r.fail(QStringLiteral("top level"), QStringLiteral("expected an object"));
  const QJsonObject o = document.object();
  static const QStringList kKeys = {"id",          "title",     "source",   "quote",     "question",
                                    "config",      "variants",  "view",     "highlight", "predict",
                                    "explanation", "next_step", "keywords", "claims"};
  for (const QString& key : o.keys())
    if (!kKeys.contains(key))
      r.fail(
          key,
          QStringLiteral("unknown key (expected one of %1)").arg(kKeys.join(QStringLiteral(", "))));

  Lesson lesson;
  lesson.id = r.string(o, QStringLiteral("id"));
  if (lesson.id != QFileInfo(fileName).completeBaseName())
    r.fail(QStringLiteral("id"),
           QStringLiteral("'%1' must be the file's name without .json").arg(lesson.id));
  lesson.title = r.text(o, QStringLiteral("title"));
  lesson.source = r.string(o, QStringLiteral("source"), false);
  lesson.quote = r.string(o, QStringLiteral("quote"), false);
  lesson.question = r.text(o, QStringLiteral("question"));
  lesson.explanation = r.text(o, QStringLiteral("explanation"));
  lesson.nextStep = r.text(o, QStringLiteral("next_step"));
  lesson.view = r.string(o, QStringLiteral("view"));
  if (!o.value(QStringLiteral("config")).isObject())
    r.fail(QStringLiteral("config"), QStringLiteral("expected an experiment configuration object"));
  lesson.config = o.value(QStringLiteral("config")).toObject();
  const QJsonObject variants = o.value(QStringLiteral("variants")).toObject();
  for (auto it = variants.begin(); it != variants.end(); ++it) {
    if (!it.value().isObject())
      r.fail(QStringLiteral("variants.") + it.key(), QStringLiteral("expected an object"));
    lesson.variants.insert(it.key(), mergeJson(lesson.config, it.value().toObject()));
  }

  const QJsonObject highlight = o.value(QStringLiteral("highlight")).toObject();
  lesson.highlight.object = r.string(highlight, QStringLiteral("object"));
  lesson.highlight.row = highlight.value(QStringLiteral("row")).toInt(-1);
  lesson.highlight.column = highlight.value(QStringLiteral("column")).toInt(-1);
  lesson.highlight.label = r.text(highlight, QStringLiteral("label"));
  if (highlight.contains(QStringLiteral("show"))) {
    const QJsonObject show = highlight.value(QStringLiteral("show")).toObject();
    lesson.highlight.showObject = r.string(show, QStringLiteral("object"));
    lesson.highlight.showIndex = show.value(QStringLiteral("index")).toInt(-1);
    if (lesson.highlight.showIndex < 0)
      r.fail(QStringLiteral("highlight.show.index"), QStringLiteral("expected an index >= 0"));
  }

  if (o.contains(QStringLiteral("predict"))) {
    const QJsonObject p = o.value(QStringLiteral("predict")).toObject();
    LessonPrediction prediction;
    prediction.question = r.text(p, QStringLiteral("question"));
    prediction.answer = r.string(p, QStringLiteral("answer"));
    const QString kind = r.string(p, QStringLiteral("kind"));
    if (kind == QLatin1String("shape"))
      prediction.kind = LessonPrediction::Kind::kShape;
    else if (kind == QLatin1String("yesno"))
      prediction.kind = LessonPrediction::Kind::kYesNo;
    else if (kind == QLatin1String("number"))
      prediction.kind = LessonPrediction::Kind::kNumber;
    else
      r.fail(QStringLiteral("predict.kind"),
             QStringLiteral("'%1' (expected shape, yesno or number)").arg(kind));
    lesson.predict = prediction;
  }
  for (const QJsonValue& k : o.value(QStringLiteral("keywords")).toArray())
    lesson.keywords << k.toString();

  const QJsonArray claims = o.value(QStringLiteral("claims")).toArray();
  if (claims.isEmpty())
    r.fail(QStringLiteral("claims"), QStringLiteral("a lesson needs at least one claim"));
  for (int i = 0; i < claims.size(); ++i) {
    const QString where = QStringLiteral("claims[%1]").arg(i);
    const QJsonObject c = claims[i].toObject();
    LessonClaim claim;
    auto pair = [&](const QString& key) {
      const QJsonArray a = c.value(key).toArray();
      if (a.size() != 2 || !a[0].isString() || !a[1].isString())
        r.fail(where + QLatin1Char('.') + key, QStringLiteral("expected two expressions"));
      claim.expression = a[0].toString();
      claim.other = a[1].toString();
    };
    if (c.contains(QStringLiteral("expr"))) {
      claim.kind = LessonClaim::Kind::kEquals;
      claim.expression = r.string(c, QStringLiteral("expr"));
      claim.expected = c.value(QStringLiteral("equals"));
      if (!claim.expected.isDouble() && !claim.expected.isBool() && !claim.expected.isArray())
        r.fail(where + QStringLiteral(".equals"),
               QStringLiteral("expected a number, a bool or a list of numbers"));
    } else if (c.contains(QStringLiteral("equal"))) {
      claim.kind = LessonClaim::Kind::kEqual;
      pair(QStringLiteral("equal"));
    } else if (c.contains(QStringLiteral("differs"))) {
      claim.kind = LessonClaim::Kind::kDiffers;
      pair(QStringLiteral("differs"));
    } else if (c.contains(QStringLiteral("close"))) {
      claim.kind = LessonClaim::Kind::kClose;
      pair(QStringLiteral("close"));
      claim.tolerance = c.value(QStringLiteral("tol")).toDouble(-1);
      if (claim.tolerance < 0)
        r.fail(where + QStringLiteral(".tol"), QStringLiteral("expected a tolerance >= 0"));
    } else if (c.contains(QStringLiteral("true"))) {
      claim.kind = LessonClaim::Kind::kTrue;
      claim.expression = r.string(c, QStringLiteral("true"));
    } else {
      r.fail(where, QStringLiteral("expected one of expr/equals, equal, differs, close, true"));
    }
    lesson.claims.push_back(claim);
  }
  return lesson;
}

}  // namespace lstmviz::ui
