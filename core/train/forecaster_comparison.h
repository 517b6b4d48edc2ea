#pragma once
// Note 000's multi-step question answered with numbers: four ways to forecast the next K steps of
// a series, trained on the same windows with the same LSTM settings and scored on the same
// validation windows, step by step:
//   (a) many_to_one, K-wide head   SequenceModel head last with K·O outputs: y = the K steps
//                                  at once
//   (b) RepeatVector decoder       one_to_many: the window flattened to one vector, repeated
//                                  K times, read by a decoder LSTM, one Linear per step
//   (c) seq2seq                    encoder → autoregressive decoder, trained with teacher forcing
//                                  1 (always the true previous target) and 0 (free-running);
//                                  validated free-running either way
//   (d) one-step, rolled forward   many_to_one predicting the next step of every feature, applied
//                                  K times, each prediction appended to the window
// Slicing a many-to-many output (output[:, −K:]) is not among them: those are the predictions
// for the last K steps INSIDE the window, already seen — not the future.
// Every model is built by buildExperimentModel and trained by Trainer with config.training; the
// errors are in standardised units: stepError[k] = mean over validation windows and the O targets
// of (ŷ_{k} − y_{k})², so mean(stepError) is the model's validation MSE (the val_loss of the
// matching `lstmviz-cli train` run for (b) and (c)).
#include <cstdint>
#include <string>
#include <vector>

#include "core/train/experiment.h"

namespace lstmviz::core {

struct ForecasterResult {
  std::string name;         // "many_to_one_k_head", "repeat_vector", "seq2seq_teacher_forcing",
                            // "seq2seq_free_running", "one_step_rolled"
  std::string description;  // for people
  std::vector<double> stepError;  // K values
  double meanError = 0.0;         // mean of stepError: the validation MSE
};

struct ForecasterComparison {
  int64_t horizon = 0;
  std::string data;  // the data's description
  std::vector<ForecasterResult> results;
};

// Trains and scores the five models for config.dataset with config.seqLen, config.horizon (K),
// config.lstm and config.training (no run directory). Throws Error for a dataset that is not a
// series, a classification loss, or one whose targets are not all of its inputs (the rolled
// one-step model must predict every feature it reads back), and when a training run fails.
ForecasterComparison compareForecasters(const ExperimentConfig& config);

}  // namespace lstmviz::core
