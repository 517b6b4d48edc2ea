#include "ui/app/ui_language.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstring>
#include <memory>
#include <vector>

namespace lstmviz::ui {

namespace {

QString& currentCode() {
  static QString code = QStringLiteral("en");
  return code;
}

// lupdate's C++ parser does not resolve `namespace lstmviz::ui {`: it files a class's tr() under
// "ClassName" where the program asks for "lstmviz::ui::ClassName", and the tr() of a file-local
// helper (QCoreApplication::translate("StepperView", …) behind a function) under "lstmviz::ui".
// This translator answers from those contexts when the exact one has no translation.
class ProjectTranslator : public QTranslator {
 public:
  QString translate(const char* context, const char* sourceText, const char* disambiguation,
                    int n) const override {
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!text.isEmpty() || !context) return text;
    const char* colon = std::strrchr(context, ':');
    if (colon) text = QTranslator::translate(colon + 1, sourceText, disambiguation, n);
    if (text.isEmpty()) text = QTranslator::translate("lstmviz::ui", sourceText, disambiguation, n);
    return text;
  }
};

// The translators installed for the current language (owned here, removed on the next install).
std::vector<std::unique_ptr<QTranslator>>& installed() {
  static std::vector<std::unique_ptr<QTranslator>> translators;
  return translators;
}

QFontDatabase::WritingSystem writingSystem(const QString& code) {
  if (code == QLatin1String("ko")) return QFontDatabase::Korean;
  if (code == QLatin1String("ja")) return QFontDatabase::Japanese;
  return QFontDatabase::Latin;
}

// Families to prefer for a script, in order (fonts-noto-cjk's sans families).
QStringList preferredFamilies(const QString& code) {
  if (code == QLatin1String("ko"))
    return {QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR")};
  if (code == QLatin1String("ja"))
    return {QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans JP")};
  return {};
}

// The application font before any CJK family was chosen, restored for English.
QFont& baseFont() {
  static QFont font = QApplication::font();
  return font;
}

void chooseFont(const QString& code) {
  QFont font = baseFont();
  if (code != QLatin1String("en")) {
    const QStringList families = QFontDatabase::families(writingSystem(code));
    QString chosen;
    for (const QString& family : preferredFamilies(code))
      if (families.contains(family)) {
        chosen = family;
        break;
      }
    if (chosen.isEmpty() && !families.isEmpty()) chosen = families.front();
    // Keep the base family first where it covers the script; a CJK family fills in the rest.
    if (!chosen.isEmpty()) {
      QStringList list = font.families();
      if (list.isEmpty()) list << font.family();
      if (!families.contains(list.front()))
        list.prepend(chosen);
      else
        list.append(chosen);
      font.setFamilies(list);
    }
  }
  QApplication::setFont(font);
}

}  // namespace

QStringList UiLanguage::codes() {
  return {QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ja")};
}

QString UiLanguage::nativeName(const QString& code) {
  if (code == QLatin1String("ko")) return QStringLiteral("한국어");
  if (code == QLatin1String("ja")) return QStringLiteral("日本語");
  return QStringLiteral("English");
}

QString UiLanguage::fromLocale(const QString& localeName) {
  const QString language =
      localeName.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
  return codes().contains(language) ? language : QStringLiteral("en");
}

QString UiLanguage::systemDefault() { return fromLocale(QLocale::system().name()); }

bool UiLanguage::install(const QString& requested) {
  baseFont();  // remember the font before the first change
  for (auto& translator : installed()) QCoreApplication::removeTranslator(translator.get());
  installed().clear();

  QString code = codes().contains(requested) ? requested : QStringLiteral("en");
  bool ok = code == requested;
  if (code != QLatin1String("en")) {
    auto own = std::make_unique<ProjectTranslator>();
    if (own->load(QStringLiteral(":/i18n/lstmviz_%1.qm").arg(code))) {
      // Qt's own dialogs (file dialogs, message box buttons), when Debian's package is there.
      auto qt = std::make_unique<QTranslator>();
      if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installed().push_back(std::move(qt));
      installed().push_back(std::move(own));
    } else {
      code = QStringLiteral("en");
      ok = false;
    }
  }
  for (auto& translator : installed()) QCoreApplication::installTranslator(translator.get());
  currentCode() = code;
  chooseFont(code);
  return ok;
}

QString UiLanguage::current() { return currentCode(); }

bool UiLanguage::fontCovers(const QString& code) {
  if (code == QLatin1String("en")) return true;
  const QStringList covering = QFontDatabase::families(writingSystem(code));
  const QFont font = QApplication::font();
  QStringList families = font.families();
  if (families.isEmpty()) families << font.family();
  for (const QString& family : families)
    if (covering.contains(family)) return true;
  return false;
}

}  // namespace lstmviz::ui
