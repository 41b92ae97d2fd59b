#pragma once

#include "model/Money.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace lifeos {

// An amount typed in the chosen currency, parsed with MoneyFormat. What cannot be read is explained under the
// field (never silently dropped) and the typed text stays as it was.
class MoneyEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoneyEdit)

public:
    explicit MoneyEdit(const QStringList &currencies, QWidget *parent = nullptr);

    void setMoney(const Money &money);
    void setCurrency(const QString &currency);
    QString currency() const;
    std::optional<Money> money() const; // nullopt while the text is not a positive amount
    bool isValid() const { return money().has_value(); }
    QLineEdit *amountField() const { return m_amount; }

    // Common currencies plus the ones in use, without repeats, the ones in use first.
    static QStringList currencyChoices(const QStringList &inUse);

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    void revalidate();

    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QLabel *m_error = nullptr;
    bool m_valid = false;
};

} // namespace lifeos
