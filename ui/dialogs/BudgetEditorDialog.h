#pragma once

#include "model/Budget.h"

#include "util/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace lifeos {

class SaveErrorLabel;

class CategoryCombo;
class Database;
class MoneyEdit;

// Adds or edits a weekly or monthly spending limit for one expense category.
class BudgetEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetEditorDialog)

public:
    BudgetEditorDialog(Database &database, const Budget &budget, const QStringList &currencies, const QDate &today,
                       QWidget *parent = nullptr);

    Budget budget() const;
    // OK stores through `save` before the dialog closes; a refused save shows why and keeps everything typed.
    void setSave(std::function<Result<void>(const Budget &)> save) { m_save = std::move(save); }
    void accept() override;

private:
    void updateOk();

    Budget m_original;
    QDate m_today;
    CategoryCombo *m_category = nullptr;
    QComboBox *m_period = nullptr;
    MoneyEdit *m_limit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    SaveErrorLabel *m_saveError = nullptr;
    std::function<Result<void>(const Budget &)> m_save;
};

} // namespace lifeos
