// libFuzzer: any bytes given to SafetensorsFile::parse are accepted or refused with FileError,
// never a crash, leak or out-of-bounds read; accepted files convert every tensor cleanly.
#include <cstdint>
#include <vector>

#include "core/common/error.h"
#include "core/io/safetensors.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lstmviz::core;
  try {
    SafetensorsFile file = SafetensorsFile::parse(std::vector<uint8_t>(data, data + size), "fuzz");
    for (const SafetensorsEntry& e : file.entries()) {
      if (numel(e.shape) > (int64_t{1} << 20)) continue;  // parse validated it; skip huge copies
      if (e.dtype == DType::kI64 || e.dtype == DType::kI32)
        (void)file.getInt64(e.name);
      else
        (void)file.getFloat(e.name);
    }
  } catch (const Error&) {
  }
  return 0;
}
