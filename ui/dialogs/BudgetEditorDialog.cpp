#include "dialogs/BudgetEditorDialog.h"
#include "dialogs/SaveErrorLabel.h"

#include "finance/BudgetTracker.h"
#include "pages/finance/CategoryCombo.h"
#include "pages/finance/MoneyEdit.h"
#include "PaletteColors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lifeos {

BudgetEditorDialog::BudgetEditorDialog(Database &database, const Budget &budget, const QStringList &currencies,
                                       const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_original(budget)
    , m_today(today)
    , m_category(new CategoryCombo(database, false, this))
    , m_period(new QComboBox(this))
    , m_limit(new MoneyEdit(currencies, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_saveError(new SaveErrorLabel(QStringLiteral("budgetSaveError"), this))
{
    setObjectName(QStringLiteral("budgetEditor"));
    setWindowTitle(budget.id == 0 ? tr("New budget") : tr("Edit budget"));
    m_category->setObjectName(QStringLiteral("budgetCategory"));
    m_period->setObjectName(QStringLiteral("budgetPeriod"));
    m_limit->setObjectName(QStringLiteral("budgetLimit"));
    m_category->setKind(QStringLiteral("expense"));
    if (budget.categoryId != 0)
        m_category->setCategoryId(budget.categoryId);
    m_period->addItem(tr("Every month"), int(BudgetPeriod::Month));
    m_period->addItem(tr("Every week (Monday to Sunday)"), int(BudgetPeriod::Week));
    m_period->setCurrentIndex(budget.period == BudgetPeriod::Week ? 1 : 0);
    m_limit->setMoney(budget.limit);

    auto *form = new QFormLayout;
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Limit:"), m_limit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(400);

    connect(m_limit, &MoneyEdit::validityChanged, this, &BudgetEditorDialog::updateOk);
    connect(m_category, &QComboBox::currentIndexChanged, this, &BudgetEditorDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    m_category->setFocus();
}

Budget BudgetEditorDialog::budget() const
{
    Budget result = m_original;
    result.categoryId = m_category->categoryId().value_or(0);
    result.categoryName = m_category->currentText();
    result.period = BudgetPeriod(m_period->currentData().toInt());
    if (auto money = m_limit->money())
        result.limit = *money;
    // A budget counts from the start of the period it was set in, so this week's or month's spending shows at once.
    const QDate anchor = result.startsOn.isValid() ? result.startsOn : m_today;
    result.startsOn = BudgetTracker::periodContaining(result.period, anchor).first;
    return result;
}

void BudgetEditorDialog::updateOk()
{
    m_saveError->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_limit->isValid() && m_category->categoryId().has_value());
}

void BudgetEditorDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_save && !m_saveError->accepts(m_save(budget())))
        return;
    QDialog::accept();
}

} // namespace lifeos
