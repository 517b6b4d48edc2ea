#pragma once
// HeadKind: which part of the LSTM's result a SequenceModel feeds to its Linear head — the
// learners' question "output[:, -1] or h_n[-1] or Flatten?" as one switch. With the LSTM's
// output (N, L, D·H_out) and h_n (D·layers, N, H_out):
//   kLast     output[:, -1, :]                       (N, D·H_out)  many-to-one
//   kHn       h_n[-1]: last layer, last direction    (N, H_out)    many-to-one
//   kFlatten  output.reshape(N, -1)                  (N, L·D·H_out) many-to-one, fixed L
//   kMean     output.mean(dim=1)                     (N, D·H_out)  many-to-one
//   kSeq      output, every step                     (N, L, D·H_out) many-to-many
#include <string>

#include "core/common/error.h"

namespace lstmviz::core {

enum class HeadKind { kLast, kHn, kFlatten, kMean, kSeq };

// "last", "hn", "flatten", "mean", "seq".
inline const char* headKindName(HeadKind kind) {
  switch (kind) {
    case HeadKind::kLast:
      return "last";
    case HeadKind::kHn:
      return "hn";
    case HeadKind::kFlatten:
      return "flatten";
    case HeadKind::kMean:
      return "mean";
    case HeadKind::kSeq:
      return "seq";
  }
  return "?";
}

// Inverse of headKindName. Throws Error naming the accepted values.
inline HeadKind parseHeadKind(const std::string& name) {
  for (HeadKind kind :
       {HeadKind::kLast, HeadKind::kHn, HeadKind::kFlatten, HeadKind::kMean, HeadKind::kSeq})
    if (name == headKindName(kind)) return kind;
  throw Error("unknown head '" + name + "'; expected one of last, hn, flatten, mean, seq");
}

}  // namespace lstmviz::core
