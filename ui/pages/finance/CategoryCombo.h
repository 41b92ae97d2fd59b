#pragma once

#include <QComboBox>

#include <functional>
#include <optional>

namespace lifeos {

class Database;

// The categories of one kind ("expense" or "income"), optionally with "No category" first, and "New category…"
// last, which asks for a name and creates it.
class CategoryCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryCombo)

public:
    CategoryCombo(Database &database, bool allowNone, QWidget *parent = nullptr);

    void setKind(const QString &kind); // reloads, keeping the chosen category when it is of that kind
    QString kind() const { return m_kind; }
    std::optional<qint64> categoryId() const;
    void setCategoryId(std::optional<qint64> id);
    // The question for a new category's name (a seam for tests); returns an empty string when cancelled.
    void setNamePrompt(std::function<QString()> prompt) { m_prompt = std::move(prompt); }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void reload(std::optional<qint64> select);
    void chosen(int index);

    Database &m_database;
    QString m_kind = QStringLiteral("expense");
    bool m_allowNone = true;
    int m_lastIndex = 0;
    std::function<QString()> m_prompt;
};

} // namespace lifeos
