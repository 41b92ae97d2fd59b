#include "search/JsonlImporter.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/TagLinks.h"
#include "util/Logging.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <variant>

namespace lifeos {

namespace {

constexpr int kProgressEvery = 500;

// One valid line, ready to store.
struct ImportedNote {
    QString externalId;
    bool derivedId = false;
    QString title;
    QString body;
    QDateTime created; // invalid: not given
    QStringList tags;
};

// Tag names are UNIQUE COLLATE NOCASE, which folds ASCII letters only; the cache must agree with it.
QString nocaseKey(const QString &name)
{
    QString key = name;
    for (QChar &c : key) {
        if (c.unicode() < 128)
            c = c.toLower();
    }
    return key;
}

// Control characters other than tab and line ends never reach stored text (search uses two as highlight marks).
QString withoutControls(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            continue;
        clean.append(c);
    }
    return clean;
}

// A date alone is taken as noon local time, so its local day survives a few hours of time-zone change.
std::optional<QDateTime> parseCreated(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(12, 0), Qt::LocalTime);
    }
    QDateTime at = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    // Milliseconds are what is stored, so a re-import compares equal.
    return QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
}

class LineReader
{
public:
    // Returns the parsed note, or the reason the line cannot be imported.
    static std::variant<ImportedNote, QString> read(const QByteArray &line)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return JsonlImporter::tr("not valid JSON (%1 at character %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset + 1);
        if (!document.isObject())
            return JsonlImporter::tr("not a JSON object");
        const QJsonObject object = document.object();

        ImportedNote note;
        QString rawTitle;
        QString rawBody;
        QString rawCreated;
        for (const auto &[field, target] : {std::pair{u"title", &rawTitle}, std::pair{u"body", &rawBody},
                                            std::pair{u"created", &rawCreated}}) {
            const QJsonValue value = object.value(QStringView(field));
            if (value.isUndefined() || value.isNull())
                continue;
            if (!value.isString())
                return JsonlImporter::tr("\"%1\" must be a string").arg(QStringView(field));
            *target = value.toString();
        }
        note.title = withoutControls(rawTitle).trimmed();
        note.body = withoutControls(rawBody);
        if (note.title.isEmpty() && note.body.trimmed().isEmpty())
            return JsonlImporter::tr("neither \"title\" nor \"body\" has any text");
        if (!rawCreated.isEmpty()) {
            const auto created = parseCreated(rawCreated);
            if (!created)
                return JsonlImporter::tr("\"created\" is not an ISO date or date-time: \"%1\"").arg(rawCreated.left(40));
            note.created = *created;
        }

        const QJsonValue tags = object.value(QLatin1StringView("tags"));
        if (!tags.isUndefined() && !tags.isNull()) {
            if (!tags.isArray())
                return JsonlImporter::tr("\"tags\" must be an array of strings");
            QStringList names;
            for (const QJsonValue &tag : tags.toArray()) {
                if (!tag.isString())
                    return JsonlImporter::tr("\"tags\" must be an array of strings");
                names.append(withoutControls(tag.toString()));
            }
            note.tags = TagLinks::normalise(names);
        }

        const QJsonValue ref = object.value(QLatin1StringView("ref"));
        if (ref.isString()) {
            note.externalId = ref.toString().trimmed();
        } else if (ref.isDouble() && ref.toDouble() == double(ref.toInteger())) {
            note.externalId = QString::number(ref.toInteger());
        } else if (!ref.isUndefined() && !ref.isNull()) {
            return JsonlImporter::tr("\"ref\" must be a string");
        }
        if (note.externalId.isEmpty()) {
            // Stable across imports of the same line, whatever its position in the file.
            const QByteArray key = (rawTitle + QChar(0x1f) + rawBody + QChar(0x1f) + rawCreated).toUtf8();
            note.externalId = JsonlImporter::kDerivedRefPrefix
                              + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
            note.derivedId = true;
        }
        return note;
    }
};

// The import's statements, prepared once for the whole file.
class NoteWriter
{
public:
    explicit NoteWriter(Database &database)
        : m_find(database.connection())
        , m_tagsOf(database.connection())
        , m_insert(database.connection())
        , m_update(database.connection())
        , m_unlink(database.connection())
        , m_link(database.connection())
        , m_addTag(database.connection())
        , m_allTags(database.connection())
    {
    }

