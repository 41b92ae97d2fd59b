#pragma once

#include "model/RecurringTransaction.h"

#include "util/Result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lifeos {

class SaveErrorLabel;

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
    // OK stores through `save` before the dialog closes; a refused save shows why and keeps everything typed.
    void setSave(std::function<Result<void>(const RecurringTransaction &)> save) { m_save = std::move(save); }
    void accept() override;

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
    SaveErrorLabel *m_saveError = nullptr;
    std::function<Result<void>(const RecurringTransaction &)> m_save;
};

} // namespace lifeos
