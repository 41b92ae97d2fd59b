#include "pages/finance/MoneyEdit.h"

#include "finance/MoneyFormat.h"
#include "PaletteColors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lifeos {

MoneyEdit::MoneyEdit(const QStringList &currencies, QWidget *parent)
    : QWidget(parent)
    , m_amount(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_error(new QLabel(this))
{
    m_amount->setObjectName(QStringLiteral("moneyAmount"));
    m_currency->setObjectName(QStringLiteral("moneyCurrency"));
    m_error->setObjectName(QStringLiteral("moneyError"));
    m_amount->setAccessibleName(tr("Amount"));
    m_currency->setAccessibleName(tr("Currency"));
    m_amount->setAlignment(Qt::AlignRight);
    m_currency->addItems(currencyChoices(currencies));
    m_error->setWordWrap(true);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, errorColor(pal));
    m_error->setPalette(pal);
    // The message's room is kept while there is none, so the dialog does not jump as the user types.
    m_error->setMinimumHeight(2 * m_error->fontMetrics().lineSpacing());
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_amount, 1);
    row->addWidget(m_currency);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_error);
    setFocusProxy(m_amount);

    connect(m_amount, &QLineEdit::textChanged, this, &MoneyEdit::revalidate);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &MoneyEdit::revalidate);
    revalidate();
}

QStringList MoneyEdit::currencyChoices(const QStringList &inUse)
{
    QStringList choices = inUse;
    for (const char16_t *code : {u"IDR", u"USD", u"EUR", u"SGD", u"GBP", u"JPY", u"AUD"}) {
        const QString currency = QString::fromUtf16(code);
        if (!choices.contains(currency))
            choices.append(currency);
    }
    return choices;
}

void MoneyEdit::setMoney(const Money &money)
{
    setCurrency(money.currency);
    m_amount->setText(money.minor > 0 ? MoneyFormat::formatNumber(money) : QString());
}

void MoneyEdit::setCurrency(const QString &currency)
{
    if (currency.isEmpty())
        return;
    if (m_currency->findText(currency) < 0)
        m_currency->insertItem(0, currency);
    m_currency->setCurrentText(currency);
}

QString MoneyEdit::currency() const
{
    return m_currency->currentText();
}

std::optional<Money> MoneyEdit::money() const
{
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    auto parsed = MoneyFormat::parse(text, currency());
    if (!parsed || parsed->minor <= 0)
        return std::nullopt;
    return *parsed;
}

void MoneyEdit::revalidate()
{
    const QString text = m_amount->text().trimmed();
    QString problem;
    if (text.isEmpty()) {
        problem = tr("Enter an amount.");
    } else if (auto parsed = MoneyFormat::parse(text, currency()); !parsed) {
        const int decimals = MoneyFormat::decimals(currency());
        const QString example = MoneyFormat::formatNumber(Money{decimals == 0 ? 50000 : 1250, currency()});
        problem = tr("“%1” is not an amount in %2, e.g. %3.").arg(text, currency(), example);
    } else if (parsed->minor <= 0) {
        problem = tr("The amount must be more than zero.");
    }
    // An empty field is not an error to shout about; it only keeps OK disabled.
    m_error->setText(text.isEmpty() ? QString() : problem);
    const bool valid = problem.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

} // namespace lifeos
