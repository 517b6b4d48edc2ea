// Regression (issue 17, finding 4): out of memory while training on two threads aborted ("double
// free or corruption", or std::terminate) at 6 of 21 memory limits just below the need, where one
// thread ended with the trainer's message. Two causes, both removed: Eigen 3.4's resize keeps a
// freed pointer when its allocation throws (core/nn/safe_resize.h), and Eigen's parallel
// products allocate inside their OpenMP region, where std::bad_alloc cannot leave (lstmviz now
// splits every large product itself: core/nn/matrix_product.h).
// The test finds the address space (RLIMIT_AS) a two-thread training run needs, then runs it at
// 32 limits in the 8 MiB below: every run must end by itself, with the weights or a message
// saying memory ran out — never by a signal.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>
#include <string>
#include <thread>
#include <vector>

#include "cli/cli_runner.h"
#include "core/io/safetensors.h"

namespace lstmviz::cli::testing {
namespace {

// Runs lstmviz-cli with `args` on two threads (OMP_NUM_THREADS=2) and at most `addressSpace`
// bytes of address space.
CliResult runCliWithAddressSpace(const std::vector<std::string>& args, const ScratchDir& scratch,
                                 rlim_t addressSpace) {
  const std::string outPath = scratch.file("stdout.txt"), errPath = scratch.file("stderr.txt");
  std::vector<std::string> argv{LSTMVIZ_CLI_PATH};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> cargv;
  for (std::string& a : argv) cargv.push_back(a.data());
  cargv.push_back(nullptr);
  CliResult result;
  const pid_t pid = ::fork();
  if (pid == 0) {  // the child: only async-signal-safe calls until exec
    const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int in = ::open("/dev/null", O_RDONLY);
    if (out < 0 || err < 0 || in < 0) ::_exit(127);
    ::dup2(in, 0);
    ::dup2(out, 1);
    ::dup2(err, 2);
    const rlimit limit{addressSpace, addressSpace};
    ::setrlimit(RLIMIT_AS, &limit);
    ::setenv("OMP_NUM_THREADS", "2", 1);
    ::execv(cargv[0], cargv.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (WIFEXITED(status)) result.exitCode = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  result.out = readText(outPath);
  result.err = readText(errPath);
  return result;
}

TEST(CliOutOfMemory, TrainingOnTwoThreadsEndsWithAMessageAtEveryLimitBelowTheNeed) {
#ifdef LSTMVIZ_SANITIZED
  GTEST_SKIP() << "AddressSanitizer reserves terabytes of address space: RLIMIT_AS cannot apply";
#endif
  if (std::thread::hardware_concurrency() < 2) GTEST_SKIP() << "needs two cores";
  ScratchDir scratch;
  core::SafetensorsWriter data;
  std::mt19937 rng(0);
  std::normal_distribution<float> normal;
  core::Tensor<float> x({256, 32, 64}), y({256, 1});
  for (float& v : x.data) v = normal(rng);
  for (float& v : y.data) v = normal(rng);
  data.add("x", x);
  data.add("y", y);
  data.write(scratch.file("data.safetensors"));
  std::vector<std::string> args{"train", "--data", scratch.file("data.safetensors"), "--out",
                                scratch.file("out.safetensors")};
  for (const char* flag : {"--hidden-size", "256", "--head", "last", "--loss", "mse", "--optimizer",
                           "sgd", "--lr", "0.01", "--epochs", "2", "--batch-size", "64"})
    args.push_back(flag);
  const auto succeeds = [&](rlim_t limit) {
    return runCliWithAddressSpace(args, scratch, limit).exitCode == 0;
  };

  // The need, to 256 KiB: the smallest limit at which the run succeeds.
  constexpr rlim_t kStep = 256 << 10;
  rlim_t fails = 16 << 20, works = rlim_t{1} << 30;
  ASSERT_TRUE(succeeds(works));
  while (works - fails > kStep) {
    const rlim_t middle = (fails + works) / 2 / kStep * kStep;
    (succeeds(middle) ? works : fails) = middle;
  }

  int outOfMemory = 0;
  for (rlim_t limit = works - kStep; limit + 32 * kStep >= works; limit -= kStep) {
    const CliResult r = runCliWithAddressSpace(args, scratch, limit);
    const std::string where = "at " + std::to_string(limit >> 10) + " KiB (need " +
                              std::to_string(works >> 10) + " KiB)\n" + describe(r);
    ASSERT_EQ(r.signal, 0) << where;
    if (r.exitCode != 0) {
      EXPECT_NE(r.err.find("out of memory"), std::string::npos) << where;
      ++outOfMemory;
    }
  }
  EXPECT_GT(outOfMemory, 0) << "no limit ran out of memory: the test did not test";
}

}  // namespace
}  // namespace lstmviz::cli::testing
