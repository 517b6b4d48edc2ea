#pragma once
// ExactDoubleSpinBox: a QDoubleSpinBox that holds any double to the bit and shows it in its
// shortest form that reads back the same ("1e-06", "0.125", "1.7976931348623157e+308"), so a
// learning rate of 1e-6 or a gain of 1.2345 is neither rounded to a number of decimals nor shown
// as 0.00000. Typing accepts the same forms (and the locale's decimal point).
#include <QDoubleSpinBox>

namespace lstmviz::ui {

class ExactDoubleSpinBox : public QDoubleSpinBox {
  Q_OBJECT
 public:
  explicit ExactDoubleSpinBox(QWidget* parent = nullptr);
  // Shows a float32 (a weight, an activation) in the shortest form that reads back as the same
  // float ("-0.19641839", not its double expansion "-0.1964183896780014").
  void setFloatValue(float value);

  QString textFromValue(double value) const override;
  double valueFromText(const QString& text) const override;
  QValidator::State validate(QString& text, int& position) const override;

 private:
  // text without prefix, suffix and surrounding spaces.
  QString number(const QString& text) const;
  QLocale numberLocale() const;
};

}  // namespace lstmviz::ui
