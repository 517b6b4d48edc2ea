#include "ui/model/explorer_lstm.h"

namespace lstmviz::ui {

const char* explorerLstmModule(core::Architecture architecture) {
  switch (architecture) {
    case core::Architecture::kManyToOne:
    case core::Architecture::kManyToMany:
      return "lstm";
    case core::Architecture::kOneToMany:
      return "decoder";
    case core::Architecture::kSeq2Seq:
    case core::Architecture::kAutoencoder:
      return "encoder";
  }
  return "lstm";
}

}  // namespace lstmviz::ui
