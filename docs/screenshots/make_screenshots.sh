#!/usr/bin/env bash
# Regenerates the README's screenshots with the program itself (offscreen), one per view.
# Usage: docs/screenshots/make_screenshots.sh [build-dir]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/../.."
gui=${1:-build}/bin/lstmviz
export QT_QPA_PLATFORM=offscreen OMP_NUM_THREADS=1
for view in shapes stepper outputs architectures packing; do
  "$gui" --screenshot "docs/screenshots/$view.png" --view "$view" --size 1400x900
done
for view in training histograms gradients; do
  "$gui" --screenshot "docs/screenshots/$view.png" --view "$view" --size 1400x900 --train-epochs 8
done
# The same program in Korean and Japanese, and a lesson with its highlight.
"$gui" --lang ko --screenshot docs/screenshots/stepper_ko.png --view stepper --size 1400x900
"$gui" --lang ja --screenshot docs/screenshots/outputs_ja.png --view outputs --size 1400x900
"$gui" --lesson flatten-keeps-every-step --screenshot docs/screenshots/lesson.png --size 1400x900
