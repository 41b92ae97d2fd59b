#pragma once

#include "model/Category.h"

#include <QStyledItemDelegate>

namespace lifeos {

// Edits a preview row's category with a combo of the categories of the row's kind (expense or income).
// The item holds the category id in CategoryIdRole (invalid: none) and the kind name in KindRole.
class CategoryItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryItemDelegate)

public:
    static constexpr int CategoryIdRole = Qt::UserRole;
    static constexpr int KindRole = Qt::UserRole + 1;

    explicit CategoryItemDelegate(QObject *parent = nullptr);
    void setCategories(const QList<Category> &expense, const QList<Category> &income);
    QString nameOf(const QVariant &categoryId) const;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<Category> m_expense;
    QList<Category> m_income;
};

} // namespace lifeos
