#!/usr/bin/env bash
# Regenerates the README's screenshots with the program itself (offscreen), one per view.
# Usage: docs/screenshots/make_screenshots.sh [build-dir]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/../.."
gui=${1:-build}/bin/lstmviz
export QT_QPA_PLATFORM=offscreen OMP_NUM_THREADS=1
for view in shapes stepper outputs architectures packing memory; do
  "$gui" --screenshot "docs/screenshots/$view.png" --view "$view" --size 1400x900
done
for view in training histograms gradients; do
  "$gui" --screenshot "docs/screenshots/$view.png" --view "$view" --size 1400x900 --train-epochs 8
done
# What the presets' models produce after a few epochs (Architectures ▸ Load preset, then train).
"$gui" --preset seq2seq --screenshot docs/screenshots/training_seq2seq.png --view training \
  --size 1400x900 --train-epochs 5
"$gui" --preset autoencoder --screenshot docs/screenshots/training_autoencoder.png \
  --view training --size 1400x900 --train-epochs 5
"$gui" --lang ko --preset autoencoder --screenshot docs/screenshots/training_autoencoder_ko.png \
  --view training --size 1400x900 --train-epochs 5
"$gui" --lang ja --preset one_to_many --screenshot docs/screenshots/training_one_to_many_ja.png \
  --view training --size 1400x900 --train-epochs 5
# The same program in Korean and Japanese, and a lesson with its highlight.
"$gui" --lang ko --screenshot docs/screenshots/stepper_ko.png --view stepper --size 1400x900
"$gui" --lang ja --screenshot docs/screenshots/outputs_ja.png --view outputs --size 1400x900
"$gui" --lesson flatten-keeps-every-step --screenshot docs/screenshots/lesson.png --size 1400x900
# What-if (issue 16): a forget-gate clamp and a weight edit, the Stepper's difference heat maps and
# old → new equations, and the Outputs view's grey ghosts.
for lang in en ko ja; do
  suffix=$([ "$lang" = en ] && echo "" || echo "_$lang")
  "$gui" --lang "$lang" --config docs/screenshots/whatif_example.json \
    --screenshot "docs/screenshots/whatif_stepper$suffix.png" --view stepper --size 1400x900
done
"$gui" --lang en --config docs/screenshots/whatif_example.json \
  --screenshot docs/screenshots/whatif_outputs.png --view outputs --size 1400x900

# The Memory view on the copy task (memory_copy.json) in three languages, and the clamp lesson.
for lang in en ko ja; do
  suffix=$([ "$lang" = en ] && echo "" || echo "_$lang")
  "$gui" --lang "$lang" --config docs/screenshots/memory_copy.json --view memory \
    --screenshot "docs/screenshots/memory_copy$suffix.png" --size 1400x900
  "$gui" --lang "$lang" --lesson clamp-forget-keeps-cell-state \
    --screenshot "docs/screenshots/lesson_clamp$suffix.png" --size 1400x900
done

# What-if (issue 16): f of unit 3 clamped to 1 from step 2 and one input value raised, the
# original as a ghost; in the three languages.
for lang in en ko ja; do
  suffix=$([ "$lang" = en ] && echo "" || echo "_$lang")
  "$gui" --lang "$lang" --screenshot "docs/screenshots/whatif$suffix.png" --view stepper \
    --size 1400x900 --clamp "f@l0:u3:t2-=1" --edit "x[0,5,0]=2.5"
done
