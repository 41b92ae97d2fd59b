#pragma once

#include "model/RecurringTransaction.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lifeos {

class CategoryCombo;
class Database;
class MoneyEdit;

// Adds or edits a recurring expense or income (rent, a subscription, salary).
class RecurringEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecurringEditorDialog)

public:
    RecurringEditorDialog(Database &database, const RecurringTransaction &recurring, const QStringList &currencies,
                          QWidget *parent = nullptr);

    RecurringTransaction recurring() const;

private:
    void updateOk();

    RecurringTransaction m_original;
    QComboBox *m_kind = nullptr;
    MoneyEdit *m_amount = nullptr;
    CategoryCombo *m_category = nullptr;
    QLineEdit *m_merchant = nullptr;
    QLineEdit *m_note = nullptr;
    QComboBox *m_cadence = nullptr;
    QDateEdit *m_firstDay = nullptr;
    QCheckBox *m_hasLastDay = nullptr;
    QDateEdit *m_lastDay = nullptr;
    QLabel *m_dayError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lifeos
