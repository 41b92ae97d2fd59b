#include "widgets/TaskDelegates.h"

#include "models/TaskListModel.h"

#include <QComboBox>
#include <QDateEdit>

namespace lifeos {

namespace {
const QDate kNoDate(2000, 1, 1);
}

QWidget *PriorityDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->addItem(tr("None"), 0);
    for (int priority = 1; priority <= 4; ++priority)
        combo->addItem(TaskListModel::priorityLabel(priority), priority);
    return combo;
}

void PriorityDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void PriorityDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

QWidget *DueDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(tr("No date"));
    return edit;
}

void DueDateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QDateEdit *>(editor)->setDate(index.data(Qt::EditRole).toDate());
}

void DueDateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QDate date = static_cast<QDateEdit *>(editor)->date();
    model->setData(index, date == kNoDate ? QDate() : date, Qt::EditRole);
}

} // namespace lifeos
