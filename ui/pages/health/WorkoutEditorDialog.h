#pragma once

#include "model/Workout.h"
#include "pages/health/HealthEditorDialog.h"
#include "util/Result.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace lifeos {

class NumberField;

// Adds or edits one workout: activity, day, and the optional duration, distance and calories. OK stays
// disabled while the activity is empty or a number is not one; a refused save is shown here, nothing lost.
class WorkoutEditorDialog final : public HealthEditorDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkoutEditorDialog)

public:
    using Saver = std::function<Result<void>(const Workout &workout)>;

    // `knownActivities`: what the user logged before, offered in the activity box after the usual ones.
    WorkoutEditorDialog(const Workout &workout, const QStringList &knownActivities, Saver save,
                        QWidget *parent = nullptr);

    Workout workout() const;
    bool isAcceptable() const override;

private:
    Result<void> save() override;

    Workout m_workout;
    Saver m_save;
    QComboBox *m_activity = nullptr;
    QDateEdit *m_day = nullptr;
    NumberField *m_duration = nullptr;
    NumberField *m_distance = nullptr;
    NumberField *m_calories = nullptr;
    QLineEdit *m_notes = nullptr;
};

} // namespace lifeos
