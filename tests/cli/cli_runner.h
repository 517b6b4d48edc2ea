#pragma once
// Runs the built lstmviz-cli (LSTMVIZ_CLI_PATH) as a child process and captures its exit code,
// stdout and stderr; scratch folders for the files the tests write.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace lstmviz::cli::testing {

struct CliResult {
  int exitCode = -1;  // -1 if the child did not exit normally (crash, abort, signal)
  int signal = 0;
  std::string out;
  std::string err;
};

inline std::string readText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A fresh folder under gtest's temp dir, named after the running test, removed on destruction.
class ScratchDir {
 public:
  ScratchDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::path(::testing::TempDir()) /
            ("lstmviz_cli_" + std::string(info->test_suite_name()) + "_" + info->name() + "_" +
             std::to_string(::getpid()));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// Runs `lstmviz-cli args...`; stdout and stderr go through files in scratch.
inline CliResult runCli(const std::vector<std::string>& args, const ScratchDir& scratch) {
  const std::string outPath = scratch.file("stdout.txt"), errPath = scratch.file("stderr.txt");
  std::vector<std::string> argv{LSTMVIZ_CLI_PATH};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> cargv;
  for (std::string& a : argv) cargv.push_back(a.data());
  cargv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_addopen(&actions, 2, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  pid_t pid = 0;
  CliResult result;
  const int spawned = posix_spawn(&pid, cargv[0], &actions, nullptr, cargv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    ADD_FAILURE() << "could not start " << LSTMVIZ_CLI_PATH;
    return result;
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFEXITED(status)) result.exitCode = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  result.out = readText(outPath);
  result.err = readText(errPath);
  return result;
}

// gtest-friendly description of a run for failure messages.
inline std::string describe(const CliResult& r) {
  return "exit " + std::to_string(r.exitCode) + " signal " + std::to_string(r.signal) +
         "\n--- stdout ---\n" + r.out + "--- stderr ---\n" + r.err;
}

// Expects exit code 2, a stderr starting "error:" that contains `needle`, and nothing on stdout.
inline void expectUserError(const CliResult& r, const std::string& needle) {
  EXPECT_EQ(r.exitCode, 2) << describe(r);
  EXPECT_EQ(r.err.rfind("error: ", 0), 0u) << describe(r);
  EXPECT_NE(r.err.find(needle), std::string::npos) << "wanted '" << needle << "'\n" << describe(r);
}

}  // namespace lstmviz::cli::testing
