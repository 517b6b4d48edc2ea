#include "ui/lessons/lessons_panel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "core/common/error.h"
#include "ui/app/config_panel.h"
#include "ui/app/main_window.h"
#include "ui/app/ui_language.h"
#include "ui/lessons/highlight_overlay.h"
#include "ui/lessons/lesson_checker.h"
#include "ui/lessons/lesson_library.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QLabel* wrapped(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  label->setTextFormat(Qt::RichText);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return label;
}

// Plain text as rich text: escaped, `code` in a fixed font.
QString rich(const QString& text) {
  QString out = text.toHtmlEscaped();
  static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
  out.replace(code, QStringLiteral("<code>\\1</code>"));
  out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
  return out;
}

// Switches a list, tab, combo or stacked widget to `index`.
void switchTo(QWidget* widget, int index) {
  if (auto* list = qobject_cast<QListWidget*>(widget))
    list->setCurrentRow(index);
  else if (auto* tabs = qobject_cast<QTabWidget*>(widget))
    tabs->setCurrentIndex(index);
  else if (auto* combo = qobject_cast<QComboBox*>(widget))
    combo->setCurrentIndex(index);
  else if (auto* stack = qobject_cast<QStackedWidget*>(widget))
    stack->setCurrentIndex(index);
}

}  // namespace

LessonsPanel::LessonsPanel(MainWindow* window, QWidget* parent)
    : QWidget(parent),
      window_(window),
      overlay_(new HighlightOverlay(window)),
      language_(UiLanguage::current()) {
  setObjectName(QStringLiteral("lessonsPanel"));
  search_ = new QLineEdit(this);
  search_->setObjectName(QStringLiteral("lessonSearch"));
  search_->setPlaceholderText(tr("Search a word of your question (h_n, Flatten, packing…)"));
  search_->setClearButtonEnabled(true);
  list_ = new QListWidget(this);
  list_->setObjectName(QStringLiteral("lessonList"));
  list_->setMinimumHeight(120);
  list_->setMaximumHeight(170);
  list_->setWordWrap(true);
  QString loadError;
  try {
    for (const Lesson& lesson : builtinLessons()) {
      auto* item = new QListWidgetItem(lesson.title.in(language_), list_);
      item->setData(kIdRole, lesson.id);
      item->setToolTip(lesson.question.in(language_));
    }
  } catch (const std::exception& e) {  // a broken lesson file (the tests guard against it)
    loadError = QString::fromUtf8(e.what());
  }

  title_ = wrapped(this);
  question_ = wrapped(this);
  predictBox_ = new QGroupBox(tr("Predict first"), this);
  predictQuestion_ = wrapped(predictBox_);
  answer_ = new QLineEdit(predictBox_);
  answer_->setObjectName(QStringLiteral("lessonAnswer"));
  check_ = new QPushButton(tr("Check"), predictBox_);
  yes_ = new QPushButton(tr("Yes"), predictBox_);
  no_ = new QPushButton(tr("No"), predictBox_);
  reveal_ = new QPushButton(tr("Show me"), predictBox_);
  reveal_->setToolTip(tr("Skip the prediction and show the explanation."));
  grade_ = wrapped(predictBox_);
  grade_->setObjectName(QStringLiteral("lessonGrade"));
  auto* predictLayout = new QVBoxLayout(predictBox_);
  predictLayout->addWidget(predictQuestion_);
  auto* row = new QHBoxLayout;
  row->addWidget(answer_, 1);
  row->addWidget(check_);
  row->addWidget(yes_);
  row->addWidget(no_);
  row->addWidget(reveal_);
  predictLayout->addLayout(row);
  predictLayout->addWidget(grade_);

  explanation_ = wrapped(this);
  explanation_->setObjectName(QStringLiteral("lessonExplanation"));
  nextStep_ = wrapped(this);
  claims_ = wrapped(this);
  claims_->setObjectName(QStringLiteral("lessonClaims"));

  auto* body = new QWidget;
  auto* bodyLayout = new QVBoxLayout(body);
  bodyLayout->setContentsMargins(0, 0, 0, 0);
  for (QWidget* w : std::initializer_list<QWidget*>{title_, question_, predictBox_, explanation_,
                                                    nextStep_, claims_})
    bodyLayout->addWidget(w);
  bodyLayout->addStretch(1);
  auto* scroll = new QScrollArea(this);
  scroll->setWidget(body);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(search_);
  layout->addWidget(list_);
  layout->addWidget(scroll, 1);

  connect(search_, &QLineEdit::textChanged, this, &LessonsPanel::filter);
  connect(list_, &QListWidget::currentRowChanged, this, &LessonsPanel::onCurrentRowChanged);
  connect(check_, &QPushButton::clicked, this, [this] { grade(answer_->text()); });
  connect(answer_, &QLineEdit::returnPressed, this, [this] { grade(answer_->text()); });
  connect(yes_, &QPushButton::clicked, this, [this] { grade(QStringLiteral("yes")); });
  connect(no_, &QPushButton::clicked, this, [this] { grade(QStringLiteral("no")); });
  connect(reveal_, &QPushButton::clicked, this, &LessonsPanel::revealAnswer);
  // "Now change X and watch Y": the numbers and claims follow the configuration. The window
  // handles the panel's change first (it connected earlier), so its snapshot is the new one.
  connect(window_->configPanel(), &ConfigPanel::configChanged, this,
          [this] { QTimer::singleShot(0, this, &LessonsPanel::refresh); });

  if (!loadError.isEmpty())
    title_->setText(tr("The lessons cannot be loaded: %1").arg(loadError.toHtmlEscaped()));
  else
    title_->setText(
        tr("<b>Lessons</b>: pick a question. Each lesson loads its example, opens the "
           "view that answers it and marks where to look; its numbers come from the "
           "engine."));
  for (QWidget* w :
       std::initializer_list<QWidget*>{question_, predictBox_, explanation_, nextStep_, claims_})
    w->hide();
}

