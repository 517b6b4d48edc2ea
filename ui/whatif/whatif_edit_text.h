#pragma once
// The plain-language line under each what-if edit in the panel's list ("f of layer 0 unit 3
// forced to 1 at steps 2–7"), in the interface language, read from the edit itself and the run it
// applies to (the layout says which index of x is the sample and which the step).
#include <QCoreApplication>
#include <QString>
#include <string>

namespace lstmviz::ui {

struct ExplorerSnapshot;

class WhatIfEditText {
  Q_DECLARE_TR_FUNCTIONS(WhatIfEditText)

 public:
  // The line for one canonical edit text; the text itself when it does not parse.
  static QString describe(const std::string& text, const ExplorerSnapshot& snapshot);
  // "layer 0" / "layer 1, reverse".
  static QString layerText(int64_t layer, int64_t direction);
};

}  // namespace lstmviz::ui
