#pragma once
// DataDescription: the training data in a sentence, in the interface language — what the
// training panel says a run trains on ("noisy sine [windows of 20 steps, 680 train / 150
// validation / 150 test, standardised with the training part]"). Composed here from the data's
// facts rather than taken from core's English description, which stays for files and logs.
#include <QCoreApplication>
#include <QString>

#include "core/experiment/experiment_config.h"

namespace lstmviz::core {
struct ExperimentData;
}

namespace lstmviz::ui {

class DataDescription {
  Q_DECLARE_TR_FUNCTIONS(DataDescription)

 public:
  // Thread-safe (QCoreApplication::translate is): the training worker calls it.
  static QString describe(const core::ExperimentConfig& config, const core::ExperimentData& data);
};

}  // namespace lstmviz::ui
