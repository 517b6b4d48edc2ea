#pragma once
// What an edited run (issue 16) changed, in words, for the Outputs view and the Stepper's h_n rows:
//   "h_n[0] unchanged, h_n[1] changed by up to 0.31"   (each row over the whole batch)
//   "output: 40 of 120 elements changed, by up to 0.28; the first change is at step 2"
// Changed means "not equal as floats" between the edited run and snapshot.unedited(); sizes are
// the largest |edited − original|. Both return "" for a snapshot without edits.
#include <QString>

namespace lstmviz::ui {

struct ExplorerSnapshot;

QString describeStateRowChanges(const ExplorerSnapshot& snapshot);
QString describeOutputChange(const ExplorerSnapshot& snapshot);
// A change size for these sentences: 3 significant digits ("0.31", "2.4e−06").
QString formatChangeSize(double size);

}  // namespace lstmviz::ui
