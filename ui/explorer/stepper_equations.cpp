#include "ui/explorer/stepper_equations.h"

#include <QCoreApplication>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <cmath>

#include "core/nn/lstm_gates.h"
#include "ui/explorer/stepper_style.h"
#include "ui/explorer/whatif_marks.h"

namespace lstmviz::ui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("StepperView", text); }

const QString kMinus = QStringLiteral("\u2212");

// "a + b − c + d" from signed terms.
QString joinTerms(const QList<double>& terms) {
  QString out;
  for (int k = 0; k < terms.size(); ++k) {
    const double x = terms[k];
    if (k == 0) {
      out += formatStepNumber(x);
    } else {
      out += (x < 0 || (x == 0 && std::signbit(x))) ? QStringLiteral(" ") + kMinus + " "
                                                    : QStringLiteral(" + ");
      out += formatStepNumber(std::abs(x));
    }
  }
  return out;
}

// "(−0.3000)" for negatives in products, "0.3000" otherwise.
QString factor(double x) {
  return x < 0 ? QStringLiteral("(") + formatStepNumber(x) + ")" : formatStepNumber(x);
}

QString sub(const QString& base, const QString& subscript) {
  return base + QStringLiteral("<sub>") + subscript + QStringLiteral("</sub>");
}

QString colored(const QString& text, const QColor& color) {
  return QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>").arg(color.name(), text);
}

QString prevSymbol() { return QStringLiteral("t\u22121"); }

const QString kArrow = QStringLiteral(" \u2192 ");
const QString kLinkScheme = QStringLiteral("lstmviz-param");

// "old → new" when the value changed, else the value.
QString oldNew(double before, double after) {
  return before == after ? formatStepNumber(after)
                         : formatStepNumber(before) + kArrow + formatStepNumber(after);
}

// The terms of an edited run: unchanged ones as before, changed ones as "(old → new)".
QString joinTermPairs(const QList<double>& before, const QList<double>& after) {
  QString out;
  for (int k = 0; k < after.size(); ++k) {
    if (before[k] == after[k]) {
      const double x = after[k];
      if (k == 0)
        out += formatStepNumber(x);
      else
        out += ((x < 0 || (x == 0 && std::signbit(x))) ? QStringLiteral(" ") + kMinus + " "
                                                       : QStringLiteral(" + ")) +
               formatStepNumber(std::abs(x));
    } else {
      out += (k == 0 ? QString() : QStringLiteral(" + ")) + QStringLiteral("(") +
             oldNew(before[k], after[k]) + QStringLiteral(")");
    }
  }
  return out;
}

// "steps 2–7", "step 4", "steps 2 to the end", "every step".
QString stepRange(const core::GateClamp& c) {
  if (c.firstStep == 0 && c.lastStep == core::GateClamp::kLastStep) return tr("every step");
  if (c.lastStep == core::GateClamp::kLastStep) return tr("steps %1 to the end").arg(c.firstStep);
  if (c.firstStep == c.lastStep) return tr("step %1").arg(c.firstStep);
  return tr("steps %1–%2").arg(c.firstStep).arg(c.lastStep);
}

}  // namespace

StepEquationContext stepEquationContext(const ExplorerSnapshot& snapshot, const StepSelection& sel,
                                        const StepValues& v) {
  StepEquationContext context;
  const core::Lstm<float>& lstm = snapshot.lstm;
  const int64_t h = lstm.config().hiddenSize;
  using Kind = core::LstmParamKind;
  const Kind kinds[kTermCount] = {Kind::kWeightIh, Kind::kBiasIh, Kind::kWeightHh, Kind::kBiasHh};
  context.inputEdited = sel.layer == 0 && v.active && inputEditedAt(snapshot, sel.sample, sel.step);
  for (int gate = 0; gate < 4; ++gate) {
    for (int k = 0; k < kTermCount; ++k) {
      StepTerm& term = context.terms[gate][k];
      const core::LstmParamSpec* spec = lstm.findSpec(sel.layer, sel.direction, kinds[k]);
      if (!spec) continue;
      term.parameter = spec->name;
      term.row = gate * h + sel.unit;
      const std::optional<int64_t> edited = editedColumnInRow(snapshot, spec->name, term.row);
      term.edited = edited.has_value() || (k == kTermInput && context.inputEdited);
      if (k == kTermBiasIh || k == kTermBiasHh) {
        term.column = -1;
      } else if (edited && *edited >= 0) {
        term.column = *edited;
      } else {
        // The column whose product contributes most to the printed sum.
        const auto weights = lstm.param(*spec);
        const std::vector<double>& values = k == kTermInput ? v.x : v.hPrev;
        double largest = -1.0;
        for (int64_t c = 0; c < weights.cols() && c < static_cast<int64_t>(values.size()); ++c) {
          const double product = std::abs(static_cast<double>(weights(term.row, c)) * values[c]);
          if (product > largest) {
            largest = product;
            term.column = c;
          }
        }
      }
    }
    if (snapshot.edited())
      context.clamps[gate] =
          clampAt(snapshot, sel.layer, sel.direction, sel.sample, sel.step, sel.unit, gate);
  }
  if (snapshot.edited()) context.original = computeStepValues(snapshot.unedited(), sel);
  return context;
}

