#pragma once
// ShapesView: "what shape is every tensor for my layout?" — a table of every tensor of the
// nn.LSTM call (input, h_0, c_0, output, h_n, c_n and every parameter, `_reverse` and weight_hr
// included) with its shape in seq-first, batch_first and unbatched layout side by side (the
// current one highlighted), what each axis means, and a one-sentence meaning (all from
// core::describeShapes); a drawing of the input box; copyable PyTorch and Keras code; and the
// view/reshape vs permute/transpose pitfall on a small real tensor.
#include <QWidget>
#include <memory>

#include "core/common/tensor.h"
#include "ui/model/explorer_snapshot.h"

class QPlainTextEdit;
class QTableWidget;
class QLabel;

namespace lstmviz::ui {

class InputBoxWidget;
class ReshapePitfallWidget;

class ShapesView : public QWidget {
  Q_OBJECT

 public:
  enum class Layout { kSeqFirst = 0, kBatchFirst = 1, kUnbatched = 2 };

  explicit ShapesView(QWidget* parent = nullptr);
  void setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot);

  // The shape the table shows for `tensor` ("output", "weight_hr_l0", …) in `layout`, or in the
  // snapshot's own layout; empty when the table has no such row.
  core::Shape shapeOf(const QString& tensor, Layout layout) const;
  core::Shape shapeOf(const QString& tensor) const;
  // The axis names the table shows for `tensor` in the current layout, e.g. "N × L × H_in".
  QString axesOf(const QString& tensor) const;
  QStringList tensorNames() const;
  Layout currentLayout() const { return current_; }
  QString pytorchCodeText() const;
  QString kerasCodeText() const;

 private:
  int rowOf(const QString& tensor) const;

  std::shared_ptr<const ExplorerSnapshot> snapshot_;
  Layout current_ = Layout::kBatchFirst;
  QLabel* summary_;
  QTableWidget* table_;
  InputBoxWidget* box_;
  QPlainTextEdit* pytorch_;
  QPlainTextEdit* keras_;
  ReshapePitfallWidget* pitfall_;
};

}  // namespace lstmviz::ui
