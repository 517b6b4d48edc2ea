#pragma once
// Which nn.LSTM of an experiment's model the explorer runs. The explorer draws one nn.LSTM; the
// models of core/nn hold one or two. Named as in the model's state_dict (the torch module in its
// header, core/nn/*_model.h):
//   many_to_one, many_to_many  "lstm"     the only LSTM, reading the window (N, L, F)
//   one_to_many                "decoder"  the only LSTM, reading the window vector (N, L·F)
//                                         repeated K times: (N, K, L·F)
//   seq2seq, autoencoder       "encoder"  reading the window (N, L, F); the decoder and the head
//                                         train with it but are not drawn by the explorer
// Its nn.LSTM arguments are config.lstm with input_size = the data's F (L·F for one_to_many), as
// core::buildExperimentModel builds it. Qt-free.
#include <string>

#include "core/nn/architecture.h"
#include "core/nn/head_kind.h"

namespace lstmviz::ui {

// "lstm", "decoder" or "encoder" (see above).
const char* explorerLstmModule(core::Architecture architecture);

// True iff the model has a second LSTM the explorer does not run (seq2seq, autoencoder).
inline bool explorerShowsPartOfTheModel(core::Architecture architecture) {
  return architecture == core::Architecture::kSeq2Seq ||
         architecture == core::Architecture::kAutoencoder;
}

// How the loss reads that LSTM, i.e. where its gradients enter (the Gradients view's caption):
// the head of the head architectures; kSeq for one_to_many's decoder (every step feeds the head);
// kHn for the encoder of seq2seq and the autoencoder (only its final state is read).
inline core::HeadKind explorerLstmReadout(core::Architecture architecture, core::HeadKind head) {
  if (core::isHeadArchitecture(architecture)) return head;
  return architecture == core::Architecture::kOneToMany ? core::HeadKind::kSeq
                                                        : core::HeadKind::kHn;
}

}  // namespace lstmviz::ui
