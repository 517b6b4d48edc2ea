#pragma once
// UiLanguage: the language lstmviz speaks — English (the source text), Korean or Japanese — and
// the Qt translators and font that go with it.
//
// The program's own messages come from resources/translations/lstmviz_<code>.ts, compiled to .qm
// by the build and embedded under :/i18n/; Qt's own dialogs from Debian's qt6-translations-l10n
// (qtbase_<code>.qm in Qt's translations folder). install() replaces the translators of the
// previous language, which makes Qt send QEvent::LanguageChange to every widget: the main window
// rebuilds its texts from it (no restart).
//
// Fonts: a Korean or Japanese interface needs a font that has Hangul or kana and kanji.
// install() keeps the application font when it covers the language's script and otherwise picks
// an installed family that does (Noto Sans CJK from fonts-noto-cjk first).
#include <QString>
#include <QStringList>

class QTranslator;

namespace lstmviz::ui {

class UiLanguage {
 public:
  // "en", "ko", "ja": the codes --lang and the session use.
  static QStringList codes();
  // The language's own name, as a menu shows it whatever the interface language
  // ("English", "한국어", "日本語").
  static QString nativeName(const QString& code);
  // The language for a locale name ("ko_KR" -> "ko"); "en" for anything else.
  static QString fromLocale(const QString& localeName);
  // The system's language (QLocale::system()), or "en" when it is none of codes().
  static QString systemDefault();

  // Installs code's translators and a font that covers its script. Returns false (and installs
  // English) for an unknown code or a missing embedded translation.
  static bool install(const QString& code);
  // The code last installed ("en" before any install()).
  static QString current();

  // True when the application font can draw text in code's script (always for "en").
  static bool fontCovers(const QString& code);
};

}  // namespace lstmviz::ui