LessonsPanel::~LessonsPanel() { delete overlay_.data(); }

QString LessonsPanel::currentLessonId() const { return current_ ? current_->id : QString(); }

void LessonsPanel::filter(const QString& text) {
  for (int i = 0; i < list_->count(); ++i) {
    QListWidgetItem* item = list_->item(i);
    const Lesson* lesson = findLesson(item->data(kIdRole).toString());
    item->setHidden(lesson && !lesson->matches(text));
  }
}

bool LessonsPanel::openLesson(const QString& id, QString* error) {
  for (int i = 0; i < list_->count(); ++i) {
    if (list_->item(i)->data(kIdRole).toString() != id) continue;
    list_->item(i)->setHidden(false);
    if (auto* dock = qobject_cast<QDockWidget*>(parentWidget())) dock->show();
    if (list_->currentRow() == i)
      onCurrentRowChanged(i);
    else
      list_->setCurrentRow(i);
    if (current_ && current_->id == id) return true;
    if (error) *error = grade_->text();
    return false;
  }
  if (error) {
    QStringList ids;
    for (const Lesson& lesson : builtinLessons()) ids << lesson.id;
    *error = tr("unknown lesson '%1'; lstmviz --list-lessons lists the %2 lessons")
                 .arg(id)
                 .arg(ids.size());
  }
  return false;
}

void LessonsPanel::onCurrentRowChanged(int row) {
  if (row < 0) return;
  const Lesson* lesson = findLesson(list_->item(row)->data(kIdRole).toString());
  if (lesson) present(*lesson);
}

void LessonsPanel::present(const Lesson& lesson) {
  current_ = nullptr;
  engine_.reset();
  answered_ = !lesson.predict;
  QString error;
  try {
    if (!window_->applyConfig(lessonConfig(lesson), &error)) throw core::Error(error.toStdString());
    window_->waitForSnapshot();
  } catch (const std::exception& e) {
    grade_->setText(
        tr("This lesson's configuration is refused: %1").arg(QString::fromUtf8(e.what())));
    predictBox_->show();
    return;
  }
  current_ = &lesson;
  window_->showView(lesson.view);

  title_->setText(QStringLiteral("<h3>%1</h3>").arg(rich(lesson.title.in(language_))));
  QString question;
  if (!lesson.quote.isEmpty())
    question += QStringLiteral("<p><i>“%1”</i><br><small>— %2</small></p>")
                    .arg(rich(lesson.quote), rich(lesson.source));
  question += QStringLiteral("<p><b>%1</b> %2</p>")
                  .arg(tr("Question:"), rich(lesson.question.in(language_)));
  question_->setText(question);
  question_->show();

  predictBox_->setVisible(lesson.predict.has_value());
  const bool yesNo = lesson.predict && lesson.predict->kind == LessonPrediction::Kind::kYesNo;
  answer_->setVisible(!yesNo);
  check_->setVisible(!yesNo);
  yes_->setVisible(yesNo);
  no_->setVisible(yesNo);
  answer_->clear();
  answer_->setPlaceholderText(
      lesson.predict && lesson.predict->kind == LessonPrediction::Kind::kShape ? tr("e.g. 2, 3, 4")
                                                                               : tr("a number"));
  grade_->clear();
  markElement(lesson);
  refresh();
}

void LessonsPanel::markElement(const Lesson& lesson) {
  QWidget* view = window_->view(lesson.view);
  auto find = [&](const QString& name) -> QWidget* {
    if (view && view->objectName() == name) return view;
    if (QWidget* w = view ? view->findChild<QWidget*>(name) : nullptr) return w;
    return window_->findChild<QWidget*>(name);
  };
  if (!lesson.highlight.showObject.isEmpty())
    if (QWidget* w = find(lesson.highlight.showObject)) switchTo(w, lesson.highlight.showIndex);
  overlay_->setTarget(find(lesson.highlight.object), lesson.highlight.row, lesson.highlight.column,
                      lesson.highlight.label.in(language_));
}

