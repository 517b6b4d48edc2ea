#pragma once
// StepperEquations: the six LSTM equations for the chosen unit with the actual numbers
// substituted, e.g.
//   f_t = σ(W_if x_t + b_if + W_hf h_{t−1} + b_hf) = σ(0.3120 + 0.0510 − 0.1200 + 0.1770)
//       = σ(0.4200) = 0.6035
// The four terms are recomputed from the parameters (stepper_step_values.h) and their sum is
// checked against the pre-activation the core recorded; the check is printed below. With
// proj_size the last lines are m_t = o_t ⊙ tanh(c_t) and h_t = W_hr m_t. Numbers have 4 decimals.
//
// What-if (issue 16): with the original run's values every number that changed reads
// "old → new", a term whose parameter element (or x_t) was edited is highlighted, and a gate a
// clamp sets says so instead of claiming γ_t = σ(a_t), which no longer holds there. The terms
// W_iγ x_t, b_iγ, W_hγ h_{t−1}, b_hγ are links: clicking one emits termClicked with torch's
// state_dict name and the element [row, column] (row = gate·H + unit, column −1 for a bias).
#include <QStringList>
#include <QWidget>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/nn/gate_clamp.h"
#include "ui/explorer/stepper_step_values.h"

class QTextBrowser;
class QUrl;

namespace lstmviz::ui {

// One displayed equation: plain text (Unicode, "f_t = σ(…) = … = 0.6035") and rich text.
struct StepEquation {
  QString key;  // "i", "f", "g", "o", "c", "m", "h", "x", "check", "padding"
  QString plain;
  QString html;
};

// One parameter term of a gate's sum, as the element a click proposes to edit: torch's name,
// row = gate·H + unit and the column the term shows (the edited column of that row when there is
// one, else the input feature / hidden unit with the largest |W[row, k]·x_k|; −1 for a bias).
struct StepTerm {
  std::string parameter;  // "" when the term does not exist (no bias)
  int64_t row = 0;
  int64_t column = -1;
  bool edited = false;  // some what-if edit sets an element of this term
};

// Terms in the order the equations print them.
enum StepTermKind { kTermInput = 0, kTermBiasIh, kTermRecurrent, kTermBiasHh, kTermCount };

// What the equations need besides the values: every gate's terms and, for an edited snapshot,
// the original run's values and the clamps at this step.
struct StepEquationContext {
  std::array<std::array<StepTerm, kTermCount>, 4> terms;  // [gate][StepTermKind]
  std::optional<StepValues> original;  // the unedited run's values; set iff the run is edited
  std::array<std::optional<core::GateClamp>, 4> clamps;  // the clamp setting each gate here
  bool inputEdited = false;                              // x_t of this sample was edited
};

// The context for sel of snapshot, whose values are v.
StepEquationContext stepEquationContext(const ExplorerSnapshot& snapshot, const StepSelection& sel,
                                        const StepValues& v);

// The link of a term ("lstmviz-param:weight_hh_l0:5:3") and its inverse; false when url is not a
// term's link.
QString stepTermLink(const StepTerm& term);
bool parseStepTermLink(const QUrl& url, QString* parameter, int* row, int* column);

// Formats every line for values v at selection sel. reverse: the direction reads t = L−1 … 0.
// featureNames: layer 0's input feature names (a CSV's columns), shown beside x_t's values; may be
// empty.
QList<StepEquation> formatStepEquations(const StepValues& v, const StepSelection& sel, bool reverse,
                                        int64_t layer,
                                        const std::vector<std::string>& featureNames = {},
                                        const StepEquationContext* context = nullptr);

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
  QTextBrowser* textBrowser() const { return text_; }

 signals:
  // A parameter term was clicked (see StepTerm).
  void termClicked(const QString& parameter, int row, int column);

 private:
  QTextBrowser* text_;
  QList<StepEquation> equations_;
};

}  // namespace lstmviz::ui
