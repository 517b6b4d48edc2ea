#include "ui/app/trace_csv_export.h"

#include <QSaveFile>
#include <QTextStream>
#include <algorithm>

#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

bool writeTraceCsv(const ExplorerSnapshot& snapshot, const QString& path, QString* error) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
    if (error) *error = QObject::tr("%1: cannot write: %2").arg(path, file.errorString());
    return false;
  }
  QTextStream out(&file);
  const core::LstmTrace<float>& trace = snapshot.trace;
  const core::LstmConfig& l = trace.config;
  const int64_t h = l.hiddenSize, hOut = l.outputSize(), units = std::max(h, hOut);
  const auto number = [](float v) { return QString::number(v, 'g', 9); };
  out << "layer,direction,sample,t,active,unit,i,f,g,o,c,h\n";
  for (int64_t layer = 0; layer < l.numLayers; ++layer)
    for (int64_t dir = 0; dir < l.numDirections(); ++dir) {
      const core::DirectionTrace<float>& d = trace.at(layer, dir);
      for (int64_t n = 0; n < trace.batch; ++n)
        for (int64_t t = 0; t < trace.steps; ++t) {
          const int64_t col = d.column(t, n), stateCol = d.stateColumn(t, n);
          for (int64_t j = 0; j < units; ++j) {
            out << layer << ',' << (dir == 0 ? "forward" : "reverse") << ',' << n << ',' << t << ','
                << (trace.isActive(t, n) ? 1 : 0) << ',' << j;
            if (j < h) {
              for (int gate = 0; gate < 4; ++gate) out << ',' << number(d.gates(gate * h + j, col));
              out << ',' << number(d.cell(j, stateCol));
            } else {
              out << ",,,,,";
            }
            out << ',';
            if (j < hOut) out << number(d.hidden(j, stateCol));
            out << '\n';
          }
        }
    }
  out.flush();
  if (!file.commit()) {
    if (error) *error = QObject::tr("%1: cannot write: %2").arg(path, file.errorString());
    return false;
  }
  return true;
}

}  // namespace lstmviz::ui
