#include "ui/common/exact_double_spin_box.h"

#include <QRegularExpression>
#include <charconv>

namespace lstmviz::ui {

ExactDoubleSpinBox::ExactDoubleSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
  // QDoubleSpinBox rounds every value to decimals() places; at its maximum (DBL_MAX_10_EXP +
  // DBL_DIG) the rounding gives back the same double.
  setDecimals(323);
}

void ExactDoubleSpinBox::setFloatValue(float value) {
  char text[32];
  const auto end = std::to_chars(text, text + sizeof text, value).ptr;
  double shortest = value;
  std::from_chars(text, end, shortest);
  setValue(shortest);
}

QLocale ExactDoubleSpinBox::numberLocale() const {
  QLocale l = locale();
  l.setNumberOptions(l.numberOptions() | QLocale::OmitGroupSeparator);
  return l;
}

QString ExactDoubleSpinBox::number(const QString& text) const {
  QString body = text;
  if (!prefix().isEmpty() && body.startsWith(prefix())) body.remove(0, prefix().size());
  if (!suffix().isEmpty() && body.endsWith(suffix())) body.chop(suffix().size());
  return body.trimmed();
}

QString ExactDoubleSpinBox::textFromValue(double value) const {
  return numberLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

double ExactDoubleSpinBox::valueFromText(const QString& text) const {
  if (!specialValueText().isEmpty() && text == specialValueText()) return minimum();
  const QString body = number(text);
  bool ok = false;
  const double value = numberLocale().toDouble(body, &ok);
  return ok ? value : QLocale::c().toDouble(body);
}

QValidator::State ExactDoubleSpinBox::validate(QString& text, int& position) const {
  (void)position;
  if (!specialValueText().isEmpty() && text == specialValueText()) return QValidator::Acceptable;
  const QString body = number(text);
  bool ok = false;
  double value = numberLocale().toDouble(body, &ok);
  if (!ok) value = QLocale::c().toDouble(body, &ok);
  if (ok)
    return value >= minimum() && value <= maximum() ? QValidator::Acceptable
                                                    : QValidator::Intermediate;
  // A number being typed: "", "-", "1.", "1e", "1e-".
  static const QRegularExpression partial(QStringLiteral("^[-+]?[0-9]*[.,]?[0-9]*([eE][-+]?)?$"));
  return partial.match(body).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

}  // namespace lstmviz::ui
