#include "importing/BankCsvMapping.h"

#include "finance/FinanceValidation.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <vector>

namespace lifeos {

namespace {

constexpr int kJsonVersion = 1;
constexpr int kSampleRows = 500; // enough rows to judge a column; a guess must stay instant on big files

QString styleName(DecimalStyle style)
{
    switch (style) {
    case DecimalStyle::Point:
        return QStringLiteral("point");
    case DecimalStyle::Comma:
        return QStringLiteral("comma");
    case DecimalStyle::Auto:
        break;
    }
    return QStringLiteral("auto");
}

// ---- guessing --------------------------------------------------------------------------------------------------

enum class Role { Date, Debit, Credit, Amount, Description, Merchant, Currency, Category };

// Header words per role, strongest first. Matched against whole words of the lower-cased header cell.
// English and Indonesian, plus the German words of a typical giro export.
const std::vector<std::pair<Role, QStringList>> &headerWords()
{
    static const std::vector<std::pair<Role, QStringList>> words = {
        {Role::Date,
         {QStringLiteral("date"), QStringLiteral("tanggal"), QStringLiteral("tgl"), QStringLiteral("buchungstag"),
          QStringLiteral("datum")}},
        {Role::Debit,
         {QStringLiteral("debit"), QStringLiteral("debet"), QStringLiteral("withdrawal"), QStringLiteral("withdrawals"),
          QStringLiteral("keluar"), QStringLiteral("money out"), QStringLiteral("paid out")}},
        {Role::Credit,
         {QStringLiteral("credit"), QStringLiteral("kredit"), QStringLiteral("deposit"), QStringLiteral("deposits"),
          QStringLiteral("masuk"), QStringLiteral("money in"), QStringLiteral("paid in")}},
        {Role::Amount,
         {QStringLiteral("amount"), QStringLiteral("jumlah"), QStringLiteral("nominal"), QStringLiteral("nilai"),
          QStringLiteral("betrag")}},
        {Role::Description,
         {QStringLiteral("description"), QStringLiteral("keterangan"), QStringLiteral("uraian"),
          QStringLiteral("verwendungszweck"), QStringLiteral("memo"), QStringLiteral("details"),
          QStringLiteral("detail"), QStringLiteral("narrative")}},
        {Role::Merchant,
         {QStringLiteral("merchant"), QStringLiteral("payee"), QStringLiteral("counterparty"),
          QStringLiteral("empfänger")}},
        {Role::Currency,
         {QStringLiteral("currency"), QStringLiteral("mata uang"), QStringLiteral("ccy"), QStringLiteral("währung")}},
        {Role::Category, {QStringLiteral("category"), QStringLiteral("kategori")}},
    };
    return words;
}

// "Posting Date" -> " posting date ", so " date " matches whole words only.
QString headerKey(const QString &cell)
{
    static const QRegularExpression notWord(QStringLiteral("[^\\w/]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QString key = cell.toLower();
    key.replace(notWord, QStringLiteral(" "));
    key.replace(u'/', u' ');
    return u' ' + key.simplified() + u' ';
}

bool headerMatches(const QString &key, const QString &word)
{
    QString wanted = word;
    wanted.replace(u'/', u' ');
    return key.contains(u' ' + wanted.simplified() + u' ');
}

QString field(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
}

bool parsesAsAnyDate(const QString &text)
{
    return !text.isEmpty() && text.size() <= 40 && !CsvValues::detectDateFormat({text}).isEmpty();
}

bool looksLikeAmount(const QString &text)
{
    return CsvValues::amountMinor(text, 2, DecimalStyle::Auto).has_value()
           || CsvValues::amountMinor(text, 0, DecimalStyle::Auto).has_value();
}

// What the separators in the amounts say about the decimal point; Auto when they disagree or say nothing.
DecimalStyle decimalStyleOf(const QStringList &values)
{
    static const QRegularExpression commaPoint(QStringLiteral(",\\d{1,2}\\)?-?\\s*\\D*$"));
    static const QRegularExpression dotPoint(QStringLiteral("\\.\\d{1,2}\\)?-?\\s*\\D*$"));
    int comma = 0;
    int point = 0;
    for (const QString &value : values) {
        const qsizetype lastDot = value.lastIndexOf(u'.');
        const qsizetype lastComma = value.lastIndexOf(u',');
        if (lastDot >= 0 && lastComma >= 0) {
            ++(lastComma > lastDot ? comma : point);
        } else if (value.count(u'.') > 1) {
            ++comma; // "1.000.000": dots group, so a comma would be the point
        } else if (value.count(u',') > 1) {
            ++point;
        } else if (commaPoint.match(value).hasMatch()) {
            ++comma;
        } else if (dotPoint.match(value).hasMatch() && !parsesAsAnyDate(value)) {
            ++point;
        }
    }
    // One odd value ("12.3.4" among "-3.50") does not overrule the rest; a real mix leaves it to each value.
    if (comma > 0 && comma >= 4 * point)
        return DecimalStyle::Comma;
    if (point > 0 && point >= 4 * comma)
        return DecimalStyle::Point;
    return DecimalStyle::Auto;
}

} // namespace

QJsonObject BankCsvMapping::toJson() const
{
    return QJsonObject{
        {QStringLiteral("version"), kJsonVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("separator"), QString(separator)},
        {QStringLiteral("headerRows"), headerRows},
        {QStringLiteral("dateColumn"), dateColumn},
        {QStringLiteral("dateFormat"), dateFormat},
        {QStringLiteral("descriptionColumn"), descriptionColumn},
        {QStringLiteral("merchantColumn"), merchantColumn},
        {QStringLiteral("amountColumn"), amountColumn},
        {QStringLiteral("debitColumn"), debitColumn},
        {QStringLiteral("creditColumn"), creditColumn},
        {QStringLiteral("negativeIsIncome"), negativeIsIncome},
        {QStringLiteral("decimalStyle"), styleName(decimalStyle)},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("currencyColumn"), currencyColumn},
        {QStringLiteral("categoryColumn"), categoryColumn},
    };
}

Result<BankCsvMapping> BankCsvMapping::fromJson(const QJsonObject &json)
{
    // Missing keys keep their defaults (a mapping saved by an older version still loads); wrong ones are refused.
    BankCsvMapping mapping;
    const auto invalid = [](const QString &key) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("BankCsvMapping", "The saved CSV mapping has an invalid \"%1\".")
                         .arg(key)};
    };
    if (json.value(QStringLiteral("version")).toInt(kJsonVersion) > kJsonVersion) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("BankCsvMapping",
                                                 "The CSV mapping was saved by a newer version of LifeOS.")};
    }
    const auto readString = [&](const QString &key, QString &target) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isString())
            return false;
        target = value.toString();
        return true;
    };
    const auto readInt = [&](const QString &key, int &target, int minimum) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isDouble())
            return false;
        const double number = value.toDouble();
        if (number != double(int(number)) || number < minimum || number > 10000)
            return false;
        target = int(number);
        return true;
    };

    if (!readString(QStringLiteral("name"), mapping.name))
        return invalid(QStringLiteral("name"));
    QString separator = mapping.separator;
    if (!readString(QStringLiteral("separator"), separator) || separator.size() != 1 || separator == u"\""
        || separator == u"\n" || separator == u"\r")
        return invalid(QStringLiteral("separator"));
    mapping.separator = separator.front();

    const std::pair<const char16_t *, int *> columns[] = {
        {u"dateColumn", &mapping.dateColumn},         {u"descriptionColumn", &mapping.descriptionColumn},
        {u"merchantColumn", &mapping.merchantColumn}, {u"amountColumn", &mapping.amountColumn},
        {u"debitColumn", &mapping.debitColumn},       {u"creditColumn", &mapping.creditColumn},
        {u"currencyColumn", &mapping.currencyColumn}, {u"categoryColumn", &mapping.categoryColumn},
    };
    for (const auto &[key, target] : columns) {
        const QString keyText = QString::fromUtf16(key);
        if (!readInt(keyText, *target, -1))
            return invalid(keyText);
    }
    if (!readInt(QStringLiteral("headerRows"), mapping.headerRows, 0))
        return invalid(QStringLiteral("headerRows"));
    if (mapping.dateColumn < 0)
        return invalid(QStringLiteral("dateColumn"));
    if (!mapping.usesDebitCredit() && mapping.amountColumn < 0)
        return invalid(QStringLiteral("amountColumn"));

    if (!readString(QStringLiteral("dateFormat"), mapping.dateFormat) || mapping.dateFormat.trimmed().isEmpty())
        return invalid(QStringLiteral("dateFormat"));

    const QJsonValue negative = json.value(QStringLiteral("negativeIsIncome"));
    if (!negative.isUndefined() && !negative.isBool())
        return invalid(QStringLiteral("negativeIsIncome"));
    mapping.negativeIsIncome = negative.toBool(mapping.negativeIsIncome);

    QString style = styleName(mapping.decimalStyle);
    if (!readString(QStringLiteral("decimalStyle"), style))
        return invalid(QStringLiteral("decimalStyle"));
    if (style == u"auto")
        mapping.decimalStyle = DecimalStyle::Auto;
    else if (style == u"point")
        mapping.decimalStyle = DecimalStyle::Point;
    else if (style == u"comma")
        mapping.decimalStyle = DecimalStyle::Comma;
    else
        return invalid(QStringLiteral("decimalStyle"));

    if (!readString(QStringLiteral("currency"), mapping.currency) || !FinanceValidation::isCurrencyCode(mapping.currency))
        return invalid(QStringLiteral("currency"));
    return mapping;
}

