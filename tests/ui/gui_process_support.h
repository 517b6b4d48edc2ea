#pragma once
// Runs the lstmviz GUI (LSTMVIZ_GUI_PATH) as a separate process on the offscreen platform, for
// tests of its command line (--screenshot, --preset, --edit …).
#include <QByteArray>
#include <QStringList>

namespace lstmviz::test {

struct GuiRun {
  int exitCode = -1;  // -1: crashed or did not finish within the time limit
  QByteArray err;     // what it wrote to stderr
};

GuiRun runGui(const QStringList& arguments, int timeoutMs = 300000);

}  // namespace lstmviz::test