    enum class Outcome { Added, Updated, Unchanged };

    Result<void> prepare()
    {
        const std::pair<QSqlQuery *, QString> statements[] = {
            {&m_find, QStringLiteral("SELECT id, title, body, created_at FROM notes WHERE source = ? AND external_id = ?")},
            {&m_tagsOf, QStringLiteral("SELECT t.name FROM note_tags l JOIN tags t ON t.id = l.tag_id WHERE l.note_id = ?")},
            {&m_insert, QStringLiteral("INSERT INTO notes (title, body, source, external_id, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?)")},
            {&m_update, QStringLiteral("UPDATE notes SET title = ?, body = ?, created_at = ?, updated_at = ? WHERE id = ?")},
            {&m_unlink, QStringLiteral("DELETE FROM note_tags WHERE note_id = ?")},
            {&m_link, QStringLiteral("INSERT OR IGNORE INTO note_tags (note_id, tag_id) VALUES (?, ?)")},
            {&m_addTag, QStringLiteral("INSERT INTO tags (name) VALUES (?)")},
            {&m_allTags, QStringLiteral("SELECT id, name FROM tags")},
        };
        for (const auto &[query, sql] : statements) {
            query->setForwardOnly(true);
            if (!query->prepare(sql))
                return Database::errorFrom(query->lastError(), JsonlImporter::tr("Preparing the import"));
        }
        if (auto ran = exec(m_allTags, {}); !ran)
            return ran;
        while (m_allTags.next())
            m_tagIds.insert(nocaseKey(m_allTags.value(1).toString()), m_allTags.value(0).toLongLong());
        m_allTags.finish();
        return {};
    }

    Result<Outcome> write(const ImportedNote &note, const QVariant &now)
    {
        if (auto ran = exec(m_find, {QString(JsonlImporter::kSource), note.externalId}); !ran)
            return ran.error();
        if (!m_find.next()) {
            m_find.finish();
            const QVariant created = note.created.isValid() ? sql::instant(note.created) : now;
            if (auto ran = exec(m_insert, {note.title, note.body, QString(JsonlImporter::kSource), note.externalId, created, now});
                !ran)
                return ran.error();
            const qint64 id = m_insert.lastInsertId().toLongLong();
            if (auto linked = link(id, note.tags); !linked)
                return linked.error();
            return Outcome::Added;
        }
        const qint64 id = m_find.value(0).toLongLong();
        const QString oldTitle = m_find.value(1).toString();
        const QString oldBody = m_find.value(2).toString();
        const QString oldCreated = m_find.value(3).toString();
        m_find.finish();
        const QString created = note.created.isValid() ? sql::instant(note.created).toString() : oldCreated;

        if (auto ran = exec(m_tagsOf, {id}); !ran)
            return ran.error();
        QStringList oldTags;
        while (m_tagsOf.next())
            oldTags.append(nocaseKey(m_tagsOf.value(0).toString()));
        m_tagsOf.finish();
        QStringList newTags;
        for (const QString &tag : note.tags)
            newTags.append(nocaseKey(tag));
        oldTags.sort();
        newTags.sort();
        newTags.removeDuplicates();

        if (oldTitle == note.title && oldBody == note.body && oldCreated == created && oldTags == newTags)
            return Outcome::Unchanged;
        if (auto ran = exec(m_update, {note.title, note.body, created, now, id}); !ran)
            return ran.error();
        if (oldTags != newTags) {
            if (auto ran = exec(m_unlink, {id}); !ran)
                return ran.error();
            if (auto linked = link(id, note.tags); !linked)
                return linked.error();
        }
        return Outcome::Updated;
    }

private:
    Result<void> link(qint64 noteId, const QStringList &tags)
    {
        for (const QString &tag : tags) {
            const QString key = nocaseKey(tag);
            auto found = m_tagIds.constFind(key);
            qint64 tagId = 0;
            if (found != m_tagIds.constEnd()) {
                tagId = *found;
            } else {
                if (auto ran = exec(m_addTag, {tag}); !ran)
                    return ran;
                tagId = m_addTag.lastInsertId().toLongLong();
                m_tagIds.insert(key, tagId);
            }
            if (auto ran = exec(m_link, {noteId, tagId}); !ran)
                return ran;
        }
        return {};
    }

