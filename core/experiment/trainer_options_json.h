#pragma once
// TrainerOptions as JSON: the one writer of the training settings, used by experimentToJson (its
// "training" section) and by the trainer's run directory (config.json). Core-internal: it
// exposes nlohmann's ordered_json, so only core .cpp files include it.
#include <nlohmann/json.hpp>

#include "core/train/trainer_options.h"

namespace lstmviz::core {

// Every setting experimentFromJson reads back from a "training" section, in its documented
// order: loss, optimizer, lr, momentum, nesterov, weight_decay (null when unset), epochs,
// batch_size, shuffle, drop_last, seed, clip_grad_norm, clip_grad_value, plateau (null or its
// eight fields), early_stopping (null or patience, min_delta), restore_best_weights,
// huber_delta, teacher_forcing.
nlohmann::ordered_json trainerOptionsJson(const TrainerOptions& options);

}  // namespace lstmviz::core
