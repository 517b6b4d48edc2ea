// lstmviz: the desktop program. Opens on the built-in example (a sine-forecasting nn.LSTM, its
// trace computed before the window shows), or renders one view into a PNG and exits:
//   lstmviz --screenshot FILE.png --view shapes [--config FILE.json] [--weights FILE.safetensors]
//           [--size 1400x900] [--train-epochs N] [--lang en|ko|ja] [--lesson ID] [--preset NAME]
//           [--edit TEXT] [--clamp TEXT] [--knockout TEXT]   (what-if edits, repeatable)
//   lstmviz --list-lessons   (id<TAB>title per lesson, no display needed)
// Exit status: 0 on success, 2 on bad arguments or files (message on stderr).
#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextStream>
#include <cstdio>
#include <span>
#include <string_view>

#include "core/common/error.h"
#include "core/io/atomic_file.h"
#include "core/nn/lstm_edits.h"
#include "ui/app/config_panel.h"
#include "ui/app/main_window.h"
#include "ui/app/ui_language.h"
#include "ui/common/replot_queue.h"
#include "ui/explorer/architectures_view.h"
#include "ui/lessons/lesson_command_line.h"

namespace {

int fail(const QString& message) {
  QTextStream(stderr) << "error: " << message << Qt::endl;
  return 2;
}

// True if an option that only prints (--help, --version) is given: it is answered without a
// display, as command-line programs do (QApplication aborts when it cannot connect to one).
bool onlyPrints(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    for (const char* printing : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
      if (arg == printing) return true;
  }
  return false;
}

// The largest --size side: a grab of the window is one QImage of 4 bytes per pixel, which Qt
// refuses beyond 2^31 bytes; 16384 × 16384 is 1 GiB.
constexpr int kMaxWindowSide = 16384;

// Clicks the "Load preset" button of architecture `name` (core::architectureName) on the
// Architectures view, exactly as a user would. Returns false with a message for an unknown name.
bool loadPreset(lstmviz::ui::MainWindow& window, const QString& name, QString* error) {
  auto* view =
      qobject_cast<lstmviz::ui::ArchitecturesView*>(window.view(QStringLiteral("architectures")));
  if (!view) {
    *error = QStringLiteral("--preset: this build has no architectures view");
    return false;
  }
  for (int i = 0; i < lstmviz::ui::kArchitectureCount; ++i) {
    const auto a = static_cast<lstmviz::ui::Architecture>(i);
    if (name !=
        QString::fromLatin1(lstmviz::core::architectureName(lstmviz::ui::coreArchitecture(a))))
      continue;
    window.waitForSnapshot();  // the button is enabled once a snapshot exists
    view->showArchitecture(a);
    view->presetButton(a)->click();
    return true;
  }
  *error = QStringLiteral(
               "--preset must be one of many_to_one, one_to_many, many_to_many, seq2seq, "
               "autoencoder, got '%1'")
               .arg(name);
  return false;
}

// The what-if edits of --edit, --clamp and --knockout (lstm_edits.h syntax, as lstmviz-cli
// forward) added to the window's configuration. Returns false with the core's message.
bool addWhatIfEdits(lstmviz::ui::MainWindow& window, const QStringList& values,
                    const QStringList& clamps, const QStringList& knockouts, QString* error) {
  window.waitForSnapshot();
  QStringList texts;
  for (const std::string& t : window.config().whatIf) texts << QString::fromStdString(t);
  try {  // each text read as the kind its option names: a clear message for a misplaced one
    for (const QString& t : values)
      texts << QString::fromStdString(
          lstmviz::core::formatValueEdit(lstmviz::core::parseValueEdit(t.toStdString())));
    for (const QString& t : clamps)
      texts << QString::fromStdString(
          lstmviz::core::formatGateClamp(lstmviz::core::parseGateClamp(t.toStdString())));
    for (const QString& t : knockouts)
      texts << QString::fromStdString(
          lstmviz::core::formatKnockout(lstmviz::core::parseKnockout(t.toStdString())));
  } catch (const std::exception& e) {
    *error = QString::fromStdString(e.what());
    return false;
  }
  if (!window.setWhatIf(texts, error)) return false;
  window.whatIfDock()->show();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  // --list-lessons runs without a display: it is answered before the QApplication exists.
  if (const int status = lstmviz::ui::listLessonsIfAsked(argc, argv); status >= 0) return status;
  QCoreApplication::setApplicationName(QStringLiteral("lstmviz"));
  QCoreApplication::setOrganizationName(QStringLiteral("lstmviz"));
  QCoreApplication::setApplicationVersion(QStringLiteral(LSTMVIZ_VERSION));

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QApplication::translate("main", "See exactly what torch.nn.LSTM does."));
  parser.addHelpOption();
  const QCommandLineOption screenshot(
      QStringLiteral("screenshot"),
      QApplication::translate("main", "Render the view into FILE.png offscreen and exit."),
      QStringLiteral("FILE.png"));
  const QCommandLineOption view(
      QStringLiteral("view"),
      QApplication::translate("main",
                              "The view to show: shapes, stepper, outputs, "
                              "architectures, packing, training, histograms, gradients."),
      QStringLiteral("NAME"));
  const QCommandLineOption config(
      QStringLiteral("config"),
      QApplication::translate("main",
                              "Start from this configuration (JSON) instead of the "
                              "saved session."),
      QStringLiteral("FILE.json"));
  const QCommandLineOption weights(
      QStringLiteral("weights"),
      QApplication::translate("main", "Import an nn.LSTM state_dict (safetensors)."),
      QStringLiteral("FILE.safetensors"));
  const QCommandLineOption input(
      QStringLiteral("input"),
      QApplication::translate("main",
                              "Run the explorer on this batch: input (and lengths, h_0, c_0) "
                              "from a safetensors, .npy or .npz file."),
      QStringLiteral("FILE"));
  const QCommandLineOption open(
      QStringLiteral("open"),
      QApplication::translate("main",
                              "A file written by lstmviz.save (app/python/lstmviz.py): its "
                              "model's weights and its batch, as --weights FILE --input FILE."),
      QStringLiteral("FILE.safetensors"));
  const QCommandLineOption follow(
      QStringLiteral("follow"),
      QApplication::translate("main",
                              "Follow a training run directory (lstmviz's, or written by "
                              "lstmviz.Watch) as epochs arrive."),
      QStringLiteral("DIR"));
  const QCommandLineOption size(
      QStringLiteral("size"),
      QApplication::translate("main", "Window size (default 1400x900, at most 16384x16384)."),
      QStringLiteral("WxH"), QStringLiteral("1400x900"));
  const QCommandLineOption trainEpochs(
      QStringLiteral("train-epochs"),
      QApplication::translate("main", "Train this many epochs before the screenshot."),
      QStringLiteral("N"));
  const QCommandLineOption lang(
      QStringLiteral("lang"),
      QApplication::translate("main",
                              "Interface language: en, ko (한국어) or ja (日本語). Default: the "
                              "one chosen in View ▸ Language, else the system's."),
      QStringLiteral("CODE"));
  const QCommandLineOption csv(
      QStringLiteral("csv"),
      QApplication::translate("main",
                              "Import a CSV series (as File ▸ Import CSV): the explorer's batch "
                              "and the training data."),
      QStringLiteral("FILE.csv"));
  const QCommandLineOption lesson(
      QStringLiteral("lesson"),
      QApplication::translate("main",
                              "Open this lesson (its example, view and highlight); "
                              "--list-lessons lists them."),
      QStringLiteral("ID"));
  const QCommandLineOption preset(
      QStringLiteral("preset"),
      QApplication::translate("main",
                              "Load an architecture's preset, as its \"Load preset\" button: "
                              "many_to_one, one_to_many, many_to_many, seq2seq or autoencoder."),
      QStringLiteral("NAME"));
  const QCommandLineOption listLessons(
      QStringLiteral("list-lessons"),
      QApplication::translate("main", "Print every lesson as id<TAB>title and exit."));
  const QCommandLineOption edit(
      QStringLiteral("edit"),
      QApplication::translate(
          "main",
          "What-if: change one value before the run (repeatable): a parameter element "
          "NAME[i,j]=V (weight_hh_l0[5,3]=0.25), an input value x[i,j,k]=V indexed as the input "
          "tensor is laid out, or h0[...]=V / c0[...]=V."),
      QStringLiteral("TEXT"));
  const QCommandLineOption clamp(
      QStringLiteral("clamp"),
      QApplication::translate("main",
                              "What-if: force a gate of a unit (repeatable): "
                              "G@lK[_reverse]:uU[:tA-B][:nS]=V, e.g. f@l0:u3:t2-7=1.0."),
      QStringLiteral("TEXT"));
  const QCommandLineOption knockout(
      QStringLiteral("knockout"),
      QApplication::translate("main",
                              "What-if: knock a unit out, o = 0 at every step (repeatable): "
                              "lK[_reverse]:uU[:nS], e.g. l0:u5."),
      QStringLiteral("TEXT"));
  parser.addOptions({screenshot, view, config, weights, csv, input, open, follow, size, trainEpochs,
                     lang, lesson, preset, edit, clamp, knockout, listLessons});
  parser.addVersionOption();
  if (onlyPrints(argc, argv)) {
    const QCoreApplication noDisplay(argc, argv);
    parser.process(noDisplay);  // prints and exits
    return 0;
  }
  QApplication app(argc, argv);
  parser.process(app);
  if (!parser.positionalArguments().isEmpty())
    return fail(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments()[0]));

  const QRegularExpressionMatch sizeMatch =
      QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(size));
  if (!sizeMatch.hasMatch())
    return fail(QStringLiteral("--size must be WIDTHxHEIGHT, e.g. 1400x900, got '%1'")
                    .arg(parser.value(size)));
  const QSize windowSize(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt());
  if (windowSize.width() > kMaxWindowSide || windowSize.height() > kMaxWindowSide)
    return fail(QStringLiteral("--size %1 is larger than %2x%2, the largest window lstmviz renders")
                    .arg(parser.value(size))
                    .arg(kMaxWindowSide));
  int epochs = 0;
  if (parser.isSet(trainEpochs)) {
    bool ok = false;
    epochs = parser.value(trainEpochs).toInt(&ok);
    if (!ok || epochs < 1)
      return fail(QStringLiteral("--train-epochs must be a positive integer, got '%1'")
                      .arg(parser.value(trainEpochs)));
  }

  const bool screenshotMode = parser.isSet(screenshot);
  const bool useSettings = !screenshotMode && !parser.isSet(config);
  if (parser.isSet(lang) && !lstmviz::ui::UiLanguage::codes().contains(parser.value(lang)))
    return fail(
        QStringLiteral("--lang must be one of %1, got '%2'")
            .arg(lstmviz::ui::UiLanguage::codes().join(QStringLiteral(", ")), parser.value(lang)));
  QString language = parser.value(lang);
  if (language.isEmpty() && useSettings) language = lstmviz::ui::MainWindow::sessionLanguage();
  if (language.isEmpty()) language = lstmviz::ui::UiLanguage::systemDefault();
  if (!lstmviz::ui::UiLanguage::install(language))
    return fail(QStringLiteral("the %1 translation is missing from this build").arg(language));
  lstmviz::ui::MainWindow window(useSettings);
  window.resize(windowSize);
  window.restoreSession();

  QString error;
  if (parser.isSet(config) && !window.openConfig(parser.value(config), &error)) return fail(error);
  if (parser.isSet(weights) && !window.importWeights(parser.value(weights), &error))
    return fail(error);
  if (parser.isSet(csv) && !window.importCsv(parser.value(csv), &error)) return fail(error);
  if (parser.isSet(open) && (!window.importWeights(parser.value(open), &error) ||
                             !window.openInput(parser.value(open), &error)))
    return fail(error);
  if (parser.isSet(input) && !window.openInput(parser.value(input), &error)) return fail(error);
  if (parser.isSet(follow) && !window.followRun(parser.value(follow), &error)) return fail(error);
  if (parser.isSet(lesson) &&
      !lstmviz::ui::openLessonInWindow(window, parser.value(lesson), screenshotMode, &error))
    return fail(error);
  if (parser.isSet(preset) && !loadPreset(window, parser.value(preset), &error)) return fail(error);
  if ((parser.isSet(edit) || parser.isSet(clamp) || parser.isSet(knockout)) &&
      !addWhatIfEdits(window, parser.values(edit), parser.values(clamp), parser.values(knockout),
                      &error))
    return fail(error);
  if (parser.isSet(view) && !window.showView(parser.value(view)))
    return fail(QStringLiteral("unknown view '%1'; expected one of %2")
                    .arg(parser.value(view), window.viewNames().join(QStringLiteral(", "))));
  if (epochs > 0 && !window.trainEpochsBlocking(epochs, &error)) return fail(error);

  if (!screenshotMode) {
    window.show();
    return app.exec();
  }

  // A large configuration is computed in the background: the picture shows its result.
  window.waitForSnapshot();
  if (!window.configPanel()->errorText().isEmpty()) return fail(window.configPanel()->errorText());
  window.setAttribute(Qt::WA_DontShowOnScreen);
  window.show();
  window.resize(windowSize);
  QApplication::processEvents();
  QApplication::processEvents();
  lstmviz::ui::ReplotQueue::shared()->flush();  // plots redrawn in later passes, drawn now
  const QImage image = window.grab(QRect(QPoint(0, 0), windowSize)).toImage();
  const QString path = parser.value(screenshot);
  // Encoded in memory, then written atomically: a full disk leaves no truncated PNG behind.
  QByteArray png;
  QBuffer buffer(&png);
  if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
    return fail(QStringLiteral("cannot encode the screenshot for '%1'").arg(path));
  try {
    lstmviz::core::writeFileAtomically(
        QFile::encodeName(path).toStdString(),
        std::span(reinterpret_cast<const uint8_t*>(png.constData()), png.size()));
  } catch (const lstmviz::core::Error& e) {
    return fail(QString::fromStdString(e.what()));
  }
  return 0;
}