    static Result<void> exec(QSqlQuery &query, const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return Database::errorFrom(query.lastError(), JsonlImporter::tr("Importing notes"));
        return {};
    }

    QSqlQuery m_find;
    QSqlQuery m_tagsOf;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_unlink;
    QSqlQuery m_link;
    QSqlQuery m_addTag;
    QSqlQuery m_allTags;
    QHash<QString, qint64> m_tagIds;
};

} // namespace

JsonlImporter::JsonlImporter(Database &database)
    : m_database(database)
{
}

Result<JsonlImportSummary> JsonlImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
    return importFrom(file, file.size());
}

Result<JsonlImportSummary> JsonlImporter::importFrom(QIODevice &device, qint64 totalBytes)
{
    m_problems.clear();
    QElapsedTimer timer;
    timer.start();
    JsonlImportSummary summary;
    qint64 bytesDone = 0;
    const auto report = [&]() {
        if (m_progress)
            m_progress(summary.lines, bytesDone, std::max(totalBytes, bytesDone));
    };

    auto written = m_database.write([&]() -> Result<void> {
        NoteWriter writer(m_database);
        if (auto prepared = writer.prepare(); !prepared)
            return prepared;
        const QVariant now = sql::instant(sql::now());
        QHash<QString, qint64> firstLineOfRef; // a ref given twice in one file is a mistake, not an update
        while (!device.atEnd()) {
            if (m_cancel && m_cancel->load(std::memory_order_relaxed))
                return Error{ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported.")};
            QByteArray line = device.readLine();
            if (line.isEmpty() && !device.atEnd())
                return Error{ErrorCode::Io, tr("Reading the file failed: %1").arg(device.errorString())};
            bytesDone += line.size();
            ++summary.lines;
            if (summary.lines == 1 && line.startsWith("\xEF\xBB\xBF"))
                line.remove(0, 3);
            if (summary.lines % kProgressEvery == 0)
                report();
            line = line.trimmed();
            if (line.isEmpty())
                continue;

            auto read = LineReader::read(line);
            if (const QString *reason = std::get_if<QString>(&read)) {
                m_problems.append(JsonlLineProblem{summary.lines, *reason});
                continue;
            }
            const ImportedNote &note = std::get<ImportedNote>(read);
            const auto seen = firstLineOfRef.constFind(note.externalId);
            if (seen != firstLineOfRef.constEnd()) {
                // The very same line twice (no ref) is one note; two lines claiming one ref is a mistake.
                if (note.derivedId) {
                    ++summary.unchanged;
                    continue;
                }
                m_problems.append(JsonlLineProblem{
                    summary.lines, tr("\"ref\" \"%1\" was already used on line %2").arg(note.externalId.left(60)).arg(*seen)});
                continue;
            }
            firstLineOfRef.insert(note.externalId, summary.lines);
            if (!m_problems.isEmpty())
                continue; // nothing will be written; keep reading only to report every bad line

            auto outcome = writer.write(note, now);
            if (!outcome)
                return outcome.error();
            switch (*outcome) {
            case NoteWriter::Outcome::Added:
                ++summary.added;
                break;
            case NoteWriter::Outcome::Updated:
                ++summary.updated;
                break;
            case NoteWriter::Outcome::Unchanged:
                ++summary.unchanged;
                break;
            }
        }
        report();
        if (m_problems.isEmpty())
            return {};
        QStringList lines;
        for (const JsonlLineProblem &problem : std::as_const(m_problems).first(std::min<qsizetype>(m_problems.size(), kProblemsInMessage)))
            lines.append(tr("line %1: %2").arg(problem.line).arg(problem.reason));
        if (m_problems.size() > kProblemsInMessage)
            lines.append(tr("… and %n more bad line(s)", nullptr, int(m_problems.size() - kProblemsInMessage)));
        return Error{ErrorCode::InvalidInput,
                     tr("%n line(s) cannot be imported, so nothing was imported:", nullptr, int(m_problems.size()))
                         + u'\n' + lines.join(u'\n')};
    });
    if (!written)
        return written.error();
    qCInfo(lcSearch) << "JSONL import:" << summary.added << "added," << summary.updated << "updated,"
                     << summary.unchanged << "unchanged of" << summary.lines << "lines in" << timer.elapsed() << "ms";
    return summary;
}

} // namespace lifeos
