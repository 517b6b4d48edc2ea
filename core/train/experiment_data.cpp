// loadExperimentData: the built-in and CSV datasets of an experiment, split and scaled as
// documented in experiment.h.
#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/common/error.h"
#include "core/data/airline_passengers.h"
#include "core/data/chronological_split.h"
#include "core/data/csv_reader.h"
#include "core/data/dataset_registry.h"
#include "core/data/fashion_mnist.h"
#include "core/data/memory_tasks.h"
#include "core/data/synthetic_series.h"
#include "core/data/window_dataset.h"
#include "core/train/experiment.h"

namespace lstmviz::core {

namespace {

constexpr double kTrainFraction = 0.7;        // of the rows (series) or samples (generated)
constexpr double kValidationFraction = 0.15;  // the rest is the test part
constexpr int64_t kGeneratedSamples = 2000;   // adding and copy
constexpr int64_t kAnomalySteps = 2000;
constexpr double kAnomalyTrainFraction = 0.4;       // of the clean first half ...
constexpr double kAnomalyValidationFraction = 0.1;  // ... the rest of it validates
constexpr int64_t kFashionValidationImages = 5000;  // the last training images
constexpr int64_t kCopyAlphabet = 8;

bool classificationLoss(const ExperimentConfig& c) {
  return c.training.loss == LossKind::kCrossEntropy;
}

void requireRegression(const ExperimentConfig& c) {
  if (classificationLoss(c))
    throw Error("dataset '" + c.dataset +
                "' has real-valued targets; use a regression loss (mse, l1, huber), not "
                "cross_entropy");
}

TrainingData toTrainingData(const WindowDataset& w) { return {w.x(), w.y(), {}, {}}; }
TrainingData toTrainingData(const SequenceDataset& s) { return {s.x, s.y, s.labels, {}}; }

std::string counts(const ExperimentData& d) {
  return std::to_string(d.train.size()) + " train / " + std::to_string(d.validation.size()) +
         " validation / " + std::to_string(d.test.size()) + " test";
}

// The shapes every dataset reports, read off the training part: x (S, L, F) or (S, F) for
// one_to_many; y (S, O), (S, K, O) or (S, L, O).
void fillShapes(ExperimentData& d, int64_t classes) {
  const Tensor<float>& x = d.train.x;
  d.steps = x.dim() == 3 ? x.shape[1] : 1;
  d.inputSize = x.shape.back();
  d.outputSize = d.classification ? classes : d.train.y.shape.back();
  d.horizon = d.train.y.dim() == 3 ? d.train.y.shape[1] : 1;
}

// Every window (S, L, F) flattened into one vector (S, L·F): one_to_many's single input.
void flattenWindows(Tensor<float>& x) {
  if (x.dim() == 3) x.shape = {x.shape[0], x.shape[1] * x.shape[2]};
}

// A series cut into windows: which columns go in and out, how the rows are split.
struct SeriesTask {
  explicit SeriesTask(Series s) : series(std::move(s)) {}

