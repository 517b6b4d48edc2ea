#pragma once
// StepperEquations: the six LSTM equations for the chosen unit with the actual numbers
// substituted, e.g.
//   f_t = σ(W_if x_t + b_if + W_hf h_{t−1} + b_hf) = σ(0.3120 + 0.0510 − 0.1200 + 0.1770)
//       = σ(0.4200) = 0.6035
// The four terms are recomputed from the parameters (stepper_step_values.h) and their sum is
// checked against the pre-activation the core recorded; the check is printed below. With
// proj_size the last lines are m_t = o_t ⊙ tanh(c_t) and h_t = W_hr m_t. Numbers have 4 decimals.
#include <QStringList>
#include <QWidget>
#include <string>
#include <vector>

#include "ui/explorer/stepper_step_values.h"

class QTextBrowser;

namespace lstmviz::ui {

// One displayed equation: plain text (Unicode, "f_t = σ(…) = … = 0.6035") and rich text.
struct StepEquation {
  QString key;  // "i", "f", "g", "o", "c", "m", "h", "x", "check", "padding"
  QString plain;
  QString html;
};

// Formats every line for values v at selection sel. reverse: the direction reads t = L−1 … 0.
// featureNames: layer 0's input feature names (a CSV's columns), shown beside x_t's values; may be
// empty.
QList<StepEquation> formatStepEquations(const StepValues& v, const StepSelection& sel, bool reverse,
                                        int64_t layer,
                                        const std::vector<std::string>& featureNames = {});

// Formats x with 4 decimals and a typographic minus (U+2212).
QString formatStepNumber(double x);

class StepperEquations : public QWidget {
  Q_OBJECT

 public:
  explicit StepperEquations(QWidget* parent = nullptr);

  void setEquations(const QList<StepEquation>& equations);
  void clear();
  const QList<StepEquation>& equations() const { return equations_; }
  // Plain text of the line with this key ("f", "c", …), or empty.
  QString plainLine(const QString& key) const;

 private:
  QTextBrowser* text_;
  QList<StepEquation> equations_;
};

}  // namespace lstmviz::ui
