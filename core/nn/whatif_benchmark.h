#pragma once
// In-process timing of the what-if lab and the Memory view's computations (issue 16's budgets:
// an edit recomputed within one frame, 16 ms; one sample's connectivity within 100 ms), at the
// sizes of an LstmBenchmarkSpec (the issue's: H = 64, L = 100, N = 8). Medians after a warm-up.
#include "core/nn/lstm_benchmark.h"

namespace lstmviz::core {

struct WhatIfBenchmarkResult {
  double editForwardMs = 0;          // forwardWithEdits (a weight edit, an input edit, a clamp):
                                     // every trace quantity the views draw, recorded
  double editForwardBackwardMs = 0;  // the same plus backward (the gradient views)
  double plainForwardMs = 0;         // the unedited recorded forward, for comparison
  double sampleJacobianMs = 0;       // lstmSampleJacobian (reverse mode) of one sample
  double connectivityMs = 0;         // lstmSampleJacobianForward + connectivity() of one sample:
                                     // the Memory view's matrix
  int threads = 1;
};

// Throws ShapeError for an invalid spec.
WhatIfBenchmarkResult benchmarkWhatIf(const LstmBenchmarkSpec& spec);

}  // namespace lstmviz::core
