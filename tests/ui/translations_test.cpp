// The Korean and Japanese translations are complete and keep what must not change: lupdate run
// over today's sources finds no message without a translation (a new tr() string fails this test
// until it is translated), and every translation keeps its source's placeholders, HTML tags and
// keyboard accelerators.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <map>

namespace {

struct Message {
  QString context, source, translation, type;
  bool numerus = false;
};

// Every <message> of a Linguist .ts file; numerus messages carry their first form.
QList<Message> readTs(const QString& path, QString* error) {
  QList<Message> messages;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    *error = QStringLiteral("cannot open %1").arg(path);
    return messages;
  }
  QXmlStreamReader xml(&file);
  QString context;
  Message current;
  while (!xml.atEnd()) {
    xml.readNext();
    if (!xml.isStartElement()) continue;
    const auto name = xml.name();
    if (name == QLatin1String("name")) {
      context = xml.readElementText();
    } else if (name == QLatin1String("message")) {
      current = Message{context,
                        {},
                        {},
                        {},
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
    } else if (name == QLatin1String("source")) {
      current.source = xml.readElementText();
    } else if (name == QLatin1String("translation")) {
      current.type = xml.attributes().value(QLatin1String("type")).toString();
      if (current.numerus) {
        QString first;
        while (xml.readNextStartElement()) {
          const QString form = xml.readElementText();
          if (first.isEmpty()) first = form;
        }
        current.translation = first;
      } else {
        current.translation = xml.readElementText();
      }
      messages << current;
    }
  }
  if (xml.hasError()) *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
  return messages;
}

// The multiset of tokens matched by pattern in text, as a sorted list.
QStringList tokens(const QString& text, const QRegularExpression& pattern) {
  QStringList found;
  for (auto it = pattern.globalMatch(text); it.hasNext();) found << it.next().captured(0);
  found.sort();
  return found;
}

const QStringList kLanguages{QStringLiteral("ko"), QStringLiteral("ja")};

QString tsPath(const QString& code) {
  return QStringLiteral(LSTMVIZ_SOURCE_DIR "/resources/translations/lstmviz_%1.ts").arg(code);
}

}  // namespace

class TranslationsTest : public QObject {
  Q_OBJECT

 private slots:
  void everySourceMessageIsTranslated_data() {
    QTest::addColumn<QString>("code");
    for (const QString& code : kLanguages) QTest::newRow(qPrintable(code)) << code;
  }
  // lupdate over ui/ and app/ into a copy of the .ts: a message it adds (new in the sources) or
  // finds untranslated is reported with its context and text.
  void everySourceMessageIsTranslated() {
    QFETCH(QString, code);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.ts"));
    QVERIFY(QFile::copy(tsPath(code), copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(LSTMVIZ_SOURCE_DIR));
    lupdate.start(
        QStringLiteral(LSTMVIZ_LUPDATE_PATH),
        {QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-locations"),
         QStringLiteral("none"), QStringLiteral("-no-obsolete"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList missing;
    for (const Message& m : messages)
      if (m.translation.trimmed().isEmpty() || !m.type.isEmpty())
        missing << QStringLiteral("[%1] %2").arg(m.context, m.source.left(80));
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(QStringLiteral("%1 message(s) without a %2 translation — run `lupdate ui app "
                                  "-locations none -no-obsolete -ts %3` and translate:\n%4")
                       .arg(missing.size())
                       .arg(code, tsPath(code), missing.mid(0, 40).join('\n'))));
  }

  void translationsKeepPlaceholdersTagsAndAccelerators_data() {
    everySourceMessageIsTranslated_data();
  }
  void translationsKeepPlaceholdersTagsAndAccelerators() {
    QFETCH(QString, code);
    QString error;
    const QList<Message> messages = readTs(tsPath(code), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QRegularExpression placeholder(QStringLiteral("%L?\\d+|%n"));
    const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*"));
    const QRegularExpression accelerator(QStringLiteral("&(?!&)\\S"));
    QStringList wrong;
    for (const Message& m : messages) {
      if (m.translation.isEmpty()) continue;  // reported by the test above
      const QString where = QStringLiteral("[%1] %2").arg(m.context, m.source.left(60));
      if (tokens(m.source, placeholder) != tokens(m.translation, placeholder))
        wrong << where + QStringLiteral(": placeholders differ");
      if (tokens(m.source, tag) != tokens(m.translation, tag))
        wrong << where + QStringLiteral(": HTML tags differ");
      const bool sourceHasAccelerator = m.source.contains(accelerator);
      if (sourceHasAccelerator != m.translation.contains(accelerator))
        wrong << where + QStringLiteral(": keyboard accelerator (&) lost or added");
      if (m.source.contains(QStringLiteral("Ctrl+")) &&
          tokens(m.source, QRegularExpression(QStringLiteral("Ctrl\\+\\S+"))) !=
              tokens(m.translation, QRegularExpression(QStringLiteral("Ctrl\\+\\S+"))))
        wrong << where + QStringLiteral(": shortcut changed");
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 40).join('\n')));
  }

  // Shown in the right script: Korean text holds Hangul, Japanese text kana or kanji (a message
  // that is pure code, e.g. "h_n[-1]", is allowed to stay as it is).
  void translationsAreInTheirScript_data() { everySourceMessageIsTranslated_data(); }
  void translationsAreInTheirScript() {
    QFETCH(QString, code);
    QString error;
    const QList<Message> messages = readTs(tsPath(code), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QRegularExpression script(
        code == QLatin1String("ko") ? QStringLiteral("[\\x{AC00}-\\x{D7A3}]")
                                    : QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"));
    const QRegularExpression words(QStringLiteral("\\b[A-Za-z]{4,}\\s+[a-z]{3,}\\s+[a-z]{3,}\\b"));
    QStringList english;
    for (const Message& m : messages) {
      if (m.translation.isEmpty() || m.translation.contains(script)) continue;
      // No letters of the language: fine for code, not for an English sentence left as it was.
      QString prose = m.source;
      prose.remove(QRegularExpression(QStringLiteral("<code>.*?</code>|`[^`]*`")));
      if (prose.contains(words))
        english << QStringLiteral("[%1] %2").arg(m.context, m.translation.left(80));
    }
    QVERIFY2(english.isEmpty(), qPrintable(english.join('\n')));
  }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"
