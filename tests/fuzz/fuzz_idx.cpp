// libFuzzer: any bytes given to IdxReader::parse are read or refused with FileError naming the
// byte offset — never a crash or an allocation the dimensions merely claim.
#include <cstdint>
#include <span>

#include "core/common/error.h"
#include "core/data/idx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lstmviz::core;
  try {
    (void)IdxReader::parse(std::span<const uint8_t>(data, size), "fuzz.idx");
  } catch (const Error&) {
  }
  return 0;
}
