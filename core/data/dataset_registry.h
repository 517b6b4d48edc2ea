#pragma once
// The built-in datasets an experiment can name, with the facts every part of the program needs
// about them (the explorer's input size, the training panel's lists, what each architecture takes)
// — in one table instead of a copy per view. How each is split and scaled is
// loadExperimentData's (core/train/experiment.h).
#include <cstdint>
#include <string>
#include <vector>

#include "core/nn/architecture.h"

namespace lstmviz::core {

struct DatasetInfo {
  std::string name;        // "sine", … — the JSON's "dataset"
  std::string title;       // for people: "noisy sine"
  int64_t features = 0;    // F per step; 0: read from the user's file (csv)
  int64_t classes = 0;     // classification: the classes; 0 for regression
  bool perStep = false;    // the task's targets are one per step (copy)
  bool series = false;     // windows over a series: every architecture takes it (targets per
                           // architecture, see loadExperimentData); otherwise a fixed task for
                           // many_to_one / many_to_many only
  int64_t fixedSteps = 0;  // L fixed by the data (fashion_mnist: 28); 0: seq_len
};

// Every built-in dataset, in the order the GUI lists them.
const std::vector<DatasetInfo>& datasetRegistry();
// The names of datasetRegistry(), in order.
std::vector<std::string> datasetNames();
// The entry of `name`. Throws Error "unknown dataset 'x'; expected one of …".
const DatasetInfo& datasetInfo(const std::string& name);
// Whether `architecture` can train on the dataset: series take all five; fixed tasks take the
// head architectures, many_to_many only when its targets are per step and many_to_one only when
// they are not.
bool datasetTakes(const DatasetInfo& dataset, Architecture architecture);

}  // namespace lstmviz::core
