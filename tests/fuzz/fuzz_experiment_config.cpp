// libFuzzer: any text given to experimentFromJson is read or refused with an Error naming the key
// path or the line and column — never a crash, hang or other exception. A config that is read
// must write back (experimentToJson) to JSON that reads to the same config and the same text.
#include <cstdint>
#include <string>

#include "core/common/error.h"
#include "core/train/experiment.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lstmviz::core;
  ExperimentConfig config;
  try {
    config = experimentFromJson(std::string(reinterpret_cast<const char*>(data), size));
  } catch (const Error&) {
    return 0;
  }
  // Outside the try: a round trip that throws or differs is a finding.
  const std::string json = experimentToJson(config);
  const ExperimentConfig back = experimentFromJson(json);
  if (!(back == config) || experimentToJson(back) != json) __builtin_trap();
  return 0;
}