void LessonsPanel::refresh() {
  if (!current_) return;
  const Lesson& lesson = *current_;
  try {
    engine_ = makeLessonEngine(lesson, window_->snapshot());
  } catch (const std::exception& e) {
    engine_.reset();
    claims_->setText(tr("The engine cannot run this lesson: %1").arg(QString::fromUtf8(e.what())));
    claims_->show();
    return;
  }
  if (lesson.predict)
    predictQuestion_->setText(
        rich(renderLessonText(lesson.predict->question.in(language_), *engine_)));
  explanation_->setText(
      QStringLiteral("<p>%1</p>")
          .arg(rich(renderLessonText(lesson.explanation.in(language_), *engine_))));
  nextStep_->setText(
      QStringLiteral("<p><b>%1</b> %2</p>")
          .arg(tr("Try it:"), rich(renderLessonText(lesson.nextStep.in(language_), *engine_))));
  explanation_->setVisible(answered_);
  nextStep_->setVisible(answered_);

  // Each claim against the snapshot the views draw now (it may be the learner's change).
  QStringList lines;
  const QStringList failures = checkLesson(lesson, *engine_);
  for (size_t i = 0; i < lesson.claims.size(); ++i) {
    const QString prefix = QStringLiteral("claim %1:").arg(i);
    QString failure;
    for (const QString& f : failures)
      if (f.startsWith(prefix)) failure = f.mid(prefix.size()).trimmed();
    lines << (failure.isEmpty()
                  ? QStringLiteral("✓ <code>%1</code>")
                        .arg(lesson.claims[i].describe().toHtmlEscaped())
                  : QStringLiteral("✗ <code>%1</code> — %2")
                        .arg(lesson.claims[i].describe().toHtmlEscaped(),
                             tr("not with this configuration: %1").arg(failure.toHtmlEscaped())));
  }
  claims_->setText(QStringLiteral("<p><small><b>%1</b><br>%2</small></p>")
                       .arg(tr("Checked against the engine (the numbers the views show):"),
                            lines.join(QStringLiteral("<br>"))));
  claims_->setVisible(answered_);
}

QString LessonsPanel::inWords(const QString& answer) const {
  // The grader answers yes / no questions with the English words; the learner reads their own.
  if (answer == QLatin1String("yes")) return tr("yes");
  if (answer == QLatin1String("no")) return tr("no");
  return answer;
}

void LessonsPanel::grade(const QString& answer) {
  if (!current_ || !current_->predict || !engine_) return;
  const PredictionGrade g = gradePrediction(*current_->predict, *engine_, answer);
  if (!g.valid) {
    grade_->setText(tr("Type your prediction first (%1).").arg(answer_->placeholderText()));
    return;
  }
  grade_->setText(g.correct ? tr("✓ Right — the engine computes %1.").arg(inWords(g.engineAnswer))
                            : tr("✗ Not quite — you said %1, the engine computes %2.")
                                  .arg(inWords(answer).toHtmlEscaped(), inWords(g.engineAnswer)));
  revealAnswer();
}

void LessonsPanel::revealAnswer() {
  answered_ = true;
  if (current_ && current_->predict && engine_ && grade_->text().isEmpty()) {
    try {
      const PredictionGrade g = gradePrediction(*current_->predict, *engine_, QString());
      grade_->setText(tr("The engine's answer: %1.").arg(inWords(g.engineAnswer)));
    } catch (const std::exception&) {
    }
  }
  refresh();
}

LessonsPanel* installLessons(MainWindow* window, QMenu* help) {
  bool wasVisible = false;
  QString openId;
  if (auto* old = window->findChild<QDockWidget*>(QStringLiteral("lessonsDock"))) {
    wasVisible = old->isVisible();
    if (auto* oldPanel = qobject_cast<LessonsPanel*>(old->widget()))
      openId = oldPanel->currentLessonId();
    window->removeDockWidget(old);
    delete old;
  }
  auto* panel = new LessonsPanel(window);
  auto* dock = new QDockWidget(QObject::tr("Lessons"), window);
  dock->setObjectName(QStringLiteral("lessonsDock"));
  dock->setWidget(panel);
  dock->setMinimumWidth(360);
  window->addDockWidget(Qt::RightDockWidgetArea, dock);
  dock->hide();
  QAction* action = help->addAction(QObject::tr("&Lessons…"), window, [dock, panel] {
    dock->show();
    dock->raise();
    panel->searchBox()->setFocus();
    panel->searchBox()->selectAll();
  });
  action->setShortcut(QKeySequence::HelpContents);
  action->setToolTip(
      QObject::tr("Questions learners ask, each answered on screen with the engine's "
                  "numbers (F1)."));
  help->addSeparator();
  if (wasVisible) dock->show();
  // After the window has rebuilt its views (language change): the same lesson, in the new words.
  if (!openId.isEmpty())
    QTimer::singleShot(0, panel, [panel, openId] { panel->openLesson(openId); });
  return panel;
}

}  // namespace lstmviz::ui
