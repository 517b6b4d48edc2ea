// What writeFileAtomically replaces: a symlink's target (not the link), never a device, FIFO or
// folder; names up to NAME_MAX; and temporaries that a killed process left behind.
#include <gtest/gtest.h>
#include <limits.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/common/error.h"
#include "core/io/atomic_file.h"
#include "io/io_test_util.h"

namespace lstmviz::core {
namespace {

using iotest::errorMessage;
using iotest::readText;
using iotest::ScratchDir;

// Regression: a symlinked --out became a regular file and its target kept the old bytes.
TEST(AtomicFileTargets, WritesThroughASymlinkToItsTarget) {
  ScratchDir dir;
  std::filesystem::create_directory(dir.file("real"));
  writeFileAtomically(dir.file("real/model.bin"), std::string_view("old"));
  std::filesystem::create_symlink("real/model.bin", dir.file("link.bin"));
  writeFileAtomically(dir.file("link.bin"), std::string_view("new"));
  EXPECT_TRUE(std::filesystem::is_symlink(dir.file("link.bin")));
  EXPECT_EQ(readText(dir.file("real/model.bin")), "new");
  EXPECT_EQ(dir.list(), (std::vector<std::string>{"link.bin", "real"}));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.file("real")),
                          std::filesystem::directory_iterator()),
            1);
}

TEST(AtomicFileTargets, CreatesTheTargetOfADanglingSymlink) {
  ScratchDir dir;
  std::filesystem::create_symlink("missing.bin", dir.file("link.bin"));
  writeFileAtomically(dir.file("link.bin"), std::string_view("new"));
  EXPECT_TRUE(std::filesystem::is_symlink(dir.file("link.bin")));
  EXPECT_EQ(readText(dir.file("missing.bin")), "new");
}

// Regression: as root, --out /dev/full replaced the device node with a regular file. A FIFO
// stands in for the device here (creating device nodes needs CAP_MKNOD).
TEST(AtomicFileTargets, RefusesToReplaceAFifoOrAFolderNamingIt) {
  ScratchDir dir;
  ASSERT_EQ(::mkfifo(dir.file("pipe").c_str(), 0600), 0);
  const std::string message = errorMessage<FileError>(
      [&] { writeFileAtomically(dir.file("pipe"), std::string_view("x")); });
  EXPECT_CONTAINS(message, dir.file("pipe"));
  EXPECT_CONTAINS(message, "is a named pipe; expected a regular file");
  struct stat info {};
  ASSERT_EQ(::lstat(dir.file("pipe").c_str(), &info), 0);
  EXPECT_TRUE(S_ISFIFO(info.st_mode));
  EXPECT_EQ(dir.list(), std::vector<std::string>{"pipe"});
  // Through a symlink, the message names the target as well.
  std::filesystem::create_symlink("pipe", dir.file("link"));
  EXPECT_CONTAINS(errorMessage<FileError>(
                      [&] { writeFileAtomically(dir.file("link"), std::string_view("x")); }),
                  "its target '" + dir.file("pipe") + "' is a named pipe");
}

TEST(AtomicFileTargets, RefusesACharacterDevice) {
  // /dev/null is only looked at: the refusal comes before anything is created or renamed.
  const std::string message =
      errorMessage<FileError>([] { writeFileAtomically("/dev/null", std::string_view("x")); });
  EXPECT_CONTAINS(message, "'/dev/null': is a character device");
  struct stat info {};
  ASSERT_EQ(::lstat("/dev/null", &info), 0);
  EXPECT_TRUE(S_ISCHR(info.st_mode));
}

// Regression: a legal 250-byte name failed because the temporary's name grew past NAME_MAX.
TEST(AtomicFileTargets, WritesANameOfNameMaxBytes) {
  ScratchDir dir;
  for (const size_t length : {size_t{250}, size_t{NAME_MAX}}) {
    const std::string name(length, 'n');
    writeFileAtomically(dir.file(name), std::string_view("data"));
    EXPECT_EQ(readText(dir.file(name)), "data");
  }
  EXPECT_EQ(dir.list().size(), 2u);  // no temporary left
}

// A pid that exited: a child that is reaped at once.
pid_t deadPid() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  return child;
}

// Regression: kill -9 between creating and renaming left a temporary that nothing removed.
TEST(AtomicFileTargets, FirstWriteIntoAFolderRemovesTemporariesOfDeadProcesses) {
  ScratchDir dir;
  const std::string stale = ".last.safetensors.tmp-" + std::to_string(deadPid()) + "-3";
  const std::string live = ".last.safetensors.tmp-" + std::to_string(::getppid()) + "-0";
  for (const std::string& name : {stale, live, std::string(".notes.tmp-x-1"), std::string("keep")})
    std::ofstream(dir.file(name)) << "partial";
  writeFileAtomically(dir.file("metrics.csv"), std::string_view("epoch\n"));
  EXPECT_EQ(dir.list(), (std::vector<std::string>{live, ".notes.tmp-x-1", "keep", "metrics.csv"}));
}

}  // namespace
}  // namespace lstmviz::core
