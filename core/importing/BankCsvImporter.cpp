#include "importing/BankCsvImporter.h"

#include "finance/FinanceValidation.h"
#include "finance/MoneyFormat.h"
#include "importing/CategoryRules.h"
#include "importing/CsvValues.h"
#include "importing/ImportHistory.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace lifeos {

namespace {

bool isBlank(const QStringList &row)
{
    return std::all_of(row.begin(), row.end(), [](const QString &field) { return field.trimmed().isEmpty(); });
}

QString sourceFor(const QString &mappingName)
{
    return QStringLiteral("csv:") + mappingName.trimmed().toLower();
}

// The row's content, hashed; `occurrence` tells identical rows of one file apart (1 for the first).
QString
externalIdFor(const QDate &day, qint64 signedMinor, const QString &currency, const QString &description, int occurrence)
{
    const QString content =
        day.toString(Qt::ISODate) + u'|' + QString::number(signedMinor) + u'|' + currency + u'|' + description;
    return QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha1).toHex()) + u'#'
           + QString::number(occurrence);
}

// Text for a NOT NULL column: an unset string is stored as '' (Qt would bind a null QString as NULL).
QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace

BankCsvImporter::BankCsvImporter(Database &database)
    : m_database(database)
{}

Result<TransactionImportPreview> BankCsvImporter::preview(const CsvTable &table, const BankCsvMapping &mapping) const
{
    if (mapping.name.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The column mapping needs a name.")};
    if (mapping.dateColumn < 0)
        return Error{ErrorCode::InvalidInput, tr("The column mapping does not say which column holds the date.")};
    if (!mapping.usesDebitCredit() && mapping.amountColumn < 0)
        return Error{ErrorCode::InvalidInput, tr("The column mapping does not say which column holds the amount.")};
    const QString defaultCurrency = mapping.currency.trimmed().toUpper();
    if (!FinanceValidation::isCurrencyCode(defaultCurrency))
        return Error{ErrorCode::InvalidInput,
                     tr("\"%1\" is not a currency code such as IDR or USD.").arg(mapping.currency)};

    TransactionImportPreview preview;
    preview.mappingName = mapping.name.trimmed();
    const QString source = sourceFor(mapping.name);

    // What earlier bank imports already wrote, whatever mapping or file name they used (the external id is the
    // row's content): one query over the (source, external_id) index, then set lookups.
    auto stored = runQuery(m_database,
                           QStringLiteral("SELECT external_id FROM transactions WHERE source >= 'csv:' AND source < 'csv;'"),
                           {},
                           tr("Reading imported transactions"));
    if (!stored)
        return stored.error();
    QSet<QString> storedIds;
    while (stored->next())
        storedIds.insert(stored->value(0).toString());

    CategoryRules rules(m_database);
    QHash<QString, std::optional<qint64>> bankCategories; // "<kind>\n<name>" → our category with that name
    QHash<QString, int> occurrences;

    // Statements end with summary lines ("Saldo Akhir,18.811.500,00"): after the last dated row, a row too short
    // to hold the mapped columns is a footer, not a broken transaction.
    const int widest = std::max({mapping.dateColumn,
                                 mapping.descriptionColumn,
                                 mapping.amountColumn,
                                 mapping.debitColumn,
                                 mapping.creditColumn});
    qsizetype footerStart = table.rows.size();
    while (footerStart > std::max(0, mapping.headerRows)) {
        const QStringList &row = table.rows.at(footerStart - 1);
        const QString dateField = csvField(row, mapping.dateColumn);
        // Digits where the date belongs ("2024-03-0", a file cut short) make it a broken row, reported below.
        const bool looksDated = std::any_of(dateField.cbegin(), dateField.cend(), [](QChar c) { return c.isDigit(); });
        if (!isBlank(row) && (row.size() > widest || looksDated))
            break;
        --footerStart;
    }

    for (qsizetype i = std::max(0, mapping.headerRows); i < footerStart; ++i) {
        const QStringList &row = table.rows.at(i);
        const int line = i < table.lines.size() ? table.lines.at(i) : int(i) + 1;
        if (isBlank(row))
            continue;
        const int problemsBefore = int(preview.problems.size());
        auto problem = [&](const QString &message) { preview.problems.append(ImportProblem{line, message}); };
        if (row.size() <= widest) {
            problem(tr("The row has %n field(s), too few for the column mapping (%1 needed).", nullptr, int(row.size()))
                        .arg(widest + 1));
            continue;
        }

        const QString dateText = csvField(row, mapping.dateColumn);
        const QDate day = CsvValues::date(dateText, mapping.dateFormat);
        if (dateText.isEmpty())
            problem(tr("There is no date in column %1.").arg(mapping.dateColumn + 1));
        else if (!day.isValid())
            problem(tr("The date \"%1\" is not a day in the format %2.").arg(dateText, mapping.dateFormat));

        QString currency = defaultCurrency;
        const QString currencyText = csvField(row, mapping.currencyColumn).toUpper();
        if (!currencyText.isEmpty()) {
            if (FinanceValidation::isCurrencyCode(currencyText))
                currency = currencyText;
            else
                problem(tr("\"%1\" is not a currency code such as IDR or USD.").arg(currencyText));
        }
        const int decimals = MoneyFormat::decimals(currency);

        std::optional<qint64> signedMinor;
        qint64 writtenMinor = 0; // the amount as the file writes it: the row's identity, whatever the sign rule
        auto readAmount = [&](const QString &text, const QString &label) -> std::optional<qint64> {
            const auto minor = CsvValues::amountMinor(text, decimals, mapping.decimalStyle);
            if (!minor && decimals == 0)
                problem(tr("The %1 \"%2\" cannot be read as %3, which has no decimals.").arg(label, text, currency));
            else if (!minor)
                problem(tr("The %1 \"%2\" cannot be read as an amount in %3.").arg(label, text, currency));
            return minor;
        };
        if (mapping.usesDebitCredit()) {
            const QString debitText = csvField(row, mapping.debitColumn);
            const QString creditText = csvField(row, mapping.creditColumn);
            if (debitText.isEmpty() && creditText.isEmpty()) {
                problem(tr("There is neither a debit nor a credit amount."));
            } else {
                const auto debit = debitText.isEmpty() ? std::optional<qint64>(0) : readAmount(debitText, tr("debit"));
                const auto credit =
                    creditText.isEmpty() ? std::optional<qint64>(0) : readAmount(creditText, tr("credit"));
                if (debit && credit) {
                    signedMinor = std::abs(*credit) - std::abs(*debit);
                    writtenMinor = *signedMinor;
                }
            }
        } else {
            const QString amountText = csvField(row, mapping.amountColumn);
            if (amountText.isEmpty()) {
                problem(tr("There is no amount in column %1.").arg(mapping.amountColumn + 1));
            } else if (const auto amount = readAmount(amountText, tr("amount"))) {
                signedMinor = mapping.negativeIsIncome ? -*amount : *amount;
                writtenMinor = *amount;
            }
        }
        if (int(preview.problems.size()) != problemsBefore || !signedMinor || !day.isValid())
            continue;

        const QString description = csvField(row, mapping.descriptionColumn).simplified();
        const QString merchant = csvField(row, mapping.merchantColumn).simplified();

        TransactionImportRow importRow;
        importRow.line = line;
        importRow.description = description;
        Transaction &transaction = importRow.transaction;
        transaction.kind = *signedMinor > 0 ? TransactionKind::Income : TransactionKind::Expense;
        transaction.amount = Money{std::abs(*signedMinor), currency};
        transaction.day = day;
        transaction.merchant = merchant.isEmpty() ? description : merchant;
        transaction.note = merchant.isEmpty() || merchant == description ? QString() : description;
        transaction.source = source;
        const QString identity =
            day.toString(Qt::ISODate) + u'|' + QString::number(writtenMinor) + u'|' + currency + u'|' + description;
        transaction.externalId = externalIdFor(day, writtenMinor, currency, description, ++occurrences[identity]);
        transaction.rawInput = row.join(table.separator.isNull() ? mapping.separator : table.separator);
        importRow.duplicate = storedIds.contains(transaction.externalId);

        auto suggested = rules.suggest(description);
        if (!suggested)
            return suggested.error();
        importRow.suggestedCategoryId = *suggested;
        const QString bankCategory = csvField(row, mapping.categoryColumn);
        if (!importRow.suggestedCategoryId && !bankCategory.isEmpty()) {
            const QString kind = transactionKindName(transaction.kind);
            const QString cacheKey = kind + u'\n' + bankCategory.toLower();
            if (!bankCategories.contains(cacheKey)) {
                auto found =
                    runQuery(m_database,
                             QStringLiteral("SELECT id FROM categories WHERE kind = ? AND name = ? COLLATE NOCASE"),
                             {kind, bankCategory},
                             tr("Reading categories"));
                if (!found)
                    return found.error();
                bankCategories.insert(cacheKey,
                                      found->next() ? std::optional<qint64>(found->value(0).toLongLong())
                                                    : std::optional<qint64>());
            }
            importRow.suggestedCategoryId = bankCategories.value(cacheKey);
        }
        transaction.categoryId = importRow.suggestedCategoryId;
        preview.rows.append(importRow);
    }
    return preview;
}

Result<ImportBatch> BankCsvImporter::commit(const TransactionImportPreview &preview, const QString &fileName)
{
    if (!preview.problems.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("The file has %n problem(s); nothing was imported.", nullptr, int(preview.problems.size()))};
    ImportBatch batch;
    batch.kind = QStringLiteral("bank_csv");
    batch.fileName = fileName;
    batch.mapping = preview.mappingName;
    if (preview.newCount() == 0)
        return batch; // nothing new: no batch to list or undo

    ImportHistory history(m_database);
    CategoryRules rules(m_database);
    auto written = m_database.write([&]() -> Result<void> {
        auto id = history.begin(batch.kind, fileName, preview.mappingName);
        if (!id)
            return id.error();
        batch.id = *id;
        const QVariant now = sql::instant(sql::now());
        // Prepared once: a statement of a few thousand rows is one parse, not thousands.
        // A row imported since the preview was made (another window) is skipped, not doubled.
        QSqlQuery insert(m_database.connection());
        if (!insert.prepare(QStringLiteral(
                "INSERT INTO transactions (kind, amount_minor, currency, day, category_id, merchant, note, source, "
                "external_id, import_batch, raw_input, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, external_id) DO NOTHING")))
            return Database::errorFrom(insert.lastError(), tr("Importing transactions"));
        for (const TransactionImportRow &row : preview.rows) {
            if (row.duplicate)
                continue;
            const Transaction &t = row.transaction;
            const QVariantList values = {transactionKindName(t.kind),
                                         t.amount.minor,
                                         t.amount.currency,
                                         sql::day(t.day),
                                         sql::optionalId(t.categoryId),
                                         textValue(t.merchant),
                                         textValue(t.note),
                                         t.source,
                                         t.externalId,
                                         batch.id,
                                         t.rawInput.isEmpty() ? QVariant() : QVariant(t.rawInput),
                                         now,
                                         now};
            for (int i = 0; i < values.size(); ++i)
                insert.bindValue(i, values.at(i));
            if (!insert.exec())
                return Database::errorFrom(insert.lastError(), tr("Importing line %1").arg(row.line));
            batch.rowCount += insert.numRowsAffected();
            if (t.categoryId && t.categoryId != row.suggestedCategoryId) {
                auto learned = rules.learn(row.description, *t.categoryId);
                if (!learned)
                    return learned.error();
            }
        }
        return history.finish(batch.id, batch.rowCount);
    });
    if (!written)
        return written.error();
    batch.createdAt = sql::now();
    return batch;
}

} // namespace lifeos