  Series series;
  std::vector<int64_t> inputs;   // empty: every column
  std::vector<int64_t> targets;  // empty: every column
  double trainFraction = kTrainFraction;
  double validationFraction = kValidationFraction;
  bool reconstruct = false;  // head seq predicts the window itself (autoencoder), not its shift
};

TargetMode targetModeFor(Architecture architecture) {
  switch (architecture) {
    case Architecture::kManyToOne:
      return TargetMode::kNextStep;
    case Architecture::kOneToMany:
    case Architecture::kSeq2Seq:
      return TargetMode::kNextSteps;
    case Architecture::kManyToMany:
    case Architecture::kAutoencoder:
      return TargetMode::kShiftedWindow;
  }
  return TargetMode::kNextStep;
}

// Windows of c.seqLen over task.series, split chronologically, every column standardised with
// the training rows' statistics; targetScaler holds the target columns' statistics.
// The architecture decides the targets: many_to_one the next step, many_to_many the shifted
// window (the window itself when task.reconstruct), seq2seq and one_to_many the next K = horizon
// steps (one_to_many reads the window flattened to (S, L·F)), the autoencoder the window itself.
ExperimentData windowsOverSeries(const ExperimentConfig& c, SeriesTask task) {
  requireRegression(c);
  const Architecture architecture = c.modelArchitecture();
  const bool perStep = architecture != Architecture::kManyToOne;
  const ChronologicalSplit split(task.series.rows(), task.trainFraction, task.validationFraction);
  const Normalizer scaler =
      Normalizer::fit(split.trainRows(task.series), NormalizationKind::kStandard);
  WindowOptions w;
  w.windowLength = c.seqLen;
  w.mode = targetModeFor(architecture);
  w.horizon = c.horizon;
  w.inputColumns = task.inputs;
  w.targetColumns = task.targets;
  const WindowDataset windows(scaler.transform(task.series), w);
  const WindowSplit parts = split.splitWindows(windows);

  ExperimentData d;
  d.perStep = perStep;
  d.train = toTrainingData(parts.train);
  d.validation = toTrainingData(parts.validation);
  d.test = toTrainingData(parts.test);
  if (d.train.empty())
    throw Error("dataset '" + c.dataset + "': " + std::to_string(task.series.rows()) +
                " rows leave no training window of seq_len " + std::to_string(c.seqLen) +
                "; choose a shorter seq_len");
  const bool reconstruct = architecture == Architecture::kAutoencoder ||
                           (task.reconstruct && architecture == Architecture::kManyToMany);
  for (TrainingData* part : {&d.train, &d.validation, &d.test}) {
    if (reconstruct) part->y = part->x;
    if (architecture == Architecture::kOneToMany) flattenWindows(part->x);
  }

  const std::vector<int64_t>& inputs = windows.options().inputColumns;
  const std::vector<int64_t>& targets =
      reconstruct ? windows.options().inputColumns : windows.options().targetColumns;
  if (architecture == Architecture::kSeq2Seq) {
    // The decoder reads its previous prediction as input: each target must be an input feature.
    for (int64_t t : targets) {
      const auto at = std::find(inputs.begin(), inputs.end(), t);
      if (at == inputs.end())
        throw Error("dataset '" + c.dataset +
                    "': seq2seq feeds its predictions back as input, "
                    "but target column '" +
                    task.series.columnNames()[t] + "' is not an input column");
      d.targetFeatures.push_back(at - inputs.begin());
    }
  }
  std::vector<double> offsets, scales;
  for (int64_t t : targets) {
    offsets.push_back(scaler.offsets()[t]);
    scales.push_back(scaler.scales()[t]);
    d.targetNames.push_back(task.series.columnNames()[t]);
  }
  d.targetScaler = Normalizer(NormalizationKind::kStandard, offsets, scales);
  fillShapes(d, 0);
  return d;
}

// Independent samples split in order into train / validation / test.
ExperimentData splitSamples(const SequenceDataset& all, bool classification, bool perStep) {
  const int64_t s = all.size();
  const int64_t trainEnd = static_cast<int64_t>(s * kTrainFraction);
  const int64_t validationEnd = trainEnd + static_cast<int64_t>(s * kValidationFraction);
  ExperimentData d;
  d.classification = classification;
  d.perStep = perStep;
  d.train = toTrainingData(all.slice(0, trainEnd));
  d.validation = toTrainingData(all.slice(trainEnd, validationEnd));
  d.test = toTrainingData(all.slice(validationEnd, s));
  return d;
}

ExperimentData sineData(const ExperimentConfig& c) {
  SineOptions s;
  s.seed = c.training.seed;
  ExperimentData d = windowsOverSeries(c, SeriesTask(makeNoisySine(s)));
  d.description = "noisy sine";
  return d;
}

ExperimentData stockData(const ExperimentConfig& c) {
  StockOptions s;
  s.seed = c.training.seed;
  SeriesTask task(makeSyntheticStock(s));
  task.targets = {task.series.columnIndex("high")};
  ExperimentData d = windowsOverSeries(c, std::move(task));
  d.description = "synthetic stock (high, low, volume, gdp, cpi → next high)";
  return d;
}

ExperimentData airlineData(const ExperimentConfig& c) {
  ExperimentData d = windowsOverSeries(c, SeriesTask(loadAirlinePassengers()));
  d.description = "airline passengers";
  return d;
}

ExperimentData anomalyData(const ExperimentConfig& c) {
  AnomalyOptions a;
  a.length = kAnomalySteps;
  a.features = datasetInfo("anomalies").features;
  a.seed = c.training.seed;
  const AnomalySeries anomalies = makeSineWithAnomalies(a);
  SeriesTask task(anomalies.series);
  task.trainFraction = kAnomalyTrainFraction;
  task.validationFraction = kAnomalyValidationFraction;
  task.reconstruct = true;
  ExperimentData d = windowsOverSeries(c, std::move(task));
  // The test windows are the last ones: window i of the test part starts at row firstRow + i and
  // its label per feature is the largest over its L rows.
  const int64_t f = a.features, l = c.seqLen;
  WindowOptions w;
  w.windowLength = l;
  w.mode = targetModeFor(c.modelArchitecture());
  w.horizon = c.horizon;
  const int64_t firstRow = WindowDataset::sampleCount(kAnomalySteps, w) - d.test.size();
  d.anomalyLabels.assign(d.test.size() * f, kNormalStep);
  for (int64_t i = 0; i < d.test.size(); ++i)
    for (int64_t t = firstRow + i; t < firstRow + i + l; ++t)
      for (int64_t k = 0; k < f; ++k)
        d.anomalyLabels[i * f + k] =
            std::max(d.anomalyLabels[i * f + k], anomalies.featureLabels[t * f + k]);
  const Architecture architecture = c.modelArchitecture();
  d.description =
      architecture == Architecture::kManyToMany || architecture == Architecture::kAutoencoder
          ? "sine with anomalies (reconstruct each window; test = the anomalous half)"
          : "sine with anomalies (forecast; test = the anomalous half)";
  return d;
}

ExperimentData csvData(const ExperimentConfig& c) {
  requireRegression(c);
  CsvOptions options;
  // csvTarget: one column name or several separated by commas ("high,low").
  for (size_t begin = 0; begin < c.csvTarget.size();) {
    const size_t comma = std::min(c.csvTarget.find(',', begin), c.csvTarget.size());
    options.targets.push_back(ColumnRef::byName(c.csvTarget.substr(begin, comma - begin)));
    begin = comma + 1;
  }
  const CsvResult csv = CsvReader(options).readFile(c.csvPath);
  if (csv.series.columns() == 0) throw Error(c.csvPath + ": no numeric column to train on");
  SeriesTask task(csv.series);
  task.inputs = csv.inputColumns;
  task.targets = csv.targetColumns;
  if (task.targets.empty()) task.targets = {csv.series.columns() - 1};
  ExperimentData d = windowsOverSeries(c, std::move(task));
  for (const CsvWarning& w : csv.warnings) d.warnings.push_back(c.csvPath + ": " + w.message());
  std::string targetList;
  for (const std::string& name : d.targetNames)
    targetList += (targetList.empty() ? "" : ", ") + name;
  d.description = c.csvPath + " (target " + targetList + ")";
  return d;
}

// adding, copy and fashion_mnist are many_to_one / many_to_many tasks only.
void requireHeadArchitecture(const ExperimentConfig& c) {
  if (!datasetTakes(datasetInfo(c.dataset), c.modelArchitecture()) &&
      !isHeadArchitecture(c.modelArchitecture()))
    throw Error("dataset '" + c.dataset + "' is a many_to_one / many_to_many task; architecture " +
                architectureName(c.modelArchitecture()) +
                " needs a series dataset (sine, stock, airline, anomalies, csv)");
}

ExperimentData fashionMnistData(const ExperimentConfig& c) {
  requireHeadArchitecture(c);
  if (!classificationLoss(c) || c.head == HeadKind::kSeq)
    throw Error(
        "dataset 'fashion_mnist' is many-to-one classification (one of 10 classes per "
        "image): use --loss cross_entropy with head last, hn, flatten or mean");
  const SequenceDataset train = loadFashionMnist(FashionMnistSplit::kTrain);
  const SequenceDataset test = loadFashionMnist(FashionMnistSplit::kTest);
  const int64_t trainEnd = train.size() - std::min(kFashionValidationImages, train.size() / 2);
  ExperimentData d;
  d.classification = true;
  d.train = toTrainingData(train.slice(0, trainEnd));
  d.validation = toTrainingData(train.slice(trainEnd, train.size()));
  d.test = toTrainingData(test);
  d.classNames = train.targetNames;
  fillShapes(d, static_cast<int64_t>(d.classNames.size()));
  d.description = "Fashion-MNIST row by row (28 steps × 28 pixels)";
  return d;
}

ExperimentData addingData(const ExperimentConfig& c) {
  requireHeadArchitecture(c);
  requireRegression(c);
  if (c.head == HeadKind::kSeq)
    throw Error(
        "dataset 'adding' is many-to-one regression (one sum per sequence): use head "
        "last, hn, flatten or mean");
  if (c.seqLen < 2) throw Error("dataset 'adding' needs seq_len ≥ 2 (one marker in each half)");
  AddingOptions a;
  a.samples = kGeneratedSamples;
  a.length = c.seqLen;
  a.seed = c.training.seed;
  const SequenceDataset all = makeAddingProblem(a);
  ExperimentData d = splitSamples(all, false, false);
  d.targetNames = all.targetNames;
  d.targetScaler = Normalizer(NormalizationKind::kNone, {0.0}, {1.0});
  fillShapes(d, 0);
  d.description = "adding problem";
  return d;
}

ExperimentData copyData(const ExperimentConfig& c) {
  requireHeadArchitecture(c);
  if (!classificationLoss(c) || c.head != HeadKind::kSeq)
    throw Error(
        "dataset 'copy' is per-step classification (a symbol or blank at every step): "
        "use head seq and loss cross_entropy");
  CopyOptions o;
  o.samples = kGeneratedSamples;
  o.copyLength = std::max<int64_t>(1, c.seqLen / 4);
  o.delay = c.seqLen - 2 * o.copyLength;
  o.alphabet = kCopyAlphabet;
  o.seed = c.training.seed;
  if (o.delay < 1)
    throw Error("dataset 'copy' needs seq_len ≥ 3 (K symbols, a delay, the K recalled); got " +
                std::to_string(c.seqLen));
  const SequenceDataset all = makeCopyTask(o);
  ExperimentData d = splitSamples(all, true, true);
  d.classNames = {"blank"};
  for (int64_t k = 1; k <= kCopyAlphabet; ++k)
    d.classNames.push_back("symbol " + std::to_string(k));
  fillShapes(d, kCopyAlphabet + 1);
  d.description = "copy task (" + std::to_string(o.copyLength) + " symbols over a delay of " +
                  std::to_string(o.delay) + ")";
  return d;
}

}  // namespace

ExperimentData loadExperimentData(const ExperimentConfig& c) {
  ExperimentData d;
  if (c.dataset == "sine")
    d = sineData(c);
  else if (c.dataset == "stock")
    d = stockData(c);
  else if (c.dataset == "airline")
    d = airlineData(c);
  else if (c.dataset == "anomalies")
    d = anomalyData(c);
  else if (c.dataset == "csv")
    d = csvData(c);
  else if (c.dataset == "fashion_mnist")
    d = fashionMnistData(c);
  else if (c.dataset == "adding")
    d = addingData(c);
  else if (c.dataset == "copy")
    d = copyData(c);
  else
    (void)datasetInfo(c.dataset);  // throws "unknown dataset …" with the choices
  const bool series =
      !d.targetNames.empty() && d.targetScaler.kind() == NormalizationKind::kStandard;
  d.description += " [" + (series ? "windows of " + std::to_string(c.seqLen) + " steps, " : "") +
                   counts(d) + (series ? ", standardised with the training part" : "") + "]";
  return d;
}

}  // namespace lstmviz::core
