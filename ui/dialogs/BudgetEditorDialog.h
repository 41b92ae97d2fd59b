#pragma once

#include "model/Budget.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace lifeos {

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

private:
    void updateOk();

    Budget m_original;
    QDate m_today;
    CategoryCombo *m_category = nullptr;
    QComboBox *m_period = nullptr;
    MoneyEdit *m_limit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lifeos
