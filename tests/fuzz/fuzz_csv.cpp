// libFuzzer: any text given to CsvReader::parse is read or refused with an Error naming the line
// and column — never a crash, hang or silent zero. The first byte picks the missing-value policy.
#include <cstdint>
#include <string_view>

#include "core/common/error.h"
#include "core/data/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lstmviz::core;
  if (size == 0) return 0;
  CsvOptions options;
  options.missing = static_cast<MissingValuePolicy>(data[0] % 4);
  try {
    CsvReader reader(options);
    (void)reader.parse(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1),
                       "fuzz.csv");
  } catch (const Error&) {
  }
  return 0;
}
