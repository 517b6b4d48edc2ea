// A run directory holds one run. Regression (issue 17): reusing a --log-dir left the old run's
// histograms beside the new run's files, and Compare run… read them as the new run's.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/common/error.h"
#include "core/train/run_directory.h"

namespace lstmviz::core {
namespace {

class RunFolder {
 public:
  RunFolder()
      : path_(std::filesystem::path(::testing::TempDir()) /
              ("lstmviz_run_reuse_" +
               std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()))) {
    std::filesystem::remove_all(path_);
  }
  ~RunFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string path() const { return path_.string(); }
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  bool has(const std::string& name) const { return std::filesystem::exists(path_ / name); }

 private:
  std::filesystem::path path_;
};

// What a run of `epochs` epochs leaves behind.
void writeRun(const RunDirectory& run, int64_t epochs) {
  run.writeConfig("{}");
  std::vector<EpochRecord> records;
  for (int64_t epoch = 1; epoch <= epochs; ++epoch) {
    EpochRecord r;
    r.epoch = epoch;
    r.trainLoss = 1.0 / epoch;
    records.push_back(r);
    run.writeHistograms(epoch, {});
  }
  run.writeMetrics(records, false);
}

TEST(RunDirectoryReuse, CreatesAMissingOrEmptyFolder) {
  RunFolder folder;
  RunDirectory(folder.path(), false);
  EXPECT_TRUE(folder.has("histograms"));
  RunFolder empty;
  std::filesystem::create_directories(empty.path());
  EXPECT_NO_THROW(RunDirectory(empty.path(), false));
}

TEST(RunDirectoryReuse, RefusesAFolderHoldingAPreviousRunAndKeepsIt) {
  RunFolder folder;
  writeRun(RunDirectory(folder.path()), 5);
  try {
    RunDirectory again(folder.path());
    FAIL() << "a reused run directory was accepted";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find(folder.path() + " is not empty"), std::string::npos)
        << e.what();
    EXPECT_NE(std::string(e.what()).find("--overwrite"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(folder.has("histograms/epoch_0005.json"));
  EXPECT_EQ(RunDirectory::readMetrics(folder.file("metrics.csv")).size(), 5u);
}

TEST(RunDirectoryReuse, OverwriteClearsThePreviousRunOnly) {
  RunFolder folder;
  writeRun(RunDirectory(folder.path()), 5);
  std::ofstream(folder.file("notes.txt")) << "mine";
  writeRun(RunDirectory(folder.path(), true), 2);
  EXPECT_EQ(RunDirectory::readHistograms(folder.path()).size(), 2u);
  EXPECT_FALSE(folder.has("histograms/epoch_0003.json"));
  EXPECT_FALSE(folder.has("histograms/epoch_0005.json"));
  EXPECT_EQ(RunDirectory::readMetrics(folder.file("metrics.csv")).size(), 2u);
  EXPECT_TRUE(folder.has("notes.txt"));
}

}  // namespace
}  // namespace lstmviz::core
