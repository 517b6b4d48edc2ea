#pragma once
// appendLstmParameters: the state_dict entries of one nn.LSTM inside a model — the part every
// model's parameters() shares.
#include <string>
#include <vector>

#include "core/nn/lstm.h"
#include "core/nn/model.h"

namespace lstmviz::core {

// Appends "<prefix>.<torch name>" (weight_ih_l0, …) for every tensor of lstm, in torch's order,
// viewing lstm.parameters() and grads (same layout; requires grads.size() ==
// lstm.parameters().size()).
template <typename T>
void appendLstmParameters(const std::string& prefix, Lstm<T>& lstm, std::vector<T>& grads,
                          std::vector<ParameterRef<T>>& out) {
  for (const LstmParamSpec& spec : lstm.specs())
    out.push_back({prefix + "." + spec.name, spec.shape, lstm.parameters().data() + spec.offset,
                   grads.data() + spec.offset});
}

}  // namespace lstmviz::core
