#pragma once
// The airline-passengers series (Box & Jenkins, "Time Series Analysis", series G): monthly
// international airline passengers in thousands, January 1949 – December 1960, T = 144, from 112
// to 432 — a trend with growing yearly seasonality. Shipped as resources/airline-passengers.csv
// (header Month,Passengers) and read with CsvReader.
#include <string>

#include "core/data/series.h"

namespace lstmviz::core {

// LSTMVIZ_RESOURCE_DIR "/airline-passengers.csv".
std::string airlinePassengersPath();

// Returns the series with one column "Passengers" (T = 144 for the shipped file). path overrides
// the shipped file (same header). Throws FileError as CsvReader does.
Series loadAirlinePassengers(const std::string& path = "");

}  // namespace lstmviz::core
