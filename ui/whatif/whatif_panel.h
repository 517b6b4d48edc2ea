#pragma once
// WhatIfPanel: the what-if lab's dock (issue 16). It lists the edits the explorer's run is
// computed with (config.whatIf; each as its canonical text and a plain-language line), undoes them
// one by one or all at once, adds edits through its forms (a weight or bias element, a value of x,
// h_0 or c_0, a gate clamp or a knock-out) or by dragging a point of the input plot, and copies
// the PyTorch code that makes the same change.
//
// It never changes the run itself: it asks the window with editsRequested(texts, coalesce) — the
// whole new list — and shows what the window publishes (setSnapshot). An edit that does not fit
// the run is refused here with the core's message (core::EditError) and the list stays.
// coalesce is true while a point is dragged: the window may drop all but the latest request.
#include <QStringList>
#include <QWidget>
#include <memory>
#include <string>
#include <vector>

#include "ui/whatif/whatif_edit_list.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace lstmviz::ui {

struct ExplorerSnapshot;
class GateClampForm;
class InputDragPlot;
class ParameterEditForm;
class StateEditForm;

class WhatIfPanel : public QWidget {
  Q_OBJECT

 public:
  explicit WhatIfPanel(QWidget* parent = nullptr);
  void setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot);

  // The edits in the order they were made (canonical texts).
  QStringList editTexts() const;
  // Adds one edit (any kind, lstm_edits.h syntax), replacing an edit of the same element.
  // Returns false and shows the core's message when it does not parse or fit.
  bool addEdit(const QString& text);
  // Shows why the window could not apply the list ("" hides it).
  void showError(const QString& message);
  QString errorText() const;
  // torchCodeForEdits of the current edits ("" without edits).
  QString torchCode() const;
  // "What-if: 3 edits — every view shows the edited run; the original is the grey ghost."
  static QString summary(int count);

  // Parts, for tests.
  QListWidget* list() const { return list_; }
  QPushButton* undoLastButton() const { return undoLast_; }
  QPushButton* removeButton() const { return remove_; }
  QPushButton* undoAllButton() const { return undoAll_; }
  QPushButton* copyButton() const { return copy_; }
  QPlainTextEdit* codeBox() const { return code_; }
  ParameterEditForm* parameterForm() const { return parameterForm_; }
  StateEditForm* stateForm() const { return stateForm_; }
  GateClampForm* clampForm() const { return clampForm_; }
  QTabWidget* forms() const { return forms_; }
  InputDragPlot* inputPlot() const { return plot_; }
  QSpinBox* plotSampleBox() const { return plotSample_; }
  QSpinBox* plotFeatureBox() const { return plotFeature_; }

 public slots:
  // Fills the weight form with parameter[row, column] and its current value and shows it (the
  // Stepper's equation terms ask for this; column is ignored for a bias).
  void proposeParameterEdit(const QString& parameter, int row, int column);

 signals:
  void editsRequested(const QStringList& texts, bool coalesce);

 private:
  // Checks texts against the unedited run (core::checkEdits) and asks for them. Returns false and
  // shows the message when they do not fit.
  bool request(const std::vector<std::string>& texts, bool coalesce = false);
  void showList();
  void showInput();
  void onDragged(int step, double value);

  std::shared_ptr<const ExplorerSnapshot> snapshot_;
  WhatIfEditList edits_;
  QLabel* summary_;
  QListWidget* list_;
  QPushButton* undoLast_;
  QPushButton* remove_;
  QPushButton* undoAll_;
  QLabel* error_;
  QTabWidget* forms_;
  ParameterEditForm* parameterForm_;
  StateEditForm* stateForm_;
  GateClampForm* clampForm_;
  QSpinBox* plotSample_;
  QSpinBox* plotFeature_;
  InputDragPlot* plot_;
  QPushButton* copy_;
  QPlainTextEdit* code_;
  QTimer* listTimer_;
};

}  // namespace lstmviz::ui
