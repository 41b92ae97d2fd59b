#include "pages/health/WorkoutEditorDialog.h"

#include "pages/health/NumberField.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace lifeos {

WorkoutEditorDialog::WorkoutEditorDialog(const Workout &workout, const QStringList &knownActivities, Saver save,
                                         QWidget *parent)
    : HealthEditorDialog(QStringLiteral("workoutSaveError"), parent)
    , m_workout(workout)
    , m_save(std::move(save))
    , m_activity(new QComboBox(this))
    , m_day(new QDateEdit(this))
    , m_duration(new NumberField(this))
    , m_distance(new NumberField(this))
    , m_calories(new NumberField(this))
    , m_notes(new QLineEdit(this))
{
    setObjectName(QStringLiteral("workoutEditor"));
    setWindowTitle(workout.id > 0 ? tr("Edit workout") : tr("Add workout"));
    m_activity->setObjectName(QStringLiteral("workoutActivity"));
    m_day->setObjectName(QStringLiteral("workoutDay"));
    m_duration->setObjectName(QStringLiteral("workoutDuration"));
    m_distance->setObjectName(QStringLiteral("workoutDistance"));
    m_calories->setObjectName(QStringLiteral("workoutCalories"));
    m_notes->setObjectName(QStringLiteral("workoutNotes"));

    // The usual activities, then the user's own; stored lower-case as quick capture stores them.
    m_activity->setEditable(true);
    m_activity->setInsertPolicy(QComboBox::NoInsert);
    QStringList activities{QStringLiteral("run"),  QStringLiteral("walk"), QStringLiteral("cycle"),
                           QStringLiteral("swim"), QStringLiteral("yoga"), QStringLiteral("gym")};
    for (const QString &known : knownActivities) {
        if (!activities.contains(known, Qt::CaseInsensitive))
            activities.append(known);
    }
    m_activity->addItems(activities);
    m_activity->setEditText(workout.activity);
    m_activity->lineEdit()->setPlaceholderText(tr("e.g. run"));
    setUpDay(m_day, workout.day);
    for (NumberField *field : {m_duration, m_distance, m_calories})
        field->setMinimum(0.0);
    m_duration->setUnit(tr("min"));
    m_distance->setUnit(tr("km"));
    m_calories->setUnit(tr("kcal"));
    m_duration->setValue(workout.durationMin);
    m_distance->setValue(workout.distanceKm);
    m_calories->setValue(workout.calories);
    m_duration->lineEdit()->setPlaceholderText(tr("optional"));
    m_distance->lineEdit()->setPlaceholderText(tr("optional"));
    m_calories->lineEdit()->setPlaceholderText(tr("optional"));
    m_notes->setText(workout.notes);
    m_notes->setPlaceholderText(tr("optional"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Activity:"), m_activity);
    addRow(tr("&Date:"), m_day);
    addRow(tr("D&uration:"), m_duration);
    addRow(tr("D&istance:"), m_distance);
    addRow(tr("&Calories:"), m_calories);
    addRow(tr("&Notes:"), m_notes);
    setUpLayout(form);

    connect(m_activity, &QComboBox::editTextChanged, this, &WorkoutEditorDialog::updateButtons);
    for (NumberField *field : {m_duration, m_distance, m_calories})
        connect(field, &NumberField::edited, this, &WorkoutEditorDialog::updateButtons);
    setTabOrder(m_activity, m_day);
    setTabOrder(m_day, m_duration);
    setTabOrder(m_duration, m_distance);
    setTabOrder(m_distance, m_calories);
    setTabOrder(m_calories, m_notes);
    setTabOrder(m_notes, buttons());
    updateButtons();
    setMinimumWidth(420);
    m_activity->setFocus();
}

Workout WorkoutEditorDialog::workout() const
{
    Workout workout = m_workout;
    workout.activity = m_activity->currentText().trimmed().toLower();
    workout.day = m_day->date();
    workout.durationMin = m_duration->value();
    workout.distanceKm = m_distance->value();
    workout.calories = m_calories->value();
    workout.notes = m_notes->text().trimmed();
    return workout;
}

bool WorkoutEditorDialog::isAcceptable() const
{
    return !m_activity->currentText().trimmed().isEmpty() && m_duration->isAcceptable()
        && m_distance->isAcceptable() && m_calories->isAcceptable();
}

Result<void> WorkoutEditorDialog::save()
{
    return m_save ? m_save(workout()) : Result<void>();
}

} // namespace lifeos
