#pragma once
// LessonEngine: the engine's real numbers, as the names a lesson's expressions read
// (LessonEnvironment). It computes one ExplorerSnapshot for the lesson's configuration and one per
// named variant (the same experiment with some keys changed, e.g. "nopack": {"lengths": []}), so
// a lesson compares two runs of the same nn.LSTM ("nopack.h_n" against "h_n").
//
// Names in every scope (torch's shapes for the configured layout; unbatched drops N):
//   input, output, h_n, c_n      the forward pass nn.LSTM(input) → output, (h_n, c_n)
//   padded_input                 input with zeros past each sample's length (a padded batch)
//   lengths                      the lengths given to pack_padded_sequence (or L for every sample)
//   N, L, H, H_in, H_out, D, num_layers, proj_size, bias   sizes and flags of the nn.LSTM
//   num_parameters               sum of numel over lstm.parameters()
//   weight_ih_l0, bias_hh_l1_reverse, …   every parameter under torch's name
// Functions:
//   lstm_output(x), lstm_h_n(x), lstm_c_n(x)   the same nn.LSTM run on x, without packing
//   cell_loop(x)        for t in range(L): h, c = nn.LSTMCell(H_in, H)(x_t, (h, c)) with layer 0's
//                       weights (an independent implementation, core::LstmCell); h per step in
//                       output's layout. Requires num_layers = 1, one direction, no projection.
//   layer_h(k)          layer k's h_t for every step (directions concatenated), output's layout:
//                       what layer k+1 reads; layer_h(num_layers - 1) is output
//   cell_state(k, d)    layer k, direction d's c_t for every step t (real time), output's layout
//                       with H units: what the Stepper draws as c_t
//   connectivity(n)     (L, L): ‖∂output[t] / ∂x[s]‖ of sample n, what the Memory view draws
//                       (with the configuration's "whatif" clamps, as the view)
//   forget_survival(k, d, n)   (H, L, L): ∏ f of layer k, direction d, sample n (memory_paths.h)
//   uniform(seed, d0, d1, …)   a fixed U(−1, 1) tensor (e.g. the weight of a Dense head)
//   linear_weight_grad(x, dy)  dL/dW of nn.Linear(in, out) applied to x (…, in) when
//                       dL/dy = dy (…, out), computed by core::Linear's backward (dY Xᵀ over
//                       all rows at once)
// Throws core::Error (torch's message) when the configuration or a variant is not a valid LSTM.
#include <map>
#include <memory>
#include <string>

#include "core/experiment/experiment_config.h"
#include "ui/lessons/lesson_expression.h"

namespace lstmviz::ui {

struct ExplorerSnapshot;

class LessonEngine : public LessonEnvironment {
 public:
  LessonEngine(const core::ExperimentConfig& config,
               const std::map<std::string, core::ExperimentConfig>& variants = {});
  // The same on a snapshot already computed (the window's: with its imported or trained weights
  // and example batch, so the lesson's numbers are the ones the views draw).
  LessonEngine(std::shared_ptr<const ExplorerSnapshot> snapshot,
               const std::map<std::string, core::ExperimentConfig>& variants);
  // The snapshot of the lesson's own configuration (scope "").
  std::shared_ptr<const ExplorerSnapshot> snapshot() const { return main_; }

  LessonValue evaluate(const std::string& expression) const {
    return evaluateLessonExpression(expression, *this);
  }

  bool isScope(const std::string& name) const override;
  std::optional<LessonValue> variable(const std::string& scope,
                                      const std::string& name) const override;
  std::optional<LessonValue> call(const std::string& scope, const std::string& name,
                                  const std::vector<LessonValue>& args) const override;
  std::vector<std::string> variableNames() const override;

 private:
  const ExplorerSnapshot& in(const std::string& scope) const;

  std::shared_ptr<const ExplorerSnapshot> main_;
  std::map<std::string, std::shared_ptr<const ExplorerSnapshot>> variants_;
};

}  // namespace lstmviz::ui
