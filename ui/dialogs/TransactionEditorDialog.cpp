#include "dialogs/TransactionEditorDialog.h"
#include "dialogs/SaveErrorLabel.h"

#include "pages/finance/CategoryCombo.h"
#include "pages/finance/MoneyEdit.h"
#include "PaletteColors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lifeos {

TransactionEditorDialog::TransactionEditorDialog(Database &database, const Transaction &transaction,
                                                 const QStringList &currencies, QWidget *parent)
    : QDialog(parent)
    , m_original(transaction)
    , m_kind(new QComboBox(this))
    , m_amount(new MoneyEdit(currencies, this))
    , m_day(new QDateEdit(this))
    , m_category(new CategoryCombo(database, true, this))
    , m_merchant(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_saveError(new SaveErrorLabel(QStringLiteral("transactionSaveError"), this))
{
    setObjectName(QStringLiteral("transactionEditor"));
    setWindowTitle(transaction.id == 0 ? tr("New transaction") : tr("Edit transaction"));
    m_kind->setObjectName(QStringLiteral("transactionKind"));
    m_amount->setObjectName(QStringLiteral("transactionAmount"));
    m_day->setObjectName(QStringLiteral("transactionDay"));
    m_category->setObjectName(QStringLiteral("transactionCategory"));
    m_merchant->setObjectName(QStringLiteral("transactionMerchant"));
    m_note->setObjectName(QStringLiteral("transactionNote"));

    m_kind->addItem(tr("Expense"), int(TransactionKind::Expense));
    m_kind->addItem(tr("Income"), int(TransactionKind::Income));
    m_kind->setCurrentIndex(transaction.kind == TransactionKind::Income ? 1 : 0);
    m_amount->setMoney(transaction.amount);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_day->setDate(transaction.day.isValid() ? transaction.day : QDate::currentDate());
    m_category->setKind(transactionKindName(transaction.kind));
    m_category->setCategoryId(transaction.categoryId);
    m_merchant->setText(transaction.merchant);
    m_merchant->setPlaceholderText(tr("Where the money went or came from"));
    m_note->setText(transaction.note);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Merchant:"), m_merchant);
    form->addRow(tr("N&ote:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_category->setKind(transactionKindName(TransactionKind(m_kind->currentData().toInt())));
    });
    connect(m_amount, &MoneyEdit::validityChanged, this, &TransactionEditorDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    m_amount->setFocus();
}

Transaction TransactionEditorDialog::transaction() const
{
    Transaction result = m_original;
    result.kind = TransactionKind(m_kind->currentData().toInt());
    if (auto money = m_amount->money())
        result.amount = *money;
    result.day = m_day->date();
    result.categoryId = m_category->categoryId();
    result.merchant = m_merchant->text().trimmed();
    result.note = m_note->text().trimmed();
    return result;
}

void TransactionEditorDialog::updateOk()
{
    m_saveError->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_amount->isValid());
}

void TransactionEditorDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_save && !m_saveError->accepts(m_save(transaction())))
        return;
    QDialog::accept();
}

} // namespace lifeos