BankCsvMapping BankCsvMapping::guess(const CsvTable &table, const QString &fallbackCurrency)
{
    BankCsvMapping mapping;
    mapping.separator = table.separator.isNull() ? QChar(u',') : table.separator;
    const qsizetype rowCount = std::min<qsizetype>(table.rows.size(), kSampleRows);
    int columnCount = 0;
    for (qsizetype r = 0; r < rowCount; ++r)
        columnCount = std::max(columnCount, int(table.rows.at(r).size()));
    if (columnCount == 0)
        return mapping;

    // 1. The date column: the one with the most values that read as a day (ties: the leftmost).
    QList<int> dateCounts(columnCount, 0);
    for (qsizetype r = 0; r < rowCount; ++r) {
        for (int c = 0; c < columnCount; ++c) {
            if (parsesAsAnyDate(field(table.rows.at(r), c)))
                ++dateCounts[c];
        }
    }
    const int mostDates = *std::max_element(dateCounts.cbegin(), dateCounts.cend());
    const bool haveDates = mostDates > 0;
    mapping.dateColumn = haveDates ? int(dateCounts.indexOf(mostDates)) : 0;

    // 2. Its format, from the values that are days at all (header and footer lines are not), and the header rows:
    // everything before the first row whose date reads.
    QList<qsizetype> dataRows;
    const auto settleDates = [&] {
        QStringList samples;
        for (qsizetype r = 0; r < rowCount; ++r) {
            const QString value = field(table.rows.at(r), mapping.dateColumn);
            if (parsesAsAnyDate(value))
                samples.append(value);
        }
        QString format = CsvValues::detectDateFormat(samples);
        if (format.isEmpty() && !samples.isEmpty()) {
            // Mixed formats: the one that reads the most samples.
            qsizetype bestCount = 0;
            for (const QString &candidate : CsvValues::dateFormats()) {
                const auto count = std::count_if(samples.cbegin(), samples.cend(), [&](const QString &value) {
                    return CsvValues::date(value, candidate).isValid();
                });
                if (count > bestCount) {
                    bestCount = count;
                    format = candidate;
                }
            }
        }
        if (!format.isEmpty())
            mapping.dateFormat = format;
        dataRows.clear();
        mapping.headerRows = -1;
        for (qsizetype r = 0; r < rowCount; ++r) {
            if (CsvValues::date(field(table.rows.at(r), mapping.dateColumn), mapping.dateFormat).isValid()) {
                if (mapping.headerRows < 0)
                    mapping.headerRows = int(r);
                dataRows.append(r);
            }
        }
        if (mapping.headerRows < 0)
            mapping.headerRows = 1;
    };
    const auto dateWords = std::find_if(headerWords().cbegin(), headerWords().cend(),
                                        [](const auto &entry) { return entry.first == Role::Date; })->second;
    if (haveDates) {
        settleDates();
        // A column headed "Date"/"Tanggal" that holds (nearly) as many days beats a reference number that
        // happens to read as one.
        if (mapping.headerRows > 0) {
            const QStringList &header = table.rows.at(mapping.headerRows - 1);
            int preferred = -1;
            for (qsizetype w = 0; w < dateWords.size() && preferred < 0; ++w) {
                for (int c = 0; c < columnCount && preferred < 0; ++c) {
                    if (dateCounts[c] * 5 >= mostDates * 4 && headerMatches(headerKey(field(header, c)), dateWords[w]))
                        preferred = c;
                }
            }
            if (preferred >= 0 && preferred != mapping.dateColumn) {
                mapping.dateColumn = preferred;
                settleDates();
            }
        }
    } else {
        // No day reads in any format we know: a header word still says where the date is.
        mapping.headerRows = 1;
        bool found = false;
        for (qsizetype r = 0; r < std::min<qsizetype>(rowCount, 30) && !found; ++r) {
            for (int c = 0; c < columnCount && !found; ++c) {
                const QString key = headerKey(field(table.rows.at(r), c));
                if (std::any_of(dateWords.cbegin(), dateWords.cend(),
                                [&](const QString &word) { return headerMatches(key, word); })) {
                    mapping.dateColumn = c;
                    mapping.headerRows = int(r) + 1;
                    found = true;
                }
            }
        }
        for (qsizetype r = mapping.headerRows; r < rowCount; ++r)
            dataRows.append(r);
    }
    const auto columnValues = [&](int column) {
        QStringList values;
        for (const qsizetype r : std::as_const(dataRows)) {
            const QString value = field(table.rows.at(r), column);
            if (!value.isEmpty())
                values.append(value);
        }
        return values;
    };
    const auto mostlyAmounts = [&](int column) {
        const QStringList values = columnValues(column);
        if (values.isEmpty())
            return false;
        const auto amounts = std::count_if(values.cbegin(), values.cend(), looksLikeAmount);
        return amounts * 10 >= values.size() * 8;
    };

    // 4. Roles from the header row right above the data, strongest word first, then the leftmost column.
    std::map<Role, int> roles;
    QList<bool> taken(columnCount, false);
    taken[mapping.dateColumn] = true;
    if (mapping.headerRows > 0) {
        const QStringList &header = table.rows.at(mapping.headerRows - 1);
        for (const auto &[role, words] : headerWords()) {
            if (role == Role::Date)
                continue;
            for (const QString &word : words) {
                if (roles.count(role))
                    break;
                for (int c = 0; c < columnCount; ++c) {
                    if (!taken[c] && headerMatches(headerKey(field(header, c)), word)) {
                        // A money column must hold money ("Debit/Credit" holding "DR"/"CR" does not).
                        const bool money = role == Role::Debit || role == Role::Credit || role == Role::Amount;
                        // (An empty one is fine: a month without income leaves "Credit" blank.)
                        if (money && !columnValues(c).isEmpty() && !mostlyAmounts(c))
                            continue;
                        roles[role] = c;
                        taken[c] = true;
                        break;
                    }
                }
            }
        }
    }
    const auto roleColumn = [&](Role role) { return roles.count(role) ? roles.at(role) : -1; };

    // 5. What the header did not say, from the values.
    mapping.debitColumn = roleColumn(Role::Debit);
    mapping.creditColumn = roleColumn(Role::Credit);
    mapping.amountColumn = mapping.usesDebitCredit() ? -1 : roleColumn(Role::Amount);
    if (mapping.amountColumn < 0 && !mapping.usesDebitCredit()) {
        // The leftmost money column with a negative value, else the leftmost money column.
        int firstMoney = -1;
        for (int c = 0; c < columnCount && mapping.amountColumn < 0; ++c) {
            if (taken[c] || !mostlyAmounts(c))
                continue;
            if (firstMoney < 0)
                firstMoney = c;
            const QStringList values = columnValues(c);
            if (std::any_of(values.cbegin(), values.cend(), [](const QString &value) {
                    const auto minor = CsvValues::amountMinor(value, 2, DecimalStyle::Auto);
                    return minor && *minor < 0;
                }))
                mapping.amountColumn = c;
        }
        if (mapping.amountColumn < 0)
            mapping.amountColumn = firstMoney;
        if (mapping.amountColumn >= 0)
            taken[mapping.amountColumn] = true;
    }
    mapping.merchantColumn = roleColumn(Role::Merchant);
    mapping.descriptionColumn = roleColumn(Role::Description);
    if (mapping.descriptionColumn < 0) {
        // The free text column with the longest values on average.
        double longest = 0;
        for (int c = 0; c < columnCount; ++c) {
            if (taken[c] || mostlyAmounts(c))
                continue;
            const QStringList values = columnValues(c);
            if (values.isEmpty() || std::any_of(values.cbegin(), values.cend(), parsesAsAnyDate))
                continue;
            qsizetype total = 0;
            for (const QString &value : values)
                total += value.size();
            const double average = double(total) / double(values.size());
            if (average > longest && !FinanceValidation::isCurrencyCode(values.front())) {
                longest = average;
                mapping.descriptionColumn = c;
            }
        }
        if (mapping.descriptionColumn >= 0)
            taken[mapping.descriptionColumn] = true;
    }
    if (mapping.descriptionColumn < 0) {
        // A card export names only the merchant: it is the description too.
        mapping.descriptionColumn = mapping.merchantColumn;
        mapping.merchantColumn = -1;
    }
    mapping.categoryColumn = roleColumn(Role::Category);
    mapping.currencyColumn = roleColumn(Role::Currency);

    // 6. Decimal style and sign convention from the money columns.
    QStringList money;
    for (const int column : {mapping.amountColumn, mapping.debitColumn, mapping.creditColumn}) {
        if (column >= 0)
            money += columnValues(column);
    }
    mapping.decimalStyle = decimalStyleOf(money);
    if (mapping.amountColumn >= 0) {
        int negatives = 0;
        int positives = 0;
        for (const QString &value : columnValues(mapping.amountColumn)) {
            const auto minor = CsvValues::amountMinor(value, 2, mapping.decimalStyle);
            if (minor && *minor < 0)
                ++negatives;
            else if (minor && *minor > 0)
                ++positives;
        }
        // A card statement lists spending as positive and the few payments or refunds as negative; a bank account
        // lists spending as negative. Only a clear majority (two to one) over enough rows reads as a card statement;
        // the preview shows the result before anything is written.
        mapping.negativeIsIncome = negatives > 0 && positives >= 2 * negatives && positives + negatives >= 5;
    }

    // 7. The currency: the most common code in a currency column, else a "Currency: XXX" line above the table,
    // else a symbol in the amounts; otherwise the default stays.
    if (FinanceValidation::isCurrencyCode(fallbackCurrency))
        mapping.currency = fallbackCurrency;
    std::map<QString, int> codes;
    if (mapping.currencyColumn >= 0) {
        for (const QString &value : columnValues(mapping.currencyColumn)) {
            if (FinanceValidation::isCurrencyCode(value.toUpper()))
                ++codes[value.toUpper()];
        }
    }
    for (int r = 0; r < mapping.headerRows && codes.empty(); ++r) {
        const QStringList &row = table.rows.at(r);
        const auto words = std::find_if(headerWords().cbegin(), headerWords().cend(),
                                        [](const auto &entry) { return entry.first == Role::Currency; });
        const bool namesCurrency = std::any_of(row.cbegin(), row.cend(), [&](const QString &cell) {
            return std::any_of(words->second.cbegin(), words->second.cend(),
                               [&](const QString &word) { return headerMatches(headerKey(cell), word); });
        });
        if (!namesCurrency)
            continue;
        for (const QString &cell : row) {
            if (FinanceValidation::isCurrencyCode(cell.trimmed()))
                ++codes[cell.trimmed()];
        }
    }
    if (codes.empty()) {
        for (const QString &value : std::as_const(money)) {
            if (value.contains(u'$'))
                ++codes[QStringLiteral("USD")];
            else if (value.contains(u'€'))
                ++codes[QStringLiteral("EUR")];
            else if (value.contains(u'£'))
                ++codes[QStringLiteral("GBP")];
            else if (value.startsWith(u"Rp", Qt::CaseInsensitive))
                ++codes[QStringLiteral("IDR")];
        }
    }
    if (!codes.empty()) {
        mapping.currency = std::max_element(codes.cbegin(), codes.cend(), [](const auto &a, const auto &b) {
                               return a.second < b.second;
                           })->first;
    }
    return mapping;
}

