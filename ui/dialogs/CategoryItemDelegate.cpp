#include "dialogs/CategoryItemDelegate.h"

#include <QComboBox>

namespace lifeos {

CategoryItemDelegate::CategoryItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void CategoryItemDelegate::setCategories(const QList<Category> &expense, const QList<Category> &income)
{
    m_expense = expense;
    m_income = income;
}

QString CategoryItemDelegate::nameOf(const QVariant &categoryId) const
{
    if (categoryId.isValid()) {
        const qint64 id = categoryId.toLongLong();
        for (const QList<Category> *list : {&m_expense, &m_income}) {
            for (const Category &category : *list) {
                if (category.id == id)
                    return category.name;
            }
        }
    }
    return tr("No category");
}

QWidget *CategoryItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Category"));
    combo->addItem(tr("No category"));
    const bool income = index.data(KindRole).toString() == u"income";
    for (const Category &category : income ? m_income : m_expense)
        combo->addItem(category.name, QVariant::fromValue<qint64>(category.id));
    // Choosing commits at once, as a person expects from a drop-down in a table.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<CategoryItemDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void CategoryItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QVariant id = index.data(CategoryIdRole);
    const int found = id.isValid() ? combo->findData(id) : 0;
    combo->setCurrentIndex(qMax(0, found));
}

void CategoryItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QVariant id = combo->currentData();
    model->setData(index, id, CategoryIdRole);
    model->setData(index, nameOf(id), Qt::DisplayRole);
}

} // namespace lifeos
