// writeFileAtomically: new files, replacement, and failures that must leave the old file intact
// and no temporary behind. The failures are provoked in ways that work as root too (root ignores
// permission bits): a parent that is a regular file, a file-size limit, a target that is a folder.
#include "core/io/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <csignal>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/common/error.h"
#include "io/io_test_util.h"

namespace lstmviz::core {
namespace {

using iotest::errorMessage;
using iotest::readText;
using iotest::ScratchDir;

TEST(AtomicFile, WritesNewFileWithExactBytes) {
  ScratchDir dir;
  const std::vector<uint8_t> bytes = {0, 1, 2, 255, '\n', 0};
  writeFileAtomically(dir.file("blob.bin"), bytes);
  const std::string content = readText(dir.file("blob.bin"));
  EXPECT_EQ(std::vector<uint8_t>(content.begin(), content.end()), bytes);
  writeFileAtomically(dir.file("text.csv"), std::string_view("epoch,loss\n1,0.5\n"));
  EXPECT_EQ(readText(dir.file("text.csv")), "epoch,loss\n1,0.5\n");
  EXPECT_EQ(dir.list(), (std::vector<std::string>{"blob.bin", "text.csv"}));
}

TEST(AtomicFile, WritesEmptyFile) {
  ScratchDir dir;
  writeFileAtomically(dir.file("empty"), std::string_view());
  EXPECT_TRUE(std::filesystem::exists(dir.file("empty")));
  EXPECT_EQ(std::filesystem::file_size(dir.file("empty")), 0u);
}

TEST(AtomicFile, NewFileModeFollowsUmaskLikeAnOrdinaryWrite) {
  ScratchDir dir;
  const mode_t previous = ::umask(027);
  writeFileAtomically(dir.file("f"), std::string_view("x"));
  ::umask(previous);
  struct stat info {};
  ASSERT_EQ(::stat(dir.file("f").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0640u);
}

TEST(AtomicFile, ReplacesExistingFileAndLeavesNoTemporary) {
  ScratchDir dir;
  const std::string path = dir.file("checkpoint.safetensors");
  writeFileAtomically(path, std::string_view("old content, longer than the new one"));
  writeFileAtomically(path, std::string_view("new"));
  EXPECT_EQ(readText(path), "new");
  EXPECT_EQ(dir.list(), std::vector<std::string>{"checkpoint.safetensors"});
}

TEST(AtomicFile, FailsNamingPathAndReasonWhenParentIsARegularFile) {
  ScratchDir dir;
  writeFileAtomically(dir.file("plain"), std::string_view("I am a file"));
  const std::string path = dir.file("plain") + "/metrics.csv";
  const std::string message =
      errorMessage<FileError>([&] { writeFileAtomically(path, std::string_view("a,b\n")); });
  EXPECT_CONTAINS(message, path);
  EXPECT_CONTAINS(message, "Not a directory");
  EXPECT_EQ(readText(dir.file("plain")), "I am a file");
  EXPECT_EQ(dir.list(), std::vector<std::string>{"plain"});
}

TEST(AtomicFile, FailsWhenDirectoryDoesNotExist) {
  ScratchDir dir;
  const std::string path = dir.file("missing/run1/metrics.csv");
  const std::string message =
      errorMessage<FileError>([&] { writeFileAtomically(path, std::string_view("x")); });
  EXPECT_CONTAINS(message, path);
  EXPECT_CONTAINS(message, "No such file or directory");
}

TEST(AtomicFile, KeepsOldFileWhenWritingFails) {
  ScratchDir dir;
  const std::string path = dir.file("checkpoint.bin");
  const std::string old = "the previous checkpoint";
  writeFileAtomically(path, std::string_view(old));

  // A file-size limit of 64 bytes makes write() fail with EFBIG (SIGXFSZ ignored) part-way.
  rlimit saved{};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
  const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit limited = saved;
  limited.rlim_cur = 64;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &limited), 0);
  std::string message;
  try {
    writeFileAtomically(path, std::vector<uint8_t>(4096, 7));
  } catch (const FileError& e) {
    message = e.what();
  }
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, previousHandler);

  EXPECT_CONTAINS(message, path);
  EXPECT_CONTAINS(message, "File too large");
  EXPECT_EQ(readText(path), old);
  EXPECT_EQ(dir.list(), std::vector<std::string>{"checkpoint.bin"});
}

TEST(AtomicFile, KeepsExistingFolderWhenRenameOntoItFails) {
  ScratchDir dir;
  std::filesystem::create_directory(dir.file("target"));
  writeFileAtomically(dir.file("target/inside"), std::string_view("kept"));
  const std::string message = errorMessage<FileError>(
      [&] { writeFileAtomically(dir.file("target"), std::string_view("data")); });
  EXPECT_CONTAINS(message, dir.file("target"));
  EXPECT_CONTAINS(message, "is a directory; expected a regular file");
  EXPECT_EQ(readText(dir.file("target/inside")), "kept");
  EXPECT_EQ(dir.list(), std::vector<std::string>{"target"});
}

TEST(AtomicFile, KeepsOldFileWhenDirectoryIsNotWritable) {
  if (::geteuid() == 0)
    GTEST_SKIP() << "root ignores directory permissions; covered by KeepsOldFileWhenWritingFails";
  ScratchDir dir;
  std::filesystem::create_directory(dir.file("locked"));
  const std::string path = dir.file("locked/metrics.csv");
  writeFileAtomically(path, std::string_view("old"));
  std::filesystem::permissions(
      dir.file("locked"), std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  const std::string message =
      errorMessage<FileError>([&] { writeFileAtomically(path, std::string_view("new")); });
  std::filesystem::permissions(dir.file("locked"), std::filesystem::perms::owner_all);
  EXPECT_CONTAINS(message, path);
  EXPECT_CONTAINS(message, "Permission denied");
  EXPECT_EQ(readText(path), "old");
}

TEST(AtomicFile, ConcurrentWritersLeaveOneCompleteVersion) {
  ScratchDir dir;
  const std::string path = dir.file("shared.txt");
  std::vector<std::thread> writers;
  for (int i = 0; i < 4; ++i) {
    writers.emplace_back([&path, i] {
      for (int round = 0; round < 20; ++round)
        writeFileAtomically(path, std::string(10000, static_cast<char>('a' + i)));
    });
  }
  for (std::thread& writer : writers) writer.join();
  const std::string content = readText(path);
  ASSERT_EQ(content.size(), 10000u);
  EXPECT_EQ(content, std::string(10000, content[0]));
  EXPECT_EQ(dir.list(), std::vector<std::string>{"shared.txt"});
}

}  // namespace
}  // namespace lstmviz::core
