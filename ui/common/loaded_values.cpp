#include "ui/common/loaded_values.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QSpinBox>
#include <algorithm>

namespace lstmviz::ui {

void LoadedValues::clear() { shown_.clear(); }

void LoadedValues::show(QSpinBox* box, int64_t value, const char* key) {
  const bool fits = value >= box->minimum() && value <= box->maximum();
  box->setValue(static_cast<int>(std::clamp<int64_t>(value, box->minimum(), box->maximum())));
  shown_.push_back(
      {box, box->value(), QString::fromLatin1(key), fits ? QString() : QString::number(value)});
}

void LoadedValues::show(QSpinBox* box, uint64_t value, const char* key) {
  const auto maximum = static_cast<uint64_t>(std::max(box->maximum(), 0));
  if (value <= maximum) {
    show(box, static_cast<int64_t>(value), key);
    return;
  }
  box->setValue(box->maximum());
  shown_.push_back({box, box->value(), QString::fromLatin1(key), QString::number(value)});
}

void LoadedValues::show(QDoubleSpinBox* box, double value, const char* key) {
  box->setValue(value);
  shown_.push_back({box, box->value(), QString::fromLatin1(key),
                    box->value() == value
                        ? QString()
                        : QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest)});
}

void LoadedValues::show(QComboBox* box, const QVariant& data, const char* key,
                        const QString& name) {
  const int index = box->findData(data);
  if (index >= 0) box->setCurrentIndex(index);
  shown_.push_back(
      {box, box->currentData(), QString::fromLatin1(key), index >= 0 ? QString() : name});
}

void LoadedValues::notShown(const QObject* field, const char* key, const QString& value) {
  shown_.push_back({field, current(field), QString::fromLatin1(key), value});
}

const LoadedValues::Shown* LoadedValues::find(const QObject* field) const {
  for (const Shown& s : shown_)
    if (s.field == field) return &s;
  return nullptr;
}

QVariant LoadedValues::current(const QObject* field) {
  if (auto* spin = qobject_cast<const QSpinBox*>(field)) return spin->value();
  if (auto* real = qobject_cast<const QDoubleSpinBox*>(field)) return real->value();
  if (auto* combo = qobject_cast<const QComboBox*>(field)) return combo->currentData();
  return QVariant();
}

bool LoadedValues::fieldUnchanged(const Shown& s) const { return current(s.field) == s.value; }

int64_t LoadedValues::take(const QSpinBox* box, int64_t loaded) const {
  const Shown* s = find(box);
  return s && fieldUnchanged(*s) ? loaded : box->value();
}

uint64_t LoadedValues::take(const QSpinBox* box, uint64_t loaded) const {
  const Shown* s = find(box);
  return s && fieldUnchanged(*s) ? loaded : static_cast<uint64_t>(std::max(box->value(), 0));
}

double LoadedValues::take(const QDoubleSpinBox* box, double loaded) const {
  const Shown* s = find(box);
  return s && fieldUnchanged(*s) ? loaded : box->value();
}

int LoadedValues::take(const QComboBox* box, int loaded) const {
  const Shown* s = find(box);
  return s && fieldUnchanged(*s) ? loaded : box->currentData().toInt();
}

bool LoadedValues::unchanged(const QComboBox* box) const {
  const Shown* s = find(box);
  return s && fieldUnchanged(*s);
}

QStringList LoadedValues::notShown() const {
  QStringList list;
  for (const Shown& s : shown_) {
    if (s.loaded.isEmpty() || !fieldUnchanged(s)) continue;
    list << QStringLiteral("%1 = %2").arg(s.key, s.loaded);
  }
  return list;
}

QString LoadedValues::notShownText() const {
  const QStringList list = notShown();
  if (list.isEmpty()) return QString();
  return QCoreApplication::translate(
             "LoadedValues",
             "Kept as the configuration gives it, beyond what the fields above can show: %1. "
             "Changing the field replaces it.")
      .arg(list.join(QStringLiteral(", ")));
}

}  // namespace lstmviz::ui
