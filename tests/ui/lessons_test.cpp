// The lessons are data that make claims about the engine's numbers. Every built-in lesson must
// load and every claim it makes must hold against the real nn.LSTM; the checker must fail when a
// lesson's configuration makes a claim false; `lstmviz --list-lessons` prints id<TAB>title without
// a display; `--lesson ID --screenshot` renders a lesson.
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <map>

#include "core/common/error.h"
#include "ui/lessons/lesson_checker.h"
#include "ui/lessons/lesson_library.h"

using namespace lstmviz::ui;

namespace {

struct Run {
  int exitCode = -1;
  QByteArray out, err;
};

Run runGui(const QStringList& arguments, const QProcessEnvironment& env) {
  QProcess process;
  process.setProcessEnvironment(env);
  process.start(LSTMVIZ_GUI_PATH, arguments);
  if (!process.waitForFinished(120000)) {
    process.kill();
    process.waitForFinished();
    return {};
  }
  return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
          process.readAllStandardOutput(), process.readAllStandardError()};
}

const char* kSmallLesson = R"json({
  "id": "small", "title": "t", "question": "q", "view": "outputs",
  "config": {"lstm": {"input_size": 2, "hidden_size": 4, "num_layers": 1, "batch_first": true},
             "batch": 3, "seq_len": 5},
  "highlight": {"object": "outputsTable", "label": "here"},
  "explanation": "h_n is {{shape(h_n)}}.", "next_step": "change",
  "claims": [{"expr": "shape(h_n)", "equals": [1, 3, 4]},
             {"equal": ["output[:, -1]", "h_n[-1]"]}]
})json";

}  // namespace

class LessonsTest : public QObject {
  Q_OBJECT

 private slots:
  void thereAreAtLeast25LessonsWithUniqueIds() {
    const std::vector<Lesson>& lessons = builtinLessons();
    QVERIFY2(lessons.size() >= 25, qPrintable(QString::number(lessons.size())));
    QSet<QString> ids;
    for (const Lesson& l : lessons) ids.insert(l.id);
    QCOMPARE(ids.size(), static_cast<qsizetype>(lessons.size()));
  }

  void everyLessonsClaimsHoldAgainstTheEngine_data() {
    QTest::addColumn<QString>("id");
    for (const Lesson& l : builtinLessons()) QTest::newRow(qPrintable(l.id)) << l.id;
  }
  void everyLessonsClaimsHoldAgainstTheEngine() {
    QFETCH(QString, id);
    const Lesson* lesson = findLesson(id);
    QVERIFY(lesson);
    std::unique_ptr<LessonEngine> engine;
    try {
      engine = makeLessonEngine(*lesson);
    } catch (const std::exception& e) {
      QFAIL(e.what());
    }
    const QStringList failures = checkLesson(*lesson, *engine);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    // The rendered texts carry numbers, not placeholders.
    QVERIFY(!renderLessonText(lesson->explanation.in(), *engine).contains(QStringLiteral("{{")));
  }

