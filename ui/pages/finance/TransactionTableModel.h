#pragma once

#include "model/Transaction.h"

#include <QAbstractTableModel>
#include <QList>

namespace lifeos {

// A month's transactions as table rows: day, merchant, category, note, amount (income in its own colour).
class TransactionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionTableModel)

public:
    enum Column { DayColumn, MerchantColumn, CategoryColumn, NoteColumn, AmountColumn, ColumnCount };

    explicit TransactionTableModel(QObject *parent = nullptr);

    void setTransactions(QList<Transaction> transactions);
    const Transaction &transactionAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const; // -1 when not shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Transaction> m_rows;
};

} // namespace lifeos
