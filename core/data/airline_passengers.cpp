#include "core/data/airline_passengers.h"

#include "core/data/csv_reader.h"

#ifndef LSTMVIZ_RESOURCE_DIR
#error "LSTMVIZ_RESOURCE_DIR must be defined (core/CMakeLists.txt sets it)"
#endif

namespace lstmviz::core {

std::string airlinePassengersPath() {
  return std::string(LSTMVIZ_RESOURCE_DIR) + "/airline-passengers.csv";
}

Series loadAirlinePassengers(const std::string& path) {
  CsvOptions options;
  options.header = HeaderMode::kPresent;
  options.columns = {ColumnRef::byName("Passengers")};
  return CsvReader(options).readFile(path.empty() ? airlinePassengersPath() : path).series;
}

}  // namespace lstmviz::core
