// lstmviz-cli: shapes, forward, train and bench on the same engine as the GUI.
#include "app/cli/cli.h"

int main(int argc, char** argv) { return lstmviz::cli::runCli(argc, argv); }
