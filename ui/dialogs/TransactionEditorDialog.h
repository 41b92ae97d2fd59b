#pragma once

#include "model/Transaction.h"

#include "util/Result.h"

#include <QDialog>

#include <functional>

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

// Adds or edits one expense or income. OK stays disabled until the amount reads as money in the chosen currency.
class TransactionEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionEditorDialog)

public:
    TransactionEditorDialog(Database &database, const Transaction &transaction, const QStringList &currencies,
                            QWidget *parent = nullptr);

    // The edited transaction (id and the fields this dialog does not show are kept).
    Transaction transaction() const;
    // OK stores through `save` before the dialog closes; a refused save shows why and keeps everything typed.
    void setSave(std::function<Result<void>(const Transaction &)> save) { m_save = std::move(save); }
    void accept() override;
    CategoryCombo *categoryCombo() const { return m_category; }

private:
    void updateOk();

    Transaction m_original;
    QComboBox *m_kind = nullptr;
    MoneyEdit *m_amount = nullptr;
    QDateEdit *m_day = nullptr;
    CategoryCombo *m_category = nullptr;
    QLineEdit *m_merchant = nullptr;
    QLineEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    SaveErrorLabel *m_saveError = nullptr;
    std::function<Result<void>(const Transaction &)> m_save;
};

} // namespace lifeos
