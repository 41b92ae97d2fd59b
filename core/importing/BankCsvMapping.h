#pragma once

#include "importing/CsvTable.h"
#include "importing/CsvValues.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lifeos {

// Which column of a bank's CSV holds what. Columns are 0-based; -1 = not present. The amount is either one
// signed column (negative = expense, unless negativeIsIncome) or a debit column plus a credit column.
struct BankCsvMapping
{
    QString name;          // "BCA", "My Wise account"; the key it is remembered by
    QChar separator = u',';
    int headerRows = 1;    // rows before the first transaction (headers, account info)
    int dateColumn = 0;
    QString dateFormat = QStringLiteral("yyyy-MM-dd");
    int descriptionColumn = 1;
    int merchantColumn = -1; // when absent, the description is the merchant
    int amountColumn = 2;
    int debitColumn = -1;
    int creditColumn = -1;
    bool negativeIsIncome = false; // a card statement lists spending as positive and payments as negative
    DecimalStyle decimalStyle = DecimalStyle::Auto;
    QString currency = QStringLiteral("IDR");
    int currencyColumn = -1;  // a per-row currency code overrides `currency`
    int categoryColumn = -1;  // a bank's own category, used when it names one of ours

    bool usesDebitCredit() const { return debitColumn >= 0 || creditColumn >= 0; }
    QJsonObject toJson() const;
    static Result<BankCsvMapping> fromJson(const QJsonObject &json);
    // A first guess from the header row and the values: date/amount/debit/credit/description columns by
    // header words (English and Indonesian) and by what the values look like; date format and decimal style.
    // The currency comes from a currency column, a line above the table or symbols in the amounts, else
    // `fallbackCurrency` (the user's default currency).
    static BankCsvMapping guess(const CsvTable &table, const QString &fallbackCurrency = QStringLiteral("IDR"));
};

// Mappings remembered in the csv_mappings table, by name (case-insensitive).
class BankCsvMappingStore
{
    Q_DECLARE_TR_FUNCTIONS(BankCsvMappingStore)

public:
    explicit BankCsvMappingStore(Database &database);

    Result<void> save(const BankCsvMapping &mapping);
    Result<std::optional<BankCsvMapping>> load(const QString &name) const;
    Result<QStringList> names() const;
    Result<void> remove(const QString &name);

private:
    Database &m_database;
};

} // namespace lifeos
