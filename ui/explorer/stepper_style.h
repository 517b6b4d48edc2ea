#pragma once
// The six quantities the stepper draws (gates i, f, g, o, cell c, hidden h), with the colour, the
// fixed colour-scale range and the one-sentence explanation each has everywhere in the view.
//
// Fixed ranges, so colours mean the same at every step and in every configuration:
//   i, f, o ∈ (0, 1)   σ's range
//   g, h   ∈ (−1, 1)   tanh's range (with proj_size, h = W_hr m can leave it: colours saturate)
//   c      ∈ [−2, 2]   c_t is not squashed (|c_t| ≤ t + 1); values beyond ±2 saturate
#include <QColor>
#include <QString>

class QCPColorGradient;

namespace lstmviz::ui {

enum class StepperQuantity { kI = 0, kF, kG, kO, kC, kH };
constexpr int kStepperQuantityCount = 6;

struct StepperQuantityStyle {
  QString symbol;   // "i", "f", …
  QString name;     // "input gate"
  QString tooltip;  // one sentence
  double low;       // fixed colour range
  double high;
  QColor accent;  // the quantity's colour in the diagram and the equations
};

// Style of quantity q (strings translated).
StepperQuantityStyle stepperQuantityStyle(StepperQuantity q);

// The gradients: sequential white → blue for the gates (0 … 1), diverging blue – white – red
// for g, c, h. NaN (padding: not computed) is light grey.
QCPColorGradient stepperGateGradient();
QCPColorGradient stepperSignedGradient();

// Colour of value on quantity q's fixed scale (for the cell diagram's gate boxes).
QColor stepperValueColor(StepperQuantity q, double value);

}  // namespace lstmviz::ui
