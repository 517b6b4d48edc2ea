#pragma once
// nn.LSTM state_dicts in safetensors files: the configuration is inferred from the tensor names
// and shapes, then every tensor is checked the way torch's load_state_dict(strict=True) checks
// it, with torch's words ("Missing key(s) in state_dict", "Unexpected key(s) in state_dict",
// "size mismatch for weight_ih_l0: copying a param with shape ... from checkpoint, the shape in
// current model is ...").
//
// Keys are torch's names (lstm_config.h), bare ("weight_ih_l0") or under a prefix ending in '.'
// ("lstm.weight_ih_l0", as in the state_dict of a module holding the LSTM as `self.lstm`).
// Tensors outside the prefix are ignored; every tensor under it must be an LSTM parameter.
#include <optional>
#include <string>

#include "core/io/safetensors.h"
#include "core/nn/lstm.h"
#include "core/nn/lstm_config.h"

namespace lstmviz::core {

// The prefix of the one nn.LSTM in `file`: the part before "weight_ih_l0" of the key ending in it
// ("" for bare keys, "lstm." or "model.encoder."). Throws FileError when no key ends in
// "weight_ih_l0", or when several do (naming them: pass the wanted prefix explicitly).
std::string detectLstmPrefix(const SafetensorsFile& file);

// Returns `prefix` as a key prefix: "" stays "", "lstm" and "lstm." both give "lstm.".
std::string normalizeLstmPrefix(const std::string& prefix);

// Infers (input_size, hidden_size, num_layers, bidirectional, proj_size, bias) from the tensors
// under `prefix` (nullopt: detectLstmPrefix) and checks that they are exactly the parameters of
// that nn.LSTM: H_in and H from weight_ih_l0 [4H, H_in], num_layers from the highest layer index,
// bidirectional from any "_reverse" key, bias from any bias key, P from weight_hr_l0 [P, H].
// batch_first is not stored in a state_dict and comes from the caller; dropout is 0.
// Throws FileError naming the file and listing every missing, unexpected or mis-shaped tensor
// with its shape and the expected one, or the torch message of an invalid configuration.
LstmConfig inferLstmConfig(const SafetensorsFile& file, bool batchFirst,
                           const std::optional<std::string>& prefix = std::nullopt);

// An Lstm<T> with the inferred configuration and the file's values (any float dtype, converted;
// F16/BF16 exactly) copied into parameters() at lstmParameterSpecs' offsets. Throws as
// inferLstmConfig.
template <typename T>
Lstm<T> loadLstmStateDict(const SafetensorsFile& file, bool batchFirst,
                          const std::optional<std::string>& prefix = std::nullopt);

// Refuses weights that are not finite: throws FileError "<source>: <name> contains NaN|Inf at
// flat index i; …" for the first such parameter. torch's load_state_dict would take them, but
// every value shown from such an LSTM would be NaN, so the GUI and the CLI refuse them on import.
template <typename T>
void requireFiniteParameters(const Lstm<T>& lstm, const std::string& source);

// Adds every parameter of `lstm` to `writer` under prefix + torch name, in registration order:
// F32 for Lstm<float>, F64 for Lstm<double>. The prefix is normalized (normalizeLstmPrefix).
// Throws Error when a name is already in the writer.
void saveLstmStateDict(const Lstm<float>& lstm, SafetensorsWriter& writer,
                       const std::string& prefix = "");
void saveLstmStateDict(const Lstm<double>& lstm, SafetensorsWriter& writer,
                       const std::string& prefix = "");

extern template Lstm<float> loadLstmStateDict<float>(const SafetensorsFile&, bool,
                                                     const std::optional<std::string>&);
extern template Lstm<double> loadLstmStateDict<double>(const SafetensorsFile&, bool,
                                                       const std::optional<std::string>&);
extern template void requireFiniteParameters<float>(const Lstm<float>&, const std::string&);
extern template void requireFiniteParameters<double>(const Lstm<double>&, const std::string&);

}  // namespace lstmviz::core
