#pragma once
// RunDirectory: the files of one training run, each written atomically (temporary file +
// rename), so a crash, a NaN or a full disk never leaves a half-written file behind:
//   config.json       the options and model the run was started with
//   metrics.csv       one row per finished epoch (header: kMetricsColumns)
//   events.csv        epoch,batch,kind,message — LR reductions, best epochs, stops, faults
//   histograms/epoch_NNNN.json   weight and gradient histograms per parameter and gate
//   best.safetensors, last.safetensors   state_dicts loadable by torch's load_state_dict
#include <string>
#include <vector>

#include "core/nn/model.h"
#include "core/train/training_snapshot.h"

namespace lstmviz::core {

class RunDirectory {
 public:
  // Creates the folder (and histograms/) if needed. A folder that exists and is not empty is
  // refused (FileError), unless `overwrite`: then the files a run writes (config.json,
  // metrics.csv, events.csv, best/last.safetensors, experiment.json, histograms/epoch_*.json) are
  // removed first and anything else is left alone. Throws FileError if it cannot.
  explicit RunDirectory(std::string path, bool overwrite = false);

  const std::string& path() const { return path_; }
  void writeConfig(const std::string& json) const;
  // Rewrites metrics.csv with every epoch so far; accuracy columns when classification.
  void writeMetrics(const std::vector<EpochRecord>& epochs, bool classification) const;
  void writeEvents(const std::vector<TrainingEvent>& events) const;
  void writeHistograms(int64_t epoch, const std::vector<Histogram>& histograms) const;
  // name: "best" or "last". Writes every parameter (F32) under its state_dict name.
  void writeCheckpoint(const std::string& name,
                       const std::vector<ParameterRef<float>>& parameters) const;

  // Reads a metrics.csv written by writeMetrics (for comparing runs). A last line cut short
  // (a run killed mid-write of an older, non-atomic copy) is ignored; any other malformed line
  // throws FileError naming the file and line.
  static std::vector<EpochRecord> readMetrics(const std::string& metricsCsvPath);

  // Reads histograms/epoch_0001.json, epoch_0002.json, … of a run directory (as writeHistograms
  // wrote them), one vector per epoch in order, stopping at the first epoch without a file (none
  // at all: empty). A malformed file throws FileError naming the file, the entry and the field.
  static std::vector<std::vector<Histogram>> readHistograms(const std::string& runPath);

 private:
  std::string path_;
};

}  // namespace lstmviz::core
