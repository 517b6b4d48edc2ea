#pragma once
// lstmviz-cli entry point, separate from main() so tests can call it in-process.
// Returns the process exit code: 0 success, 2 bad input (message starting "error:" on stderr).
namespace lstmviz::cli {
int runCli(int argc, char** argv);
}
