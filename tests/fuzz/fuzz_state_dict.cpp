// libFuzzer: a safetensors file that parses is either loaded as an nn.LSTM state_dict (and can
// run a forward pass) or refused with a message; never a crash or a huge allocation.
#include <cstdint>
#include <vector>

#include "core/common/error.h"
#include "core/io/safetensors.h"
#include "core/io/state_dict.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lstmviz::core;
  try {
    SafetensorsFile file = SafetensorsFile::parse(std::vector<uint8_t>(data, data + size), "fuzz");
    Lstm<float> lstm = loadLstmStateDict<float>(file, false);
    const LstmConfig& c = lstm.config();
    if (c.inputSize * c.hiddenSize * c.numLayers > (int64_t{1} << 16)) return 0;
    Tensor<float> x({2, 1, c.inputSize}, 0.5f);
    LstmTrace<float> trace;
    (void)lstm.forward(x, trace);
  } catch (const Error&) {
  }
  return 0;
}
