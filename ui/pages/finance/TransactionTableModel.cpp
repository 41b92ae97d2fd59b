#include "pages/finance/TransactionTableModel.h"

#include "finance/MoneyFormat.h"
#include "pages/finance/FinanceColors.h"

#include <QGuiApplication>
#include <QLocale>

namespace lifeos {

TransactionTableModel::TransactionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TransactionTableModel::setTransactions(QList<Transaction> transactions)
{
    beginResetModel();
    m_rows = std::move(transactions);
    endResetModel();
}

int TransactionTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int TransactionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransactionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Transaction &transaction = m_rows.at(index.row());
    const bool income = transaction.kind == TransactionKind::Income;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DayColumn: return QLocale().toString(transaction.day, QStringLiteral("ddd d"));
        case MerchantColumn: return transaction.merchant;
        case CategoryColumn:
            return transaction.categoryName.isEmpty() ? tr("Uncategorised") : transaction.categoryName;
        case NoteColumn: return transaction.note;
        case AmountColumn: {
            const QString amount = MoneyFormat::format(transaction.amount);
            return income ? QString(u'+' + amount) : amount;
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DayColumn)
            return QLocale().toString(transaction.day, QLocale::LongFormat);
        if (index.column() == AmountColumn)
            return income ? tr("Income") : tr("Expense");
        if (index.column() == NoteColumn && !transaction.note.isEmpty())
            return transaction.note;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == DayColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == AmountColumn && income)
            return incomeColor(QGuiApplication::palette());
        if (index.column() == CategoryColumn && transaction.categoryName.isEmpty())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == AmountColumn)
            return QString((income ? tr("Income") : tr("Expense")) + u' ' + MoneyFormat::format(transaction.amount));
        break;
    default: break;
    }
    return {};
}

QVariant TransactionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == AmountColumn || section == DayColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DayColumn: return tr("Day");
    case MerchantColumn: return tr("Merchant");
    case CategoryColumn: return tr("Category");
    case NoteColumn: return tr("Note");
    case AmountColumn: return tr("Amount");
    }
    return {};
}

} // namespace lifeos
