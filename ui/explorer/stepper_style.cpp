#include "ui/explorer/stepper_style.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <algorithm>

namespace lstmviz::ui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("StepperView", text); }

}  // namespace

StepperQuantityStyle stepperQuantityStyle(StepperQuantity q) {
  switch (q) {
    case StepperQuantity::kI:
      return {QStringLiteral("i"),
              tr("input gate"),
              tr("Input gate i_t = σ(…) ∈ (0, 1): how much of the candidate g_t is written into "
                 "the cell."),
              0.0,
              1.0,
              QColor(46, 139, 87)};
    case StepperQuantity::kF:
      return {QStringLiteral("f"),
              tr("forget gate"),
              tr("Forget gate f_t = σ(…) ∈ (0, 1): how much of the previous cell state c_{t−1} "
                 "is kept."),
              0.0,
              1.0,
              QColor(200, 60, 50)};
    case StepperQuantity::kG:
      return {QStringLiteral("g"),
              tr("candidate"),
              tr("Candidate g_t = tanh(…) ∈ (−1, 1): the new content proposed for the cell."),
              -1.0,
              1.0,
              QColor(210, 140, 20)};
    case StepperQuantity::kO:
      return {QStringLiteral("o"),
              tr("output gate"),
              tr("Output gate o_t = σ(…) ∈ (0, 1): how much of tanh(c_t) is exposed as the "
                 "hidden state h_t."),
              0.0,
              1.0,
              QColor(40, 100, 200)};
    case StepperQuantity::kC:
      return {QStringLiteral("c"),
              tr("cell state"),
              tr("Cell state c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t: the long-term memory; it is not "
                 "squashed and can exceed ±1 (colours saturate beyond ±2)."),
              -2.0,
              2.0,
              QColor(130, 60, 170)};
    case StepperQuantity::kH:
      return {QStringLiteral("h"),
              tr("hidden state"),
              tr("Hidden state h_t = o_t ⊙ tanh(c_t): the output at step t and the recurrent "
                 "input of the next step."),
              -1.0,
              1.0,
              QColor(0, 128, 128)};
  }
  return {};
}

QCPColorGradient stepperGateGradient() {
  QCPColorGradient g;
  g.clearColorStops();
  g.setColorStopAt(0.0, QColor(252, 252, 252));
  g.setColorStopAt(0.5, QColor(120, 180, 220));
  g.setColorStopAt(1.0, QColor(8, 48, 107));
  g.setNanHandling(QCPColorGradient::nhNanColor);
  g.setNanColor(QColor(215, 215, 215));
  return g;
}

QCPColorGradient stepperSignedGradient() {
  QCPColorGradient g;
  g.clearColorStops();
  g.setColorStopAt(0.0, QColor(33, 102, 172));
  g.setColorStopAt(0.25, QColor(146, 197, 222));
  g.setColorStopAt(0.5, QColor(247, 247, 247));
  g.setColorStopAt(0.75, QColor(244, 165, 130));
  g.setColorStopAt(1.0, QColor(178, 24, 43));
  g.setNanHandling(QCPColorGradient::nhNanColor);
  g.setNanColor(QColor(215, 215, 215));
  return g;
}

QColor stepperValueColor(StepperQuantity q, double value) {
  const StepperQuantityStyle style = stepperQuantityStyle(q);
  const bool gate = style.low == 0.0;
  QCPColorGradient g = gate ? stepperGateGradient() : stepperSignedGradient();
  const double clamped = std::clamp(value, style.low, style.high);
  return QColor::fromRgb(g.color(clamped, QCPRange(style.low, style.high)));
}

}  // namespace lstmviz::ui
