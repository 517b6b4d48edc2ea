#pragma once
// LstmModules: what every model here is made of — one or two named nn.LSTMs and an nn.Linear
// named `head` — with their gradient buffers, initialisation and state_dict entries, as a torch
// module registers `self.<name> = nn.LSTM(...)` for each LSTM, then `self.head = nn.Linear(...)`:
//   SequenceModel    lstm, head          OneToManyModel    decoder, head
//   Seq2SeqModel     encoder, decoder, head
//   AutoencoderModel encoder, decoder, head
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/nn/linear.h"
#include "core/nn/lstm.h"
#include "core/nn/model.h"

namespace lstmviz::core {

template <typename T>
class LstmModules {
 public:
  struct NamedLstm {
    std::string name;  // the attribute name: the state_dict prefix
    LstmConfig config;
  };

  // Builds the LSTMs in order, then head = Linear(headIn, headOut) — the LSTMs first, so that an
  // impossible size is refused by the LSTM's own checks before the head allocates for it. Every
  // parameter starts at zero. Throws ShapeError for an invalid LSTM config or a head size ≤ 0.
  LstmModules(const std::vector<NamedLstm>& lstms, int64_t headIn, int64_t headOut) {
    for (const NamedLstm& named : lstms) {
      names_.push_back(named.name);
      lstms_.push_back(std::make_unique<Lstm<T>>(named.config));
      grads_.emplace_back(lstms_.back()->parameters().size(), T(0));
    }
    head_ = std::make_unique<Linear<T>>(headIn, headOut);
  }
  LstmModules(const LstmModules&) = delete;  // parameters() hands out raw pointers
  LstmModules& operator=(const LstmModules&) = delete;

  Lstm<T>& lstm(size_t i) { return *lstms_.at(i); }
  // dL/d(lstm(i).parameters()), same layout.
  std::vector<T>& lstmGradients(size_t i) { return grads_.at(i); }
  Linear<T>& head() { return *head_; }

  // torch's default init for each module: LSTM i from seed + i, the head from
  // seed ^ kHeadSeedMix, so no two share a random stream.
  void resetParameters(uint64_t seed) {
    for (size_t i = 0; i < lstms_.size(); ++i) lstms_[i]->resetParameters(seed + i);
    head_->resetParameters(seed ^ kHeadSeedMix);
  }

  // state_dict order: "<name>.<torch name>" (weight_ih_l0, …) for each LSTM in order, then
  // "head.weight", "head.bias". Pointers stay valid for the modules' lifetime.
  std::vector<ParameterRef<T>> parameters() {
    std::vector<ParameterRef<T>> refs;
    for (size_t i = 0; i < lstms_.size(); ++i)
      for (const LstmParamSpec& spec : lstms_[i]->specs())
        refs.push_back({names_[i] + "." + spec.name, spec.shape,
                        lstms_[i]->parameters().data() + spec.offset,
                        grads_[i].data() + spec.offset});
    head_->appendParameters("head", refs);
    return refs;
  }

 private:
  std::vector<std::string> names_;
  std::vector<std::unique_ptr<Lstm<T>>> lstms_;
  std::vector<std::vector<T>> grads_;
  std::unique_ptr<Linear<T>> head_;
};

}  // namespace lstmviz::core
