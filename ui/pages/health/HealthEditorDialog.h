#pragma once

#include "util/Result.h"

#include <QDialog>

class QDate;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace lifeos {

// What the health editors share: OK enabled only while the fields are acceptable, and a save that, when
// refused, shows why under the form and keeps the dialog open with everything typed.
class HealthEditorDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthEditorDialog)

public:
    virtual bool isAcceptable() const = 0;

    void accept() override;

protected:
    // `saveErrorName`: the object name of the line that shows a refused save.
    HealthEditorDialog(const QString &saveErrorName, QWidget *parent);

    // Stores what the fields say; accept() calls it only when they are acceptable.
    virtual Result<void> save() = 0;

    // A day field with a calendar and the short local format; changing the day clears a shown save error.
    void setUpDay(QDateEdit *day, const QDate &initial);
    // The form, then the save error, then the buttons.
    void setUpLayout(QFormLayout *form);
    void updateButtons();
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lifeos
