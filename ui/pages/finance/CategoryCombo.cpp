#include "pages/finance/CategoryCombo.h"

#include "finance/CategoryRepository.h"

#include <QInputDialog>

namespace lifeos {

namespace {
const QString kNewCategory = QStringLiteral("new");
}

CategoryCombo::CategoryCombo(Database &database, bool allowNone, QWidget *parent)
    : QComboBox(parent)
    , m_database(database)
    , m_allowNone(allowNone)
{
    setAccessibleName(tr("Category"));
    m_prompt = [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New category"), tr("&Name of the new category:"),
                                                   QLineEdit::Normal, QString(), &ok);
        return ok ? name.trimmed() : QString();
    };
    connect(this, &QComboBox::activated, this, &CategoryCombo::chosen);
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (itemData(index).toString() != kNewCategory)
            m_lastIndex = index;
    });
    reload(std::nullopt);
}

void CategoryCombo::setKind(const QString &kind)
{
    if (kind == m_kind && count() > 0)
        return;
    m_kind = kind;
    reload(categoryId());
}

std::optional<qint64> CategoryCombo::categoryId() const
{
    const QVariant chosen = currentData();
    if (chosen.typeId() == QMetaType::LongLong)
        return chosen.toLongLong();
    return std::nullopt;
}

void CategoryCombo::setCategoryId(std::optional<qint64> id)
{
    const int index = id ? findData(QVariant::fromValue<qint64>(*id)) : (m_allowNone ? 0 : -1);
    if (index >= 0)
        setCurrentIndex(index);
}

void CategoryCombo::reload(std::optional<qint64> select)
{
    const QSignalBlocker blocker(this);
    clear();
    if (m_allowNone)
        addItem(tr("No category"));
    CategoryRepository categories(m_database);
    if (auto list = categories.list(m_kind)) {
        for (const Category &category : *list)
            addItem(category.name, QVariant::fromValue<qint64>(category.id));
    } else {
        Q_EMIT errorOccurred(list.error().message);
    }
    addItem(tr("New category…"), kNewCategory);
    setCurrentIndex(0);
    setCategoryId(select);
    m_lastIndex = currentIndex();
}

void CategoryCombo::chosen(int index)
{
    if (itemData(index).toString() != kNewCategory)
        return;
    const QString name = m_prompt ? m_prompt() : QString();
    if (name.isEmpty()) {
        setCurrentIndex(m_lastIndex);
        return;
    }
    CategoryRepository categories(m_database);
    auto created = categories.ensure(m_kind, name);
    if (!created) {
        Q_EMIT errorOccurred(created.error().message);
        setCurrentIndex(m_lastIndex);
        return;
    }
    reload(created->id);
}

} // namespace lifeos
