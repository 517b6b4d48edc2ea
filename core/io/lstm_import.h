#pragma once
// LstmImport: a learner's own PyTorch checkpoint as the nn.LSTM it computes. Three kinds of
// module are recognised in a safetensors state_dict, each under any prefix (the part of the key
// before the parameter name, "" or ending in '.'), found by its keys:
//   kLstm        nn.LSTM: "<p>weight_ih_l0", ... (state_dict.h checks it as torch does)
//   kLstmCell    nn.LSTMCell: "<p>weight_ih" [4H, H_in], "<p>weight_hh" [4H, H],
//                "<p>bias_ih" [4H], "<p>bias_hh" [4H] (biases absent when bias=False)
//   kLinearCell  a hand-written cell of two nn.Linear layers, as in the learners' note 003:
//                gates = x2h(x) + h2h(h); i, f, g, o = gates.chunk(4, 1)
//                "<p>x2h.weight" [4H, H_in], "<p>x2h.bias" [4H], "<p>h2h.weight" [4H, H],
//                "<p>h2h.bias" [4H]
// A cell run over time from the zero state, (h, c) = cell(x_t, (h, c)) for t = 0..L-1, is the
// one-layer nn.LSTM(H_in, H) with weight_ih_l0 = W_ih, weight_hh_l0 = W_hh, bias_ih_l0 = b_ih,
// bias_hh_l0 = b_hh (same gate order i, f, g, o; same sum of the two biases), so a cell is
// imported as that nn.LSTM; `mapping` lists which key became which parameter.
//
// A Linear head stored beside the LSTM — "<q>weight" [O, W] and "<q>bias" [O] where the last
// part of q is one of kHeadNames (fc, linear, head, out, output, dense, classifier, regressor,
// decoder, predictor) — is loaded when it is the only one and its input width W fits the
// LSTM's output: D·H_out (output[:, -1], output.mean(1), every step) or H_out (h_n[-1]).
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/io/safetensors.h"
#include "core/nn/linear.h"
#include "core/nn/lstm.h"

namespace lstmviz::core {

enum class ImportedModuleKind { kLstm, kLstmCell, kLinearCell };

// "nn.LSTM", "nn.LSTMCell", "x2h/h2h cell".
const char* importedModuleKindName(ImportedModuleKind kind);

struct ImportCandidate {
  std::string prefix;  // "" or ending in '.'
  ImportedModuleKind kind;
};

// Every LSTM-like module in `file`, in file order of its first key. Names that are the inputs
// lstmviz.save writes beside a bare module (input, lengths, h_0, c_0) are never parameters.
std::vector<ImportCandidate> findLstmModules(const SafetensorsFile& file);

template <typename T>
struct LstmImport {
  ImportedModuleKind kind = ImportedModuleKind::kLstm;
  std::string prefix;
  Lstm<T> lstm;  // batch_first as asked, dropout 0
  // (key in the file, nn.LSTM parameter name it became), one per parameter, in torch's order.
  std::vector<std::pair<std::string, std::string>> mapping;
  std::optional<Linear<T>> head;
  std::string headPrefix;  // "fc." when head is set
  // Why a Linear found beside the LSTM was not loaded (shape does not fit, several), or "".
  std::string headNote;

  explicit LstmImport(Lstm<T> l) : lstm(std::move(l)) {}
};

// Imports the module under `prefix` (normalized as normalizeLstmPrefix; nullopt: the only
// module findLstmModules finds). Throws FileError naming the file when there is none ("expected
// an nn.LSTM or nn.LSTMCell state_dict", listing the keys), when there are several and no prefix
// (listing each prefix and kind: "pass --prefix"), or when a key is missing, unexpected or
// mis-shaped (torch's load_state_dict wording for the module's own names).
template <typename T>
LstmImport<T> importLstm(const SafetensorsFile& file, bool batchFirst,
                         const std::optional<std::string>& prefix = std::nullopt);

extern template struct LstmImport<float>;
extern template struct LstmImport<double>;
extern template LstmImport<float> importLstm<float>(const SafetensorsFile&, bool,
                                                    const std::optional<std::string>&);
extern template LstmImport<double> importLstm<double>(const SafetensorsFile&, bool,
                                                      const std::optional<std::string>&);

}  // namespace lstmviz::core