  // Every text of every lesson is there in English, Korean and Japanese, each translation in its
  // script and with the same live numbers ({{…}}) as the English, so it renders the same values.
  void everyLessonSpeaksEnglishKoreanAndJapanese_data() {
    everyLessonsClaimsHoldAgainstTheEngine_data();
  }
  void everyLessonSpeaksEnglishKoreanAndJapanese() {
    QFETCH(QString, id);
    const Lesson* lesson = findLesson(id);
    QVERIFY(lesson);
    std::vector<std::pair<QString, const LessonText*>> texts{{"title", &lesson->title},
                                                             {"question", &lesson->question},
                                                             {"explanation", &lesson->explanation},
                                                             {"next_step", &lesson->nextStep}};
    if (!lesson->highlight.label.isEmpty())
      texts.emplace_back("highlight.label", &lesson->highlight.label);
    if (lesson->predict) texts.emplace_back("predict.question", &lesson->predict->question);
    const QRegularExpression live(QStringLiteral("\\{\\{.*?\\}\\}"));
    const std::map<QString, QRegularExpression> script{
        {QStringLiteral("ko"), QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"))},
        {QStringLiteral("ja"),
         QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"))}};
    auto placeholders = [&](const QString& text) {
      QStringList found;
      for (auto it = live.globalMatch(text); it.hasNext();) found << it.next().captured(0);
      found.sort();
      return found;
    };
    for (const auto& [field, text] : texts) {
      const QString english = text->byLanguage.value(QStringLiteral("en"));
      QVERIFY2(!english.isEmpty(), qPrintable(field));
      for (const auto& [code, letters] : script) {
        const QString translated = text->byLanguage.value(code);
        QVERIFY2(!translated.isEmpty(),
                 qPrintable(QStringLiteral("%1: no %2 text").arg(field, code)));
        QVERIFY2(translated.contains(letters),
                 qPrintable(QStringLiteral("%1 (%2): %3").arg(field, code, translated)));
        QCOMPARE(placeholders(translated), placeholders(english));
      }
    }
  }

  void checkerFailsWhenTheConfigurationMakesAClaimFalse() {
    Lesson lesson = parseLesson(kSmallLesson, QStringLiteral("small.json"));
    QVERIFY(checkLesson(lesson, *makeLessonEngine(lesson)).isEmpty());

    // Two layers: h_n gains a row, output[:, -1] still equals h_n[-1] → exactly claim 0 fails.
    QJsonObject lstm = lesson.config.value("lstm").toObject();
    lstm.insert("num_layers", 2);
    lesson.config.insert("lstm", lstm);
    QStringList failures = checkLesson(lesson, *makeLessonEngine(lesson));
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures[0].startsWith(
                 "claim 0: shape(h_n) == [1,3,4] does not hold: the engine gives (2, 3, 4)"),
             qPrintable(failures[0]));

    // Bidirectional: output[:, -1] holds the forward and reverse halves, h_n[-1] only the reverse
    // direction's final state → claim 1 fails too.
    lstm.insert("bidirectional", true);
    lesson.config.insert("lstm", lstm);
    failures = checkLesson(lesson, *makeLessonEngine(lesson));
    QCOMPARE(failures.size(), 2);
    QVERIFY2(failures[1].startsWith(
                 "claim 1: equal(output[:, -1], h_n[-1]) does not hold: shapes (3, 8) and (3, 4)"),
             qPrintable(failures[1]));
  }

  void checkerReportsBadExpressionsAndDiffersClaims() {
    Lesson lesson = parseLesson(kSmallLesson, QStringLiteral("small.json"));
    lesson.explanation.byLanguage["en"] = QStringLiteral("{{shape(h_m)}}");
    LessonClaim differs;
    differs.kind = LessonClaim::Kind::kDiffers;
    differs.expression = QStringLiteral("output[:, -1]");
    differs.other = QStringLiteral("h_n[0]");
    lesson.claims.push_back(differs);
    const QStringList failures = checkLesson(lesson, *makeLessonEngine(lesson));
    QCOMPARE(failures.size(), 2);
    QVERIFY2(failures[0].contains("every element is equal"), qPrintable(failures[0]));
    QVERIFY2(failures[1].contains("unknown name 'h_m'"), qPrintable(failures[1]));
  }

  void predictionsAreGradedWithTheEnginesValue() {
    const Lesson lesson = parseLesson(kSmallLesson, QStringLiteral("small.json"));
    const auto engine = makeLessonEngine(lesson);
    LessonPrediction shape;
    shape.answer = QStringLiteral("shape(h_n)");
    QVERIFY(gradePrediction(shape, *engine, QStringLiteral("(1, 3, 4)")).correct);
    QVERIFY(!gradePrediction(shape, *engine, QStringLiteral("3, 4")).correct);
    QCOMPARE(gradePrediction(shape, *engine, QStringLiteral("3, 4")).engineAnswer,
             QStringLiteral("(1, 3, 4)"));
    LessonPrediction yesNo;
    yesNo.kind = LessonPrediction::Kind::kYesNo;
    yesNo.answer = QStringLiteral("equal(output[:, -1], h_n[-1])");
    QVERIFY(gradePrediction(yesNo, *engine, QStringLiteral("yes")).correct);
    QVERIFY(!gradePrediction(yesNo, *engine, QStringLiteral("no")).correct);
  }

  void expressionsFollowTorchsIndexingAndShapeRules() {
    const Lesson lesson = parseLesson(kSmallLesson, QStringLiteral("small.json"));
    const auto engine = makeLessonEngine(lesson);  // output (3, 5, 4), h_n (1, 3, 4)
    auto shape = [&](const char* e) {
      return QString::fromStdString(engine->evaluate(e).toString());
    };
    QCOMPARE(shape("shape(output[1:-1, ::2])"), QString("(1, 3, 4)"));
    QCOMPARE(shape("shape(output[..., None, 0])"), QString("(3, 5, 1)"));
    QCOMPARE(shape("shape(output.permute(2, 0, 1).reshape(4, -1))"), QString("(4, 15)"));
    QCOMPARE(shape("shape(h_n[-1] @ weight_hh_l0.t())"), QString("(3, 16)"));
    QCOMPARE(shape("output[2, 4, 3] == h_n[0, 2, 3]"), QString("1"));
    QCOMPARE(shape("2 ** 3 - 10 / 4"), QString("5.5"));
    auto error = [&](const char* e) {
      try {
        engine->evaluate(e);
      } catch (const lstmviz::core::Error& x) {
        return QString::fromUtf8(x.what());
      }
      return QString();
    };
    QVERIFY2(error("h_n.view(5, -1)").endsWith("shape '[5, -1]' is invalid for input of size 12"),
             qPrintable(error("h_n.view(5, -1)")));
    QVERIFY(error("h_n[1]").endsWith("index 1 is out of bounds for dimension 0 with size 1"));
    QVERIFY(error("output[:, 0] + output[0]")
                .contains("The size of tensor a (3) must match the size of tensor b (5) at "
                          "non-singleton dimension 0"));
    QVERIFY(error("shape(h_n").contains("column 10: expected ')'"));
  }

  // cell_state(k, d) is c_t of every step in output's layout: its last step is c_n; under a
  // lesson's "whatif" clamps f = 1, i = 0 it keeps step 0's value exactly, and connectivity()
  // is that of the clamped run (the Memory view's numbers), not of the model as it is.
  void cellStateAndConnectivityFollowTheWhatIfClamps() {
    const Lesson lesson = parseLesson(kSmallLesson, QStringLiteral("small.json"));
    const auto engine = makeLessonEngine(lesson);
    QCOMPARE(QString::fromStdString(engine->evaluate("shape(cell_state(0, 0))").toString()),
             QString("(3, 5, 4)"));
    QCOMPARE(engine->evaluate("equal(cell_state(0, 0)[:, -1], c_n[0])").item(), 1.0);
    QJsonObject config = lesson.config;
    config.insert(QStringLiteral("whatif"),
                  QJsonArray{QStringLiteral("f@l0:u2:t1-=1"), QStringLiteral("i@l0:u2:t1-=0")});
    Lesson clamped = lesson;
    clamped.config = config;
    clamped.variants.insert(QStringLiteral("free"), lesson.config);
    const auto edited = makeLessonEngine(clamped);
    QCOMPARE(
        edited->evaluate("max_abs(cell_state(0, 0)[:, :, 2] - cell_state(0, 0)[:, :1, 2])").item(),
        0.0);
    QVERIFY(edited
                ->evaluate("max_abs(free.cell_state(0, 0)[:, :, 2] - "
                           "free.cell_state(0, 0)[:, :1, 2])")
                .item() > 0);
    QVERIFY(edited->evaluate("max_abs(connectivity(1) - free.connectivity(1))").item() > 1e-4);
  }

  void badLessonFilesAreRefusedWithTheKey() {
    QByteArray json = kSmallLesson;
    json.replace("\"view\"", "\"veiw\"");
    try {
      parseLesson(json, QStringLiteral("small.json"));
      QFAIL("accepted an unknown key");
    } catch (const lstmviz::core::FileError& e) {
      QVERIFY2(QString(e.what()).startsWith("small.json: veiw: unknown key"), e.what());
    }
    try {
      parseLesson(kSmallLesson, QStringLiteral("other.json"));
      QFAIL("accepted an id that is not the file name");
    } catch (const lstmviz::core::FileError& e) {
      QVERIFY2(QString(e.what()).contains("other.json: id: 'small'"), e.what());
    }
  }

  void searchFindsLessonsByAWordOfTheQuestion() {
    auto count = [](const QString& query) {
      int n = 0;
      for (const Lesson& l : builtinLessons()) n += l.matches(query) ? 1 : 0;
      return n;
    };
    QVERIFY(count(QStringLiteral("TimeDistributed")) >= 1);
    QVERIFY(count(QStringLiteral("flatten")) >= 1);
    QVERIFY(count(QStringLiteral("pack_padded_sequence")) >= 1);
    QVERIFY(count(QStringLiteral("mean")) >= 1);
    QCOMPARE(count(QStringLiteral("xyzzy-no-such-word")), 0);
  }

  void listLessonsWorksWithoutADisplay() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("QT_QPA_PLATFORM");
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    const Run run = runGui({"--list-lessons"}, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList lines =
        QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), static_cast<qsizetype>(builtinLessons().size()));
    for (size_t i = 0; i < builtinLessons().size(); ++i)
      QCOMPARE(lines[static_cast<int>(i)],
               builtinLessons()[i].id + QLatin1Char('\t') + builtinLessons()[i].title.in());
  }

  void aLessonRendersIntoAScreenshotAndAnUnknownOneIsRefused() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir dir;
    const QString png = dir.filePath("lesson.png");
    const Run run = runGui(
        {"--lesson", builtinLessons().front().id, "--screenshot", png, "--size", "1200x800"}, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QImage(png).size(), QSize(1200, 800));

    const Run bad = runGui({"--lesson", "no-such-lesson", "--screenshot", png}, env);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("unknown lesson 'no-such-lesson'"), bad.err.constData());
  }
};

QTEST_GUILESS_MAIN(LessonsTest)
#include "lessons_test.moc"
