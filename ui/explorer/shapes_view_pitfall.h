#pragma once
// ReshapePitfallWidget: the learners' question "why do .view()/.reshape() scramble a (batch, seq)
// tensor while .permute()/.transpose() do not?", answered on a small real tensor — the first
// samples and steps of the example input's feature 0. Three tables: x (N, L); x.view(L, N), which
// only re-cuts the same memory into rows of N; and x.permute(1, 0), which moves the axes. Every
// cell is coloured by the sample its number came from, so the scrambling is visible at a glance.
#include <QWidget>
#include <memory>

#include "ui/model/explorer_snapshot.h"

class QTableWidget;
class QLabel;

namespace lstmviz::ui {

class ReshapePitfallWidget : public QWidget {
 public:
  explicit ReshapePitfallWidget(QWidget* parent = nullptr);
  void setSnapshot(const std::shared_ptr<const ExplorerSnapshot>& snapshot);

 private:
  QTableWidget* original_;
  QTableWidget* viewed_;
  QTableWidget* permuted_;
  QLabel* source_;
};

}  // namespace lstmviz::ui
