#include "ui/app/trace_csv_export.h"

#include <QSaveFile>
#include <QTextStream>
#include <algorithm>

#include "core/nn/trace_export.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

bool writeTraceCsv(const ExplorerSnapshot& snapshot, const QString& path, QString* error) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
    if (error) *error = QObject::tr("%1: cannot write: %2").arg(path, file.errorString());
    return false;
  }
  QTextStream out(&file);
  // The values are core's trace export's (what `lstmviz-cli forward --trace` writes): per
  // (layer, direction) and quantity an (N, L, width) tensor — (L, width) for unbatched input.
  const core::LstmTrace<float>& trace = snapshot.trace;
  const core::LstmConfig& l = trace.config;
  const int64_t h = l.hiddenSize, hOut = l.outputSize(), units = std::max(h, hOut);
  const auto number = [](float v) { return QString::number(v, 'g', 9); };
  out << "layer,direction,sample,t,active,unit";
  for (core::TraceQuantity q : core::kTraceQuantities) out << ',' << core::traceQuantityName(q);
  out << '\n';
  for (int64_t layer = 0; layer < l.numLayers; ++layer)
    for (int64_t dir = 0; dir < l.numDirections(); ++dir) {
      std::vector<core::Tensor<float>> quantities;
      for (core::TraceQuantity q : core::kTraceQuantities)
        quantities.push_back(core::traceQuantity(trace, layer, dir, q));
      for (int64_t n = 0; n < trace.batch; ++n)
        for (int64_t t = 0; t < trace.steps; ++t)
          for (int64_t j = 0; j < units; ++j) {
            out << layer << ',' << (dir == 0 ? "forward" : "reverse") << ',' << n << ',' << t << ','
                << (trace.isActive(t, n) ? 1 : 0) << ',' << j;
            for (const core::Tensor<float>& q : quantities) {
              out << ',';
              const int64_t width = q.shape.back();
              if (j < width) out << number(trace.unbatched ? q.at({t, j}) : q.at({n, t, j}));
            }
            out << '\n';
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