QString stepTermLink(const StepTerm& term) {
  return QStringLiteral("%1:%2:%3:%4")
      .arg(kLinkScheme, QString::fromStdString(term.parameter))
      .arg(term.row)
      .arg(term.column);
}

bool parseStepTermLink(const QUrl& url, QString* parameter, int* row, int* column) {
  if (url.scheme() != kLinkScheme) return false;
  const QStringList parts = url.path().split(QLatin1Char(':'));
  if (parts.size() != 3 || parts[0].isEmpty()) return false;
  bool rowOk = false, columnOk = false;
  const int r = parts[1].toInt(&rowOk), c = parts[2].toInt(&columnOk);
  if (!rowOk || !columnOk) return false;
  *parameter = parts[0];
  *row = r;
  *column = c;
  return true;
}

QString formatStepNumber(double x) {
  if (std::abs(x) < 0.00005) x = 0.0;  // no "−0.0000"
  QString s = QString::number(x, 'f', 4);
  if (s.startsWith('-')) s = kMinus + s.mid(1);
  return s;
}

QList<StepEquation> formatStepEquations(const StepValues& v, const StepSelection& sel, bool reverse,
                                        int64_t layer, const std::vector<std::string>& featureNames,
                                        const StepEquationContext* context) {
  QList<StepEquation> out;
  const StepValues* before = context && context->original ? &*context->original : nullptr;
  const QString t = QString::number(sel.step);
  const QString sigma = QStringLiteral("\u03c3");

  // What x_t and h_{t−1} are.
  {
    QString xs;
    const int shown = std::min<int>(4, static_cast<int>(v.x.size()));
    // Layer 0 reads the input's features: named after their CSV columns when there are names.
    const bool named = layer == 0 && featureNames.size() == v.x.size();
    for (int k = 0; k < shown; ++k)
      xs += (k ? QStringLiteral(", ") : QString()) +
            (named ? QString::fromStdString(featureNames[k]) + QStringLiteral(" ") : QString()) +
            (before && before->x.size() == v.x.size() ? oldNew(before->x[k], v.x[k])
                                                      : formatStepNumber(v.x[k]));
    if (static_cast<int>(v.x.size()) > shown) xs += QStringLiteral(", …");
    const QString source =
        layer == 0
            ? tr("the input at step %1, %2 feature(s)").arg(t).arg(v.x.size())
            : tr("layer %1's output at step %2, %3 values").arg(layer - 1).arg(t).arg(v.x.size());
    const bool first = reverse ? sel.step == v.length - 1 : sel.step == 0;
    const QString prev =
        first     ? (v.initialStateSource.empty()
                         ? tr("the initial state, h₀ = c₀ = 0 (this is the direction's first step)")
                         : tr("the initial state h₀, c₀ from %1 (this is the direction's first step)")
                           .arg(QString::fromStdString(v.initialStateSource)))
        : reverse ? tr("reverse direction: the previous step is t+1 = %1").arg(sel.step + 1)
                  : tr("the previous step t−1 = %1").arg(sel.step - 1);
    StepEquation e;
    e.key = QStringLiteral("x");
    e.plain = QStringLiteral("x_t = [%1]  (%2); h_{t−1}, c_{t−1}: %3").arg(xs, source, prev);
    e.html = QStringLiteral("%1 = [%2] &nbsp;<i>(%3)</i><br>%4, %5: <i>%6</i>")
                 .arg(sub("x", "t"), xs, source.toHtmlEscaped(), sub("h", prevSymbol()),
                      sub("c", prevSymbol()), prev.toHtmlEscaped());
    if (context && context->inputEdited) {
      const QString note = tr("x_t was edited (what-if)");
      e.plain += QStringLiteral("  [") + note + QStringLiteral("]");
      e.html += QStringLiteral(" &nbsp;<span style=\"background-color:#ffe27a\">%1</span>")
                    .arg(note.toHtmlEscaped());
    }
    out << e;
  }

  if (!v.active) {
    StepEquation e;
    e.key = QStringLiteral("padding");
    e.plain = tr("Step %1 is padding for sample %2 (length %3): the packed nn.LSTM does not "
                 "compute it. Gates read 0 here, the state is carried unchanged and output[t] "
                 "is 0.")
                  .arg(t)
                  .arg(sel.sample)
                  .arg(v.length);
    e.html = QStringLiteral("<p style=\"color:#666\"><b>%1</b></p>").arg(e.plain.toHtmlEscaped());
    out << e;
    return out;
  }

  for (int gate = 0; gate < core::kGateCount; ++gate) {
    const GateTerms& g = v.gates[gate];
    const QString letter = QString::fromLatin1(core::kGateLetters[gate]);
    const QString fn = gate == 2 ? QStringLiteral("tanh") : sigma;
    const StepperQuantityStyle style = stepperQuantityStyle(static_cast<StepperQuantity>(gate));
    // A term's symbol, as a link to its parameter element when there is a context.
    auto termHtml = [&](int kind, const QString& symbolHtml) {
      if (!context || context->terms[gate][kind].parameter.empty()) return symbolHtml;
      const StepTerm& term = context->terms[gate][kind];
      const QString element =
          term.column < 0
              ? QStringLiteral("%1[%2]").arg(QString::fromStdString(term.parameter)).arg(term.row)
              : QStringLiteral("%1[%2, %3]")
                    .arg(QString::fromStdString(term.parameter))
                    .arg(term.row)
                    .arg(term.column);
      const QString tip = term.column < 0
                              ? tr("Edit this bias in the What-if panel: %1").arg(element)
                              : tr("Edit this weight in the What-if panel: %1").arg(element);
      QString inner = symbolHtml;
      if (term.edited)
        inner = QStringLiteral("<span style=\"background-color:#ffe27a\">%1</span>").arg(inner);
      return QStringLiteral("<a href=\"%1\" title=\"%2\">%3</a>")
          .arg(stepTermLink(term).toHtmlEscaped(), tip.toHtmlEscaped(), inner);
    };
    QList<double> terms{g.inputPart};
    QList<double> termsBefore;
    if (before) termsBefore << before->gates[gate].inputPart;
    QString symbolic = QStringLiteral("W_i%1 x_t").arg(letter);
    QString symbolicHtml = termHtml(kTermInput, sub("W", "i" + letter) + sub("x", "t"));
    if (v.hasBias) {
      terms << g.biasIh;
      if (before) termsBefore << before->gates[gate].biasIh;
      symbolic += QStringLiteral(" + b_i%1").arg(letter);
      symbolicHtml += " + " + termHtml(kTermBiasIh, sub("b", "i" + letter));
    }
    terms << g.recurrentPart;
    if (before) termsBefore << before->gates[gate].recurrentPart;
    symbolic += QStringLiteral(" + W_h%1 h_{t−1}").arg(letter);
    symbolicHtml +=
        " + " + termHtml(kTermRecurrent, sub("W", "h" + letter) + sub("h", prevSymbol()));
    if (v.hasBias) {
      terms << g.biasHh;
      if (before) termsBefore << before->gates[gate].biasHh;
      symbolic += QStringLiteral(" + b_h%1").arg(letter);
      symbolicHtml += " + " + termHtml(kTermBiasHh, sub("b", "h" + letter));
    }
    StepEquation e;
    e.key = letter;
    if (!before) {
      e.plain = QStringLiteral("%1_t = %2(%3) = %2(%4) = %2(%5) = %6")
                    .arg(letter, fn, symbolic, joinTerms(terms), formatStepNumber(g.sum),
                         formatStepNumber(g.value));
      e.html = QStringLiteral(
                   "<tr><td>%1 = %2(%3)</td></tr><tr><td style=\"padding-left:18px\">"
                   "= %2(%4) = %2(%5) = %6</td></tr>")
                   .arg(colored(sub(letter, "t"), style.accent), fn, symbolicHtml, joinTerms(terms),
                        formatStepNumber(g.sum), colored(formatStepNumber(g.value), style.accent));
      out << e;
      continue;
    }
    // Edited run: old → new for every changed number.
    const GateTerms& o = before->gates[gate];
    const QString numbers = joinTermPairs(termsBefore, terms);
    const QString pre = oldNew(o.sum, g.sum);
    const QString value = oldNew(o.value, g.value);
    const std::optional<core::GateClamp>& clamp = context->clamps[gate];
    if (!clamp) {
      e.plain = QStringLiteral("%1_t = %2(%3) = %2(%4) = %2(%5) = %6")
                    .arg(letter, fn, symbolic, numbers, pre, value);
      e.html = QStringLiteral(
                   "<tr><td>%1 = %2(%3)</td></tr><tr><td style=\"padding-left:18px\">"
                   "= %2(%4) = %2(%5) = %6</td></tr>")
                   .arg(colored(sub(letter, "t"), style.accent), fn, symbolicHtml, numbers, pre,
                        colored(value, style.accent));
    } else {
      // The clamp replaces the activation: γ_t = σ(a_t) does not hold here, so it is not written.
      const QString why =
          tr("clamped by a what-if edit to %1 at %2: %3(a) is not used, the equation does not "
             "hold for this unit here")
              .arg(formatStepNumber(clamp->value), stepRange(*clamp), fn);
      e.plain = QStringLiteral("%1_t: a = %2 = %3 = %4;  %1_t = %5  (%6)")
                    .arg(letter, symbolic, numbers, pre, value, why);
      e.html = QStringLiteral(
                   "<tr><td>%1: a = %2</td></tr><tr><td style=\"padding-left:18px\">"
                   "= %3 = %4</td></tr><tr><td style=\"padding-left:18px\">"
                   "%1 = %5 &nbsp;<span style=\"color:#b0007a\"><b>(%6)</b></span></td></tr>")
                   .arg(colored(sub(letter, "t"), style.accent), symbolicHtml, numbers, pre,
                        colored(value, style.accent), why.toHtmlEscaped());
    }
    out << e;
  }

  const double i = v.gates[0].value, f = v.gates[1].value, gg = v.gates[2].value,
               o = v.gates[3].value;
  {
    const StepperQuantityStyle style = stepperQuantityStyle(StepperQuantity::kC);
    StepEquation e;
    e.key = QStringLiteral("c");
    const QString numbers =
        QStringLiteral("%1 × %2 + %3 × %4")
            .arg(formatStepNumber(f), factor(v.cPrev), formatStepNumber(i), factor(gg));
    const QString cell = before ? oldNew(before->cell, v.cell) : formatStepNumber(v.cell);
    e.plain = QStringLiteral("c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t = %1 = %2").arg(numbers, cell);
    e.html = QStringLiteral(
                 "<tr><td>%1 = %2 ⊙ %3 + %4 ⊙ %5</td></tr><tr><td "
                 "style=\"padding-left:18px\">= %6 = %7</td></tr>")
                 .arg(colored(sub("c", "t"), style.accent), sub("f", "t"), sub("c", prevSymbol()),
                      sub("i", "t"), sub("g", "t"), numbers, colored(cell, style.accent));
    out << e;
  }
  const StepperQuantityStyle hStyle = stepperQuantityStyle(StepperQuantity::kH);
  const QString numbersM =
      QStringLiteral("%1 × tanh(%2) = %1 × %3")
          .arg(formatStepNumber(o), formatStepNumber(v.cell), factor(v.cellTanh));
  const QString hidden = before ? oldNew(before->hidden, v.hidden) : formatStepNumber(v.hidden);
  if (!v.projection) {
    StepEquation e;
    e.key = QStringLiteral("h");
    e.plain = QStringLiteral("h_t = o_t ⊙ tanh(c_t) = %1 = %2").arg(numbersM, hidden);
    e.html = QStringLiteral(
                 "<tr><td>%1 = %2 ⊙ tanh(%3)</td></tr><tr><td "
                 "style=\"padding-left:18px\">= %4 = %5</td></tr>")
                 .arg(colored(sub("h", "t"), hStyle.accent), sub("o", "t"), sub("c", "t"), numbersM,
                      colored(hidden, hStyle.accent));
    out << e;
  } else {
    StepEquation m;
    m.key = QStringLiteral("m");
    const QString mValue = before ? oldNew(before->m, v.m) : formatStepNumber(v.m);
    m.plain = QStringLiteral("m_t = o_t ⊙ tanh(c_t) = %1 = %2").arg(numbersM, mValue);
    m.html = QStringLiteral(
                 "<tr><td>%1 = %2 ⊙ tanh(%3)</td></tr><tr><td "
                 "style=\"padding-left:18px\">= %4 = %5</td></tr>")
                 .arg(sub("m", "t"), sub("o", "t"), sub("c", "t"), numbersM, mValue);
    out << m;
    QString products;
    const int shown = std::min<int>(3, static_cast<int>(v.mAll.size()));
    for (int k = 0; k < shown; ++k)
      products += (k ? QStringLiteral(" + ") : QString()) +
                  QStringLiteral("%1 × %2").arg(factor(v.projRowWeights[k]), factor(v.mAll[k]));
    if (static_cast<int>(v.mAll.size()) > shown)
      products += tr(" + … (%1 terms)").arg(v.mAll.size());
    const QString p = QString::number(v.projRow);
    StepEquation e;
    e.key = QStringLiteral("h");
    e.plain = QStringLiteral("h_t = W_hr m_t:  h_t[%1] = Σ_k W_hr[%1, k] m_t[k] = %2 = %3")
                  .arg(p, products, hidden);
    e.html = QStringLiteral(
                 "<tr><td>%1 = %2 %3 &nbsp;(projection): &nbsp; "
                 "%4[%5] = Σ<sub>k</sub> %2[%5, k] %3[k]</td></tr><tr><td "
                 "style=\"padding-left:18px\">= %6 = %7</td></tr>")
                 .arg(colored(sub("h", "t"), hStyle.accent), sub("W", "hr"), sub("m", "t"),
                      sub("h", "t"), p, products, colored(hidden, hStyle.accent));
    out << e;
  }

  {
    const double error = v.maxPreActivationError();
    const bool ok = error <= 1e-5;
    StepEquation e;
    e.key = QStringLiteral("check");
    QString num = QString::number(error, 'e', 1).replace('-', kMinus);
    e.plain = ok ? tr("Check: each sum of the four terms equals the pre-activation the core "
                      "recorded (max |difference| = %1).")
                       .arg(num)
                 : tr("Check FAILED: a recomputed sum differs from the recorded pre-activation "
                      "by %1.")
                       .arg(num);
    e.html = QStringLiteral("<p style=\"color:%1\">%2 %3</p>")
                 .arg(ok ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"),
                      ok ? QStringLiteral("✓") : QStringLiteral("✗"), e.plain.toHtmlEscaped());
    out << e;
  }
  return out;
}

