#include "app/cli/cli.h"

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "app/cli/forward_command.h"
#include "app/cli/shapes_command.h"
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
  CLI::App* shapesCommand = addShapesCommand(app, shapes);
  CLI::App* forwardCommand = addForwardCommand(app, forward);

  // CLI11 reports a missing subcommand before an unknown word; name the word and the choices.
  if (argc < 2) return fail("a command is required: shapes or forward (see --help)");
  const std::string first = argv[1];
  if (first.rfind("-", 0) != 0 && first != shapesCommand->get_name() &&
      first != forwardCommand->get_name())
    return fail("unknown command '" + first + "'; expected shapes or forward (see --help)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(e);
    return fail(std::string(e.what()) + "\nRun with --help for more information.");
  }

  try {
    if (shapesCommand->parsed()) runShapes(shapes, std::cout);
    if (forwardCommand->parsed()) runForward(forward);
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