// ---- the store -------------------------------------------------------------------------------------------------

BankCsvMappingStore::BankCsvMappingStore(Database &database)
    : m_database(database)
{
}

Result<void> BankCsvMappingStore::save(const BankCsvMapping &input)
{
    BankCsvMapping mapping = input;
    mapping.name = mapping.name.trimmed();
    if (mapping.name.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Give the CSV mapping a name.")};
    const QByteArray definition = QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact);
    // Saving under a name that differs only in case replaces that mapping and takes the new spelling.
    auto query = runQuery(m_database,
                          QStringLiteral("INSERT INTO csv_mappings (name, definition, updated_at) VALUES (?, ?, ?) "
                                         "ON CONFLICT (name) DO UPDATE SET name = excluded.name, "
                                         "definition = excluded.definition, updated_at = excluded.updated_at"),
                          {mapping.name, QString::fromUtf8(definition), sql::instant(sql::now())},
                          tr("Saving the CSV mapping"));
    if (!query)
        return query.error();
    return {};
}

Result<std::optional<BankCsvMapping>> BankCsvMappingStore::load(const QString &name) const
{
    auto query = runQuery(m_database, QStringLiteral("SELECT name, definition FROM csv_mappings WHERE name = ?"),
                          {name.trimmed()}, tr("Reading the CSV mapping"));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<BankCsvMapping>();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(query->value(1).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{ErrorCode::InvalidInput, tr("The saved CSV mapping \"%1\" is damaged.").arg(name)};
    auto mapping = BankCsvMapping::fromJson(document.object());
    if (!mapping)
        return mapping.error();
    mapping->name = query->value(0).toString();
    return std::optional<BankCsvMapping>(*mapping);
}

Result<QStringList> BankCsvMappingStore::names() const
{
    auto query = runQuery(m_database, QStringLiteral("SELECT name FROM csv_mappings ORDER BY name COLLATE NOCASE"),
                          QVariantList(),
                          tr("Reading the CSV mappings"));
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

Result<void> BankCsvMappingStore::remove(const QString &name)
{
    // Removing a mapping that is already gone is not an error: the result is the same.
    auto query = runQuery(m_database, QStringLiteral("DELETE FROM csv_mappings WHERE name = ?"), {name.trimmed()},
                          tr("Deleting the CSV mapping"));
    if (!query)
        return query.error();
    return {};
}

} // namespace lifeos
