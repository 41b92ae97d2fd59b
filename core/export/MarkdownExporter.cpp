#include "export/MarkdownExporter.h"

#include "export/FileWriter.h"
#include "storage/JournalRepository.h"
#include "storage/NoteRepository.h"
#include "storage/TaskRepository.h"
#include "util/Logging.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace lifeos {

namespace {

// YAML accepts JSON scalars and flow sequences, so JSON quoting keeps any text safe in front matter.
QString yamlString(const QString &text)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString yamlList(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QString taskLine(const Task &task)
{
    QString line = (task.isDone() ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ")) + task.title;
    QStringList details;
    if (task.dueDate.isValid())
        details << QStringLiteral("due ") + task.dueDate.toString(Qt::ISODate)
                + (task.dueTime.isValid() ? u' ' + task.dueTime.toString(QStringLiteral("HH:mm")) : QString());
    if (task.priority > 0)
        details << QStringLiteral("p%1").arg(task.priority);
    if (task.isDone())
        details << QStringLiteral("done ") + task.completedAt.toUTC().toString(Qt::ISODate);
    for (const QString &tag : task.tags)
        details << u'#' + tag;
    if (!details.isEmpty())
        line += QStringLiteral(" — ") + details.join(QStringLiteral(" · "));
    line += u'\n';
    if (!task.notes.isEmpty()) {
        for (const QString &noteLine : task.notes.split(u'\n'))
            line += QStringLiteral("  ") + noteLine + u'\n';
    }
    return line;
}

} // namespace

MarkdownExporter::MarkdownExporter(Database &database)
    : m_database(database)
{
}

QString MarkdownExporter::slug(const QString &title)
{
    QString result;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            result += c;
        else if (!result.isEmpty() && !result.endsWith(u'-'))
            result += u'-';
    }
    while (result.endsWith(u'-'))
        result.chop(1);
    return result.left(60);
}

Result<ExportSummary> MarkdownExporter::exportTo(const QString &folder) const
{
    ExportSummary summary;
    const QDir root(folder);

    auto entries = JournalRepository(m_database).all();
    if (!entries)
        return entries.error();
    for (const JournalEntry &entry : *entries) {
        QString text = QStringLiteral("---\nday: %1\n").arg(entry.day.toString(Qt::ISODate));
        if (entry.mood)
            text += QStringLiteral("mood: %1\n").arg(*entry.mood);
        if (entry.energy)
            text += QStringLiteral("energy: %1\n").arg(*entry.energy);
        if (!entry.tags.isEmpty())
            text += QStringLiteral("tags: ") + yamlList(entry.tags) + u'\n';
        text += QStringLiteral("---\n\n") + entry.body;
        if (!text.endsWith(u'\n'))
            text += u'\n';
        const QString path = root.filePath(QStringLiteral("journal/%1.md").arg(entry.day.toString(Qt::ISODate)));
        if (auto written = writeFileAtomically(path, text.toUtf8()); !written)
            return written.error();
        summary.files.append(path);
    }
    summary.rowsPerTable.insert(QStringLiteral("journal_entries"), int(entries->size()));

    auto notes = NoteRepository(m_database).list();
    if (!notes)
        return notes.error();
    for (const Note &note : *notes) {
        QString text = QStringLiteral("---\ntitle: %1\n").arg(yamlString(note.title));
        if (!note.tags.isEmpty())
            text += QStringLiteral("tags: ") + yamlList(note.tags) + u'\n';
        text += QStringLiteral("created: %1\nupdated: %2\n---\n\n")
                    .arg(note.createdAt.toString(Qt::ISODate), note.updatedAt.toString(Qt::ISODate));
        text += note.body;
        if (!text.endsWith(u'\n'))
            text += u'\n';
        const QString name = slug(note.title);
        const QString path = root.filePath(QStringLiteral("notes/%1%2.md")
                                               .arg(note.id, 4, 10, QLatin1Char('0'))
                                               .arg(name.isEmpty() ? QString() : u'-' + name));
        if (auto written = writeFileAtomically(path, text.toUtf8()); !written)
            return written.error();
        summary.files.append(path);
    }
    summary.rowsPerTable.insert(QStringLiteral("notes"), int(notes->size()));

    TaskRepository tasks(m_database);
    TaskQuery openQuery;
    openQuery.view = TaskView::Open;
    TaskQuery doneQuery;
    doneQuery.view = TaskView::Done;
    doneQuery.sort = TaskSort::Completed;
    auto open = tasks.list(openQuery);
    auto done = tasks.list(doneQuery);
    if (!open)
        return open.error();
    if (!done)
        return done.error();
    QString text = tr("# Tasks") + QStringLiteral("\n\n## ") + tr("Open") + QStringLiteral("\n\n");
    for (const Task &task : *open)
        text += taskLine(task);
    text += QStringLiteral("\n## ") + tr("Done") + QStringLiteral("\n\n");
    for (const Task &task : *done)
        text += taskLine(task);
    const QString path = root.filePath(QStringLiteral("tasks.md"));
    if (auto written = writeFileAtomically(path, text.toUtf8()); !written)
        return written.error();
    summary.files.append(path);
    summary.rowsPerTable.insert(QStringLiteral("tasks"), int(open->size() + done->size()));
    qCInfo(lcExport) << "exported markdown to" << folder;
    return summary;
}

} // namespace lifeos
