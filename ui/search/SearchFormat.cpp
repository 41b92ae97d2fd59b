#include "search/SearchFormat.h"

#include <QLocale>

namespace lifeos {

QString SearchFormat::kindName(const QString &kind)
{
    if (kind == u"journal")
        return tr("Journal");
    if (kind == u"note")
        return tr("Note");
    if (kind == u"task")
        return tr("Task");
    if (kind == u"expense")
        return tr("Expense");
    if (kind == u"income")
        return tr("Income");
    if (kind == u"workout")
        return tr("Workout");
    if (kind == u"event")
        return tr("Event");
    if (kind == u"health")
        return tr("Health");
    return kind;
}

QIcon SearchFormat::kindIcon(const QString &kind)
{
    QString name = QStringLiteral("search");
    if (kind == u"journal")
        name = QStringLiteral("journal");
    else if (kind == u"note")
        name = QStringLiteral("notes");
    else if (kind == u"task")
        name = QStringLiteral("tasks");
    else if (kind == u"expense" || kind == u"income")
        name = QStringLiteral("finance");
    else if (kind == u"workout" || kind == u"health")
        name = QStringLiteral("health");
    else if (kind == u"event")
        name = QStringLiteral("calendar");
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

QString SearchFormat::day(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

QString SearchFormat::title(const SearchHit &hit)
{
    // A journal entry is known by its day, said the user's way.
    if (hit.kind == u"journal" && hit.day.isValid())
        return QLocale().toString(hit.day, QLocale::LongFormat);
    const QString title = hit.title.simplified();
    if (!title.isEmpty())
        return title;
    // Journal days and short captures have no title: their first words stand in for one.
    const QString words = snippetPlain(hit.snippet).simplified();
    if (!words.isEmpty())
        return words.size() > 60 ? words.left(59) + QChar(0x2026) : words;
    return tr("Untitled");
}

QString SearchFormat::statusLine(const IndexStatus &status)
{
    if (status.state == IndexStatus::State::Failed)
        return status.lastError.isEmpty() ? tr("Indexing stopped after an error.")
                                          : tr("Indexing stopped: %1").arg(status.lastError);
    const QString model = modelName(status.model);
    if (isIndexing(status) && status.total > 0)
        return tr("%1 · indexing %L2 of %L3").arg(model).arg(status.done).arg(status.total);
    if (isIndexing(status))
        return tr("%1 · indexing…").arg(model);
    if (status.documents == 0)
        return tr("%1 · nothing to index yet").arg(model);
    return tr("%1 · %L2 of %L3 entries indexed for meaning search").arg(model).arg(status.embedded).arg(status.documents);
}

QString SearchFormat::modelName(const QString &model)
{
    // The offline model's id carries its fitted parameters' hash: technical detail, not a name.
    if (model.isEmpty())
        return tr("No model yet");
    if (model.startsWith(u"offline"))
        return tr("Built-in offline model");
    return model;
}

bool SearchFormat::isIndexing(const IndexStatus &status)
{
    return status.state == IndexStatus::State::Projecting || status.state == IndexStatus::State::Embedding
        || status.state == IndexStatus::State::Rebuilding;
}

} // namespace lifeos
