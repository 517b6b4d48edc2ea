#include "app/cli/cli.h"

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "app/cli/bench_command.h"
#include "app/cli/compare_command.h"
#include "app/cli/forward_command.h"
#include "app/cli/shapes_command.h"
#include "app/cli/train_command.h"
#include "core/common/error.h"

namespace lstmviz::cli {

namespace {

int fail(const std::string& message) {
  std::cerr << "error: " << message << "\n";
  return 2;
}

}  // namespace

int runCli(int argc, char** argv) {
  CLI::App app{"lstmviz-cli: an exact, inspectable torch.nn.LSTM on the command line"};
  app.require_subcommand(1, 1);
  ShapesOptions shapes;
  ForwardOptions forward;
  BenchOptions bench;
  TrainOptions train;
  CompareOptions compare;
  CLI::App* shapesCommand = addShapesCommand(app, shapes);
  CLI::App* forwardCommand = addForwardCommand(app, forward);
  CLI::App* benchCommand = addBenchCommand(app, bench);
  CLI::App* trainCommand = addTrainCommand(app, train);
  CLI::App* compareCommand = addCompareCommand(app, compare);

  // CLI11 reports a missing subcommand before an unknown word; name the word and the choices.
  std::string choices;
  bool known = false;
  const std::string first = argc >= 2 ? argv[1] : "";
  for (const CLI::App* command : app.get_subcommands({})) {
    choices += (choices.empty() ? "" : ", ") + command->get_name();
    known = known || first == command->get_name();
  }
  if (argc < 2) return fail("a command is required: " + choices + " (see --help)");
  if (first.rfind("-", 0) != 0 && !known)
    return fail("unknown command '" + first + "'; expected one of " + choices + " (see --help)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(e);
    return fail(std::string(e.what()) + "\nRun with --help for more information.");
  }

  try {
    if (shapesCommand->parsed()) runShapes(shapes, std::cout);
    if (forwardCommand->parsed()) runForward(forward);
    if (benchCommand->parsed()) runBench(bench, std::cout);
    if (trainCommand->parsed()) runTrain(train);
    if (compareCommand->parsed()) runCompare(compare, std::cout);
    std::cout.flush();
    if (!std::cout) return fail("could not write to standard output");
    return 0;
  } catch (const core::Error& e) {
    return fail(e.what());
  } catch (const std::bad_alloc&) {
    return fail("out of memory");
  } catch (const std::exception& e) {
    return fail(e.what());
  }
}

}  // namespace lstmviz::cli
