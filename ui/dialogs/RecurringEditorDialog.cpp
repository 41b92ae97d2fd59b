#include "dialogs/RecurringEditorDialog.h"
#include "dialogs/SaveErrorLabel.h"

#include "pages/finance/CategoryCombo.h"
#include "pages/finance/MoneyEdit.h"
#include "PaletteColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lifeos {

RecurringEditorDialog::RecurringEditorDialog(Database &database, const RecurringTransaction &recurring,
                                             const QStringList &currencies, QWidget *parent)
    : QDialog(parent)
    , m_original(recurring)
    , m_kind(new QComboBox(this))
    , m_amount(new MoneyEdit(currencies, this))
    , m_category(new CategoryCombo(database, true, this))
    , m_merchant(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_cadence(new QComboBox(this))
    , m_firstDay(new QDateEdit(this))
    , m_hasLastDay(new QCheckBox(tr("&Ends on:"), this))
    , m_lastDay(new QDateEdit(this))
    , m_dayError(new QLabel(tr("The last day is before the first day."), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_saveError(new SaveErrorLabel(QStringLiteral("recurringSaveError"), this))
{
    setObjectName(QStringLiteral("recurringEditor"));
    setWindowTitle(recurring.id == 0 ? tr("New recurring transaction") : tr("Edit recurring transaction"));
    m_kind->setObjectName(QStringLiteral("recurringKind"));
    m_amount->setObjectName(QStringLiteral("recurringAmount"));
    m_category->setObjectName(QStringLiteral("recurringCategory"));
    m_merchant->setObjectName(QStringLiteral("recurringMerchant"));
    m_cadence->setObjectName(QStringLiteral("recurringCadence"));
    m_firstDay->setObjectName(QStringLiteral("recurringFirstDay"));
    m_lastDay->setObjectName(QStringLiteral("recurringLastDay"));

    m_kind->addItem(tr("Expense"), int(TransactionKind::Expense));
    m_kind->addItem(tr("Income"), int(TransactionKind::Income));
    m_kind->setCurrentIndex(recurring.kind == TransactionKind::Income ? 1 : 0);
    m_amount->setMoney(recurring.amount);
    m_category->setKind(transactionKindName(recurring.kind));
    m_category->setCategoryId(recurring.categoryId);
    m_merchant->setText(recurring.merchant);
    m_merchant->setPlaceholderText(tr("Landlord, Netflix, employer…"));
    m_note->setText(recurring.note);
    m_cadence->addItem(tr("Every month"), int(Cadence::Monthly));
    m_cadence->addItem(tr("Every week"), int(Cadence::Weekly));
    m_cadence->addItem(tr("Every year"), int(Cadence::Yearly));
    m_cadence->setCurrentIndex(m_cadence->findData(int(recurring.cadence)));
    const QString dateFormat = QStringLiteral("d MMM yyyy");
    for (QDateEdit *edit : {m_firstDay, m_lastDay}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat);
    }
    m_firstDay->setDate(recurring.firstDay.isValid() ? recurring.firstDay : QDate::currentDate());
    m_hasLastDay->setChecked(recurring.lastDay.isValid());
    m_lastDay->setDate(recurring.lastDay.isValid() ? recurring.lastDay : m_firstDay->date().addYears(1));
    m_lastDay->setEnabled(m_hasLastDay->isChecked());
    m_lastDay->setAccessibleName(tr("Last day"));
    QPalette pal = m_dayError->palette();
    pal.setColor(QPalette::WindowText, errorColor(pal));
    m_dayError->setPalette(pal);
    m_dayError->hide();

    auto *lastRow = new QHBoxLayout;
    lastRow->addWidget(m_hasLastDay);
    lastRow->addWidget(m_lastDay, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Merchant:"), m_merchant);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(tr("&Repeats:"), m_cadence);
    form->addRow(tr("&First day:"), m_firstDay);
    form->addRow(QString(), lastRow);
    form->addRow(QString(), m_dayError);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_category->setKind(transactionKindName(TransactionKind(m_kind->currentData().toInt())));
    });
    connect(m_hasLastDay, &QCheckBox::toggled, m_lastDay, &QWidget::setEnabled);
    connect(m_hasLastDay, &QCheckBox::toggled, this, &RecurringEditorDialog::updateOk);
    connect(m_firstDay, &QDateEdit::dateChanged, this, &RecurringEditorDialog::updateOk);
    connect(m_lastDay, &QDateEdit::dateChanged, this, &RecurringEditorDialog::updateOk);
    connect(m_amount, &MoneyEdit::validityChanged, this, &RecurringEditorDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    m_amount->setFocus();
}

RecurringTransaction RecurringEditorDialog::recurring() const
{
    RecurringTransaction result = m_original;
    result.kind = TransactionKind(m_kind->currentData().toInt());
    if (auto money = m_amount->money())
        result.amount = *money;
    result.categoryId = m_category->categoryId();
    result.merchant = m_merchant->text().trimmed();
    result.note = m_note->text().trimmed();
    result.cadence = Cadence(m_cadence->currentData().toInt());
    result.firstDay = m_firstDay->date();
    result.lastDay = m_hasLastDay->isChecked() ? m_lastDay->date() : QDate();
    return result;
}

void RecurringEditorDialog::updateOk()
{
    m_saveError->hide();
    const bool daysOk = !m_hasLastDay->isChecked() || m_lastDay->date() >= m_firstDay->date();
    m_dayError->setVisible(!daysOk);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_amount->isValid() && daysOk);
}

void RecurringEditorDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_save && !m_saveError->accepts(m_save(recurring())))
        return;
    QDialog::accept();
}

} // namespace lifeos
