#include "gui_process_support.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace lstmviz::test {

GuiRun runGui(const QStringList& arguments, int timeoutMs) {
  QProcess process;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  process.setProcessEnvironment(env);
  process.start(QStringLiteral(LSTMVIZ_GUI_PATH), arguments);
  if (!process.waitForFinished(timeoutMs)) {
    process.kill();
    process.waitForFinished();
    return {};
  }
  return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
          process.readAllStandardError()};
}

}  // namespace lstmviz::test
