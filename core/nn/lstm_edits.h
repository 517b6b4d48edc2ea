#pragma once
// LstmEdits: the what-if lab's interventions on one nn.LSTM run, Qt-free, shared by the GUI and
// `lstmviz-cli forward --edit/--clamp/--knockout`. Four kinds, applied in this order:
//   1. value edits of a parameter element   weight_hh_l0[5,3]=0.25, bias_ih_l1_reverse[7]=0
//   2. value edits of the input or state     x[0,2,1]=1.5, h0[0,0,3]=0.1, c0[1,0,2]=-1
//      (indices in the tensor's own shape, as torch indexes it: x is (L, N, H_in), (N, L, H_in)
//      with batch_first, or (L, H_in); h0 (D·layers, N, H_out), c0 (D·layers, N, H); negative
//      indices count from the end as in Python)
//   3. gate clamps (gate_clamp.h)            f@l0:u3:t2-7=1.0 — f of unit 3, steps 2..7, = 1
//   4. unit knock-outs                       l0:u5 — the clamp o = 0 of unit 5 at every step
// Value edits apply in list order (a later edit of the same element wins). The result of an
// edited run equals torch's code from torchCodeForEdits (lstm_torch_code.h) to float rounding.
//
// Text syntax (parse* / format* round-trip; spaces are ignored):
//   value edit  NAME[i,j,...]=VALUE   NAME: x | input | h0 | h_0 | c0 | c_0 | a parameter name
//   clamp       G@lK[_reverse]:uU[:tA-B | :tA | :tA-][:nS]=VALUE   G in i f g o; steps A..B
//               inclusive (tA- = A to the end, no :t = every step), :nS = only sample S (default
//               every sample)
//   knock-out   lK[_reverse]:uU[:nS]
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/common/error.h"
#include "core/common/tensor.h"
#include "core/nn/gate_clamp.h"
#include "core/nn/lstm.h"

namespace lstmviz::core {

// An edit that does not parse or does not fit the model (torch's IndexError wording for indices:
// "index 9 is out of bounds for dimension 1 with size 5").
class EditError : public Error {
 public:
  using Error::Error;
};

enum class EditTarget { kParameter, kInput, kH0, kC0 };

struct ValueEdit {
  EditTarget target = EditTarget::kInput;
  std::string parameter;       // torch's state_dict name when target is kParameter
  std::vector<int64_t> index;  // one per dimension of the tensor; negative = from the end
  double value = 0.0;
};

struct UnitKnockout {
  int64_t layer = 0;
  int64_t direction = 0;  // 0 forward, 1 reverse
  int64_t unit = 0;       // cell unit in [0, H)
  int64_t sample = GateClamp::kAllSamples;
  // The equivalent clamp: o = 0 at every step, so m_t[unit] = o·tanh(c) = 0 (h_t[unit] = 0
  // without projection).
  GateClamp asClamp() const;
};

struct LstmEdits {
  std::vector<ValueEdit> values;  // applied in order
  std::vector<GateClamp> clamps;
  std::vector<UnitKnockout> knockouts;

  bool empty() const { return values.empty() && clamps.empty() && knockouts.empty(); }
  bool editsParameters() const;
  bool editsInputs() const;  // input, h0 or c0
  bool editsGates() const { return !clamps.empty() || !knockouts.empty(); }
  // clamps followed by the knock-outs as clamps: what TraceOptions::clamps needs.
  std::vector<GateClamp> gateClamps() const;
};

// Parsing. Each throws EditError "cannot read <kind> '<text>': <what was expected>".
ValueEdit parseValueEdit(std::string_view text);
GateClamp parseGateClamp(std::string_view text);
UnitKnockout parseKnockout(std::string_view text);
// The canonical text of each (parse(format(e)) == e).
std::string formatValueEdit(const ValueEdit& edit);
std::string formatGateClamp(const GateClamp& clamp);
std::string formatKnockout(const UnitKnockout& knockout);
// A list of edit texts of any kind, as a configuration's "whatif" array holds them: a text with
// '@' is a clamp, else one with '=' a value edit, else a knock-out. formatEditList writes the
// values, then the clamps, then the knock-outs, each in its canonical text, so
// parseEditList(formatEditList(e)) == e.
LstmEdits parseEditList(const std::vector<std::string>& texts);
std::vector<std::string> formatEditList(const LstmEdits& edits);
// The shape of the input tensor Lstm::forward takes for batch N and L steps: (L, H_in)
// unbatched, (N, L, H_in) batch_first, else (L, N, H_in) — what checkEdits needs.
Shape editInputShape(const LstmConfig& config, int64_t batch, int64_t steps, bool unbatched);
// "l0" / "l1_reverse" (gate letters: lstm_gates.h's gateLetter).
std::string layerDirectionText(int64_t layer, int64_t direction);

// Checks every edit against the model and the run's input shape (as given to Lstm::forward;
// batch N and steps L come from it) and whether an initial state is given (h0 / c0 edits create
// zero states otherwise). Throws EditError naming the edit's text: unknown parameter ("'LSTM'
// object has no attribute 'weight_xx'"), wrong index count ("too many indices for tensor of
// dimension 2"), an index out of range (torch's IndexError), a layer, direction, unit, step or
// sample that does not exist, or a value that is not finite.
void checkEdits(const LstmEdits& edits, const LstmConfig& config, const Shape& inputShape);

// Writes the parameter edits into lstm.parameters(). Requires: checkEdits passed.
template <typename T>
void applyParameterEdits(const LstmEdits& edits, Lstm<T>& lstm);

// Writes the input / h0 / c0 edits into input and initial; when an h0 or c0 edit is present and
// initial is empty, initial becomes zeros of torch's default shapes first. Requires: checkEdits
// passed.
template <typename T>
void applyInputEdits(const LstmEdits& edits, const LstmConfig& config, Tensor<T>& input,
                     std::optional<LstmState<T>>& initial);

// One edited forward pass: copies lstm's parameters into `edited` (a caller-owned scratch model of
// the same config, reused between calls: no allocation after the first), applies the edits to
// copies of the input and state, and runs forward with the gate clamps. `editedInput` and
// `editedInitial` receive what actually ran (for the views' "old → new"). Throws EditError (see
// checkEdits) and whatever Lstm::forward throws.
template <typename T>
LstmOutput<T> forwardWithEdits(const Lstm<T>& lstm, const LstmEdits& edits, const Tensor<T>& input,
                               const LstmState<std::type_identity_t<T>>* initial,
                               const std::vector<int64_t>* lengths, LstmTrace<T>& trace,
                               const TraceOptions& options, Lstm<T>& edited, Tensor<T>& editedInput,
                               std::optional<LstmState<T>>& editedInitial);

}  // namespace lstmviz::core
