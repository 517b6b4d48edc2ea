#pragma once
// LoadedValues: keeps a loaded configuration's exact values in front of the fields that show them.
// A field may not hold a value the engine accepts (a QSpinBox holds an int, a seed is 64 bits; a
// combo box may not list a choice): show() puts the nearest value the field can hold in it and
// remembers the loaded one; take() gives the loaded value while the field still shows what show()
// put there, and the field's value once the learner changed it. So a form never turns a file's
// experiment into another one, and notShown() names what the fields could not show, by JSON key
// ("init.seed = 1099511627776"), for the form to say so.
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <cstdint>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace lstmviz::ui {

class LoadedValues {
 public:
  // Forgets every loaded value (before a new configuration is shown).
  void clear();

  // Shows value in box (clamped to its range when it lies outside) under its JSON key.
  void show(QSpinBox* box, int64_t value, const char* key);
  void show(QSpinBox* box, uint64_t value, const char* key);
  void show(QDoubleSpinBox* box, double value, const char* key);
  // Selects the item whose data is `data`; when the box has none, keeps its current item and
  // lists key = name as not shown.
  void show(QComboBox* box, const QVariant& data, const char* key, const QString& name);
  // Lists key = value as not shown while field is unchanged (a setting the form shows only
  // through field, such as weight_ih's initialisation behind one "Weight init" box).
  void notShown(const QObject* field, const char* key, const QString& value);

  // The loaded value while box shows what show() put there, else the box's value.
  int64_t take(const QSpinBox* box, int64_t loaded) const;
  uint64_t take(const QSpinBox* box, uint64_t loaded) const;
  double take(const QDoubleSpinBox* box, double loaded) const;
  int take(const QComboBox* box, int loaded) const;
  // True iff box still shows what show() put there (the learner has not changed it).
  bool unchanged(const QComboBox* box) const;

  // The loaded values no field shows exactly and the learner has not replaced, as "key = value".
  QStringList notShown() const;
  // One sentence for the form: empty when notShown() is.
  QString notShownText() const;

 private:
  struct Shown {
    const QObject* field = nullptr;
    QVariant value;  // what the field showed
    QString key;
    QString loaded;  // the loaded value as text, when the field could not show it
  };
  static QVariant current(const QObject* field);
  bool fieldUnchanged(const Shown& shown) const;
  const Shown* find(const QObject* field) const;

  std::vector<Shown> shown_;
};

}  // namespace lstmviz::ui
