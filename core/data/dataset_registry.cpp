#include "core/data/dataset_registry.h"

#include "core/common/error.h"

namespace lstmviz::core {

const std::vector<DatasetInfo>& datasetRegistry() {
  // name, title, F, classes, perStep, series, fixedSteps
  static const std::vector<DatasetInfo> registry = {
      {"sine", "noisy sine", 1, 0, false, true, 0},
      {"stock", "synthetic stock (high, low, volume, gdp, cpi)", 5, 0, false, true, 0},
      {"airline", "airline passengers", 1, 0, false, true, 0},
      {"anomalies", "three correlated sensors with anomalies", 3, 0, false, true, 0},
      {"fashion_mnist", "Fashion-MNIST row by row", 28, 10, false, false, 28},
      {"adding", "adding problem", 2, 0, false, false, 0},
      // One-hot over the alphabet (8) + blank + delimiter; 9 classes per step.
      {"copy", "copy task", 10, 9, true, false, 0},
      {"csv", "CSV file", 0, 0, false, true, 0},
  };
  return registry;
}

std::vector<std::string> datasetNames() {
  std::vector<std::string> names;
  for (const DatasetInfo& d : datasetRegistry()) names.push_back(d.name);
  return names;
}

const DatasetInfo& datasetInfo(const std::string& name) {
  for (const DatasetInfo& d : datasetRegistry())
    if (d.name == name) return d;
  std::string names;
  for (const DatasetInfo& d : datasetRegistry()) names += (names.empty() ? "" : ", ") + d.name;
  throw Error("unknown dataset '" + name + "'; expected one of " + names);
}

bool datasetTakes(const DatasetInfo& dataset, Architecture architecture) {
  if (dataset.series) return true;
  if (architecture == Architecture::kManyToMany) return dataset.perStep;
  if (architecture == Architecture::kManyToOne) return !dataset.perStep;
  return false;
}

}  // namespace lstmviz::core
