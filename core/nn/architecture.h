#pragma once
// Architecture: which of the five LSTM models an experiment trains. Each is a core/nn model
// whose header writes the torch module it equals:
//   kManyToOne   SequenceModel, head last | hn | flatten | mean   x (N, L, F) → y (N, O)
//   kManyToMany  SequenceModel, head seq                          x (N, L, F) → y (N, L, O)
//   kOneToMany   OneToManyModel (RepeatVector(K) → LSTM → Linear) x (N, F)    → y (N, K, O)
//   kSeq2Seq     Seq2SeqModel (encoder → autoregressive decoder)  x (N, L, F) → y (N, K, O)
//   kAutoencoder AutoencoderModel (encoder → RepeatVector(L) → decoder → Linear)
//                                                                 x (N, L, F) → x̂ (N, L, F)
#include <string>

#include "core/common/error.h"

namespace lstmviz::core {

enum class Architecture { kManyToOne, kManyToMany, kOneToMany, kSeq2Seq, kAutoencoder };

// "many_to_one", "many_to_many", "one_to_many", "seq2seq", "autoencoder".
inline const char* architectureName(Architecture architecture) {
  switch (architecture) {
    case Architecture::kManyToOne:
      return "many_to_one";
    case Architecture::kManyToMany:
      return "many_to_many";
    case Architecture::kOneToMany:
      return "one_to_many";
    case Architecture::kSeq2Seq:
      return "seq2seq";
    case Architecture::kAutoencoder:
      return "autoencoder";
  }
  return "?";
}

// Inverse of architectureName. Throws Error naming the accepted values.
inline Architecture parseArchitecture(const std::string& name) {
  for (Architecture a :
       {Architecture::kManyToOne, Architecture::kManyToMany, Architecture::kOneToMany,
        Architecture::kSeq2Seq, Architecture::kAutoencoder})
    if (name == architectureName(a)) return a;
  throw Error("unknown architecture '" + name +
              "'; expected one of many_to_one, many_to_many, one_to_many, seq2seq, autoencoder");
}

// The LSTM + Linear head architectures (SequenceModel), whose head decides many-to-one or
// many-to-many.
inline bool isHeadArchitecture(Architecture architecture) {
  return architecture == Architecture::kManyToOne || architecture == Architecture::kManyToMany;
}

}  // namespace lstmviz::core