StepperEquations::StepperEquations(QWidget* parent)
    : QWidget(parent), text_(new QTextBrowser(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(text_);
  text_->setObjectName(QStringLiteral("stepperEquationText"));
  text_->setOpenLinks(false);
  text_->setFrameShape(QFrame::StyledPanel);
  text_->setFocusPolicy(Qt::NoFocus);
  text_->setToolTip(
      tr("The LSTM equations for the chosen unit at the current step, with the "
         "numbers of this forward pass substituted. Click a weight or bias term to edit it in "
         "the What-if panel."));
  connect(text_, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
    QString parameter;
    int row = 0, column = 0;
    if (parseStepTermLink(url, &parameter, &row, &column)) emit termClicked(parameter, row, column);
  });
}

void StepperEquations::clear() {
  equations_.clear();
  text_->clear();
}

void StepperEquations::setEquations(const QList<StepEquation>& equations) {
  equations_ = equations;
  QString html = QStringLiteral("<div style=\"font-size:10.5pt\">");
  bool inTable = false;
  for (const StepEquation& e : equations) {
    const bool row = e.html.startsWith(QStringLiteral("<tr>"));
    if (row && !inTable) {
      html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
      inTable = true;
    } else if (!row && inTable) {
      html += QStringLiteral("</table>");
      inTable = false;
    }
    if (row && e.key != QStringLiteral("i"))
      html += QStringLiteral("<tr><td style=\"font-size:2pt\">&nbsp;</td></tr>");
    html += row ? e.html : QStringLiteral("<p>") + e.html + QStringLiteral("</p>");
  }
  if (inTable) html += QStringLiteral("</table>");
  html += QStringLiteral("</div>");
  text_->setHtml(html);
}

QString StepperEquations::plainLine(const QString& key) const {
  for (const StepEquation& e : equations_)
    if (e.key == key) return e.plain;
  return {};
}

}  // namespace lstmviz::ui
