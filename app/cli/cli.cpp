#include "app/cli/cli.h"

#include <iostream>

namespace lstmviz::cli {
// Placeholder until the subcommands land (issue 2).
int runCli(int, char**) {
  std::cerr << "error: no subcommands yet\n";
  return 2;
}
}  // namespace lstmviz::cli
