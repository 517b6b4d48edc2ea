#pragma once
// The LSTM's four gates in torch's order. weight_ih_l{k}, weight_hh_l{k} and the two biases hold
// them as four blocks of H rows — what `W.chunk(4)` cuts them into:
//   rows [0, H) i (input gate), [H, 2H) f (forget gate), [2H, 3H) g (cell candidate),
//   [3H, 4H) o (output gate).
// The one place the letters and the row blocks are written down; trace, histograms and the views
// read them from here.
#include <cstdint>

namespace lstmviz::core {

inline constexpr int kGateCount = 4;

// "i", "f", "g", "o": gate k's letter (k in [0, 4)).
inline constexpr const char* kGateLetters[kGateCount] = {"i", "f", "g", "o"};

// The rows [begin, end) of gate k in a (4H, ·) weight or a 4H bias.
struct GateRows {
  int64_t begin;
  int64_t end;
};
inline constexpr GateRows gateRows(int gate, int64_t hiddenSize) {
  return {gate * hiddenSize, (gate + 1) * hiddenSize};
}

// A gate as a type (a what-if clamp names one); its value is the block index above.
enum class LstmGate : int { kInput = 0, kForget = 1, kCell = 2, kOutput = 3 };

// 'i', 'f', 'g', 'o'.
inline constexpr char gateLetter(LstmGate gate) {
  return kGateLetters[static_cast<int>(gate) & 3][0];
}

// The block index of the gate with this letter, or -1 for any other character.
inline constexpr int gateIndex(char letter) {
  for (int k = 0; k < kGateCount; ++k)
    if (kGateLetters[k][0] == letter) return k;
  return -1;
}

}  // namespace lstmviz::core
