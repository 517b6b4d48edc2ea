#include "core/train/followed_run.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>

#include "core/common/error.h"
#include "core/io/safetensors.h"
#include "core/nn/lstm_gates.h"
#include "core/train/run_directory.h"
#include "core/train/training_statistics.h"

namespace lstmviz::core {

namespace fs = std::filesystem;

std::string followedCheckpointPath(const std::string& runPath, int64_t epoch) {
  char name[64];
  std::snprintf(name, sizeof name, "epoch_%04lld.safetensors", static_cast<long long>(epoch));
  return (fs::path(runPath) / "checkpoints" / name).string();
}

FollowedRun scanFollowedRun(const std::string& runPath) {
  std::error_code ec;
  if (!fs::is_directory(runPath, ec))
    throw FileError(runPath +
                    ": not a directory; expected a run directory (metrics.csv, "
                    "checkpoints/, probe.safetensors)");
  FollowedRun run;
  run.path = runPath;
  const fs::path root(runPath);
  if (fs::exists(root / "metrics.csv", ec)) {
    try {
      run.metrics = RunDirectory::readMetrics((root / "metrics.csv").string());
    } catch (const Error& e) {
      run.notes.push_back(std::string("metrics.csv skipped: ") + e.what());
    }
  }
  if (fs::exists(root / "probe.safetensors", ec))
    run.probePath = (root / "probe.safetensors").string();

  // epoch_NNNN.safetensors only: the atomic writers' temporary files start with '.'.
  for (const auto& entry : fs::directory_iterator(root / "checkpoints", ec)) {
    const std::string name = entry.path().filename().string();
    const std::string prefix = "epoch_", suffix = ".safetensors";
    if (!name.starts_with(prefix) || !name.ends_with(suffix)) continue;
    const std::string digits =
        name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
    if (digits.size() < 4 || digits.size() > 9 ||
        digits.find_first_not_of("0123456789") != std::string::npos)
      continue;
    const int64_t epoch = std::stoll(digits);
    if (epoch < 1) continue;
    try {
      SafetensorsFile::read(entry.path().string());  // validated whole: a cut file fails here
      run.checkpointEpochs.push_back(epoch);
    } catch (const Error& e) {
      run.notes.push_back(name + " skipped (half-written or unreadable): " + e.what());
    }
  }
  std::sort(run.checkpointEpochs.begin(), run.checkpointEpochs.end());
  return run;
}

std::vector<Histogram> checkpointHistograms(const std::string& checkpointPath, int64_t epoch,
                                            int bins) {
  const SafetensorsFile file = SafetensorsFile::read(checkpointPath);
  std::vector<Histogram> out;
  for (const SafetensorsEntry& entry : file.entries()) {
    if (entry.dtype == DType::kI64 || entry.dtype == DType::kI32) continue;
    const std::vector<float> values = file.getFloat(entry.name).data;
    const size_t size = values.size();
    const bool split = hasGateBlocks(entry.name) && size % kGateCount == 0 && size > 0;
    const int parts = split ? kGateCount : 1;
    for (int part = 0; part < parts; ++part) {
      const size_t chunk = size / parts;
      Histogram h = makeHistogram({values.data() + part * chunk, chunk}, bins);
      h.parameter = entry.name;
      h.gate = split ? kGateLetters[part] : "";
      h.gradient = false;
      h.epoch = epoch;
      out.push_back(std::move(h));
    }
  }
  return out;
}

}  // namespace lstmviz::core
