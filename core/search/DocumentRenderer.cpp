#include "search/DocumentRenderer.h"

#include "capture/AmountExtractor.h"
#include "search/JsonlImporter.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "util/Logging.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>

namespace lifeos {

namespace {

// C0 control characters (but tab and line ends) become spaces: same length, so anchors still point right.
QString withoutControlCharacters(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            c = u' ';
    }
    return text;
}

// Tags of one record, sorted, as one string; the record id is bound a second time for it.
QString tagsOf(const char *linkTable, const char *ownerColumn)
{
    return QStringLiteral("(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM %1 l JOIN tags t ON t.id = "
                          "l.tag_id WHERE l.%2 = ? ORDER BY t.name COLLATE NOCASE, t.id))")
        .arg(QLatin1StringView(linkTable), QLatin1StringView(ownerColumn));
}

QString englishDay(const QDate &day)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(day, QStringLiteral("dddd d MMMM yyyy"));
}

QDate localDayOf(const QVariant &instant)
{
    const QDateTime at = sql::toInstant(instant);
    return at.isValid() ? at.toLocalTime().date() : QDate();
}

QString groupedInteger(quint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return digits;
}

// "a, b; c" pieces joined: parts of one line separated by ", ", groups by "; ", empty ones dropped.
QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept.append(part);
    }
    return kept.join(separator);
}

// The record's own text first (verbatim, so anchors are exact offsets into it), then the generated line.
QString withMeta(const QString &ownText, const QString &meta)
{
    if (meta.isEmpty())
        return ownText;
    if (ownText.trimmed().isEmpty())
        return meta;
    return ownText + QStringLiteral("\n\n") + meta;
}

QString labelled(const QString &label, const QString &value)
{
    return value.isEmpty() ? QString() : label + u' ' + value;
}

QString tagsLine(const QVariant &tags)
{
    return labelled(QStringLiteral("tags:"), tags.toString());
}

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    QString line = trimmed.section(u'\n', 0, 0).trimmed();
    if (line.size() > 80) {
        line.truncate(80);
        if (line.back().isHighSurrogate())
            line.chop(1);
        line = line.trimmed() + QStringLiteral("…");
    }
    return line;
}

QString minutesText(const QVariant &minutes)
{
    return minutes.isNull() ? QString() : DocumentRenderer::formatNumber(minutes.toDouble()) + QStringLiteral(" min");
}

QString kmText(const QVariant &km)
{
    return km.isNull() ? QString() : DocumentRenderer::formatNumber(km.toDouble()) + QStringLiteral(" km");
}

QString kcalText(const QVariant &kcal)
{
    return kcal.isNull() ? QString() : DocumentRenderer::formatNumber(kcal.toDouble()) + QStringLiteral(" kcal");
}

QString metricText(const QString &name, double value, const QString &unit)
{
    QString words = name;
    words.replace(u'_', u' ');
    QString text = words + u' ' + DocumentRenderer::formatNumber(value);
    if (unit.isEmpty() || unit.compare(name, Qt::CaseInsensitive) == 0)
        return text;
    return unit.startsWith(u'/') || unit == u"%" ? QString(text + unit) : QString(text + u' ' + unit);
}

} // namespace

struct DocumentRenderer::Statements {
    QSqlQuery journal;
    QSqlQuery note;
    QSqlQuery task;
    QSqlQuery transaction;
    QSqlQuery workout;
    QSqlQuery event;
    QSqlQuery metrics;
    QSqlQuery dayWorkouts;
};

DocumentRenderer::DocumentRenderer(Database &database, TextChunker::Options chunking)
    : m_database(database)
    , m_chunking(chunking)
    , m_statements(std::make_unique<Statements>())
{
}

DocumentRenderer::~DocumentRenderer() = default;

bool DocumentRenderer::splitOrigin(const QString &origin, QString *kind, QString *key)
{
    static const QStringList kinds = {QStringLiteral("journal"), QStringLiteral("note"),   QStringLiteral("task"),
                                      QStringLiteral("expense"), QStringLiteral("income"), QStringLiteral("workout"),
                                      QStringLiteral("event"),   QStringLiteral("health")};
    const qsizetype colon = origin.indexOf(u':');
    if (colon <= 0 || colon == origin.size() - 1)
        return false;
    *kind = origin.left(colon);
    *key = origin.mid(colon + 1);
    return kinds.contains(*kind);
}

QString DocumentRenderer::formatAmount(qint64 minor, const QString &currency)
{
    const int digits = AmountExtractor::minorDigits(currency);
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    QString text = (negative ? QStringLiteral("-") : QString()) + groupedInteger(magnitude / scale);
    if (digits > 0)
        text += u'.' + QStringLiteral("%1").arg(magnitude % scale, digits, 10, QLatin1Char('0'));
    return currency.isEmpty() ? text : text + u' ' + currency;
}

QString DocumentRenderer::formatNumber(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    const double magnitude = std::abs(value);
    if (magnitude >= 1e15 || (magnitude > 0 && magnitude < 0.01))
        return QString::number(value, 'g', 6);
    if (value == std::floor(value))
        return (value < 0 ? QStringLiteral("-") : QString()) + groupedInteger(quint64(magnitude));
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

Result<std::optional<DocumentDraft>> DocumentRenderer::render(const QString &origin)
{
    QString kind;
    QString key;
    if (!splitOrigin(origin, &kind, &key)) {
        qCDebug(lcSearch) << "no record kind for origin" << origin;
        return std::optional<DocumentDraft>();
    }
    DocumentDraft draft;
    draft.kind = kind;
    draft.origin = origin;

    // Prepares a statement the first time, then binds and runs it; false (and error set) on failure.
    Error error;
    const auto run = [&](QSqlQuery &query, const QString &sql, const QVariantList &values) {
        if (query.lastQuery() != sql) {
            query = QSqlQuery(m_database.connection());
            query.setForwardOnly(true);
            if (!query.prepare(sql)) {
                error = Database::errorFrom(query.lastError(), tr("Preparing the search text"));
                return false;
            }
        }
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec()) {
            error = Database::errorFrom(query.lastError(), tr("Reading a record for search"));
            return false;
        }
        return true;
    };

    if (kind == u"health") {
        const QDate day = QDate::fromString(key, Qt::ISODate);
        if (!day.isValid())
            return std::optional<DocumentDraft>();
        QStringList metrics;
        QSqlQuery &metricRows = m_statements->metrics;
        if (!run(metricRows, QStringLiteral("SELECT name, value, unit FROM metrics WHERE day = ? ORDER BY id"), {key}))
            return error;
        while (metricRows.next())
            metrics.append(metricText(metricRows.value(0).toString(), metricRows.value(1).toDouble(),
                                      metricRows.value(2).toString()));
        metricRows.finish();
        QStringList workouts;
        QSqlQuery &workoutRows = m_statements->dayWorkouts;
        if (!run(workoutRows,
                 QStringLiteral("SELECT activity, duration_min, distance_km, calories FROM workouts WHERE day = ? "
                                "ORDER BY id"),
                 {key}))
            return error;
        while (workoutRows.next())
            workouts.append(joinNonEmpty({workoutRows.value(0).toString(), minutesText(workoutRows.value(1)),
                                          kmText(workoutRows.value(2)), kcalText(workoutRows.value(3))},
                                         QStringLiteral(" ")));
        workoutRows.finish();
        if (metrics.isEmpty() && workouts.isEmpty())
            return std::optional<DocumentDraft>();
        draft.day = day;
        draft.title = QStringLiteral("Health, ") + englishDay(day);
        draft.text = joinNonEmpty({metrics.join(QStringLiteral(", ")), workouts.join(QStringLiteral(", "))},
                                  QStringLiteral("; "));
        draft.chunks = TextChunker::split(draft.text, m_chunking);
        return std::optional<DocumentDraft>(std::move(draft));
    }

    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (!isNumber)
        return std::optional<DocumentDraft>();
    draft.recordId = id;

    if (kind == u"journal") {
        QSqlQuery &q = m_statements->journal;
        static const QString sql =
            QStringLiteral("SELECT j.day, j.body, j.mood, j.energy, %1 FROM journal_entries j WHERE j.id = ?")
                .arg(tagsOf("journal_entry_tags", "entry_id"));
        if (!run(q, sql, {id, id}))
            return error;
        if (!q.next())
            return std::optional<DocumentDraft>();
        draft.day = sql::toDay(q.value(0));
        draft.title = QStringLiteral("Journal, ") + englishDay(draft.day);
        const QString meta = joinNonEmpty(
            {joinNonEmpty({q.value(2).isNull() ? QString() : QStringLiteral("mood %1/10").arg(q.value(2).toInt()),
                           q.value(3).isNull() ? QString() : QStringLiteral("energy %1/10").arg(q.value(3).toInt())},
                          QStringLiteral(", ")),
             tagsLine(q.value(4))},
            QStringLiteral("; "));
        draft.text = withMeta(q.value(1).toString(), meta);
        q.finish();
    } else if (kind == u"note") {
        QSqlQuery &q = m_statements->note;
        static const QString sql =
            QStringLiteral("SELECT n.title, n.body, n.created_at, n.source, n.external_id, c.name, %1 "
                           "FROM notes n LEFT JOIN categories c ON c.id = n.category_id WHERE n.id = ?")
                .arg(tagsOf("note_tags", "note_id"));
        if (!run(q, sql, {id, id}))
            return error;
        if (!q.next())
            return std::optional<DocumentDraft>();
        const QString body = q.value(1).toString();
        draft.title = q.value(0).toString().trimmed().isEmpty() ? firstLine(body) : q.value(0).toString();
        draft.day = localDayOf(q.value(2));
        const QString externalId = q.value(4).toString();
        if (q.value(3).toString() == u"import" && !externalId.startsWith(JsonlImporter::kDerivedRefPrefix))
            draft.ref = externalId;
        draft.text = withMeta(body, joinNonEmpty({labelled(QStringLiteral("category"), q.value(5).toString()),
                                                  tagsLine(q.value(6))},
                                                 QStringLiteral("; ")));
        q.finish();
    } else if (kind == u"task") {
        QSqlQuery &q = m_statements->task;
        static const QString sql =
            QStringLiteral("SELECT t.title, t.notes, t.due_date, t.due_time, t.priority, t.status, t.created_at, "
                           "t.external_id, c.name, %1 FROM tasks t LEFT JOIN categories c ON c.id = t.category_id "
                           "WHERE t.id = ?")
                .arg(tagsOf("task_tags", "task_id"));
        if (!run(q, sql, {id, id}))
            return error;
        if (!q.next())
            return std::optional<DocumentDraft>();
        draft.title = q.value(0).toString();
        const QDate due = sql::toDay(q.value(2));
        draft.day = due.isValid() ? due : localDayOf(q.value(6));
        draft.ref = q.value(7).toString();
        const QString dueText =
            due.isValid() ? joinNonEmpty({QStringLiteral("due"), due.toString(Qt::ISODate), q.value(3).toString()},
                                         QStringLiteral(" "))
                          : QString();
        const int priority = q.value(4).toInt();
        const QString meta = joinNonEmpty(
            {joinNonEmpty({QStringLiteral("task ") + q.value(5).toString(), dueText,
                           priority > 0 ? QStringLiteral("priority %1").arg(priority) : QString(),
                           labelled(QStringLiteral("category"), q.value(8).toString())},
                          QStringLiteral(", ")),
             tagsLine(q.value(9))},
            QStringLiteral("; "));
        draft.text = withMeta(q.value(1).toString(), meta);
        q.finish();
    } else if (kind == u"expense" || kind == u"income") {
        QSqlQuery &q = m_statements->transaction;
        if (!run(q,
                 QStringLiteral("SELECT x.kind, x.amount_minor, x.currency, x.day, x.merchant, x.note, x.external_id, "
                                "c.name FROM transactions x LEFT JOIN categories c ON c.id = x.category_id "
                                "WHERE x.id = ?"),
                 {id}))
            return error;
        // The origin names the kind the row had; a row since turned into the other kind is a different document.
        if (!q.next() || q.value(0).toString() != kind)
            return std::optional<DocumentDraft>();
        const QString merchant = q.value(4).toString().trimmed();
        const QString category = q.value(7).toString();
        draft.title = !merchant.isEmpty() ? merchant
                      : !category.isEmpty() ? category
                                            : (kind == u"expense" ? QStringLiteral("Expense") : QStringLiteral("Income"));
        draft.day = sql::toDay(q.value(3));
        draft.ref = q.value(6).toString();
        const QString meta = joinNonEmpty({kind + u' ' + formatAmount(q.value(1).toLongLong(), q.value(2).toString()),
                                           labelled(kind == u"expense" ? QStringLiteral("at") : QStringLiteral("from"),
                                                    merchant),
                                           labelled(QStringLiteral("category"), category)},
                                          QStringLiteral(", "));
        draft.text = withMeta(q.value(5).toString(), meta);
        q.finish();
    } else if (kind == u"workout") {
        QSqlQuery &q = m_statements->workout;
        if (!run(q,
                 QStringLiteral("SELECT activity, day, duration_min, distance_km, calories, notes, external_id "
                                "FROM workouts WHERE id = ?"),
                 {id}))
            return error;
        if (!q.next())
            return std::optional<DocumentDraft>();
        draft.title = q.value(0).toString();
        draft.day = sql::toDay(q.value(1));
        draft.ref = q.value(6).toString();
        draft.text = withMeta(q.value(5).toString(),
                              joinNonEmpty({QStringLiteral("workout"), q.value(0).toString(), minutesText(q.value(2)),
                                            kmText(q.value(3)), kcalText(q.value(4))},
                                           QStringLiteral(" ")));
        q.finish();
    } else if (kind == u"event") {
        QSqlQuery &q = m_statements->event;
        if (!run(q,
                 QStringLiteral("SELECT title, description, location, all_day, starts_at, ends_at, time_zone, day, "
                                "status, external_id FROM calendar_events WHERE id = ?"),
                 {id}))
            return error;
        if (!q.next())
            return std::optional<DocumentDraft>();
        draft.title = q.value(0).toString().trimmed().isEmpty() ? QStringLiteral("Event") : q.value(0).toString();
        draft.day = sql::toDay(q.value(7));
        draft.ref = q.value(9).toString();
        QString when;
        if (q.value(3).toInt() == 1) {
            when = QStringLiteral("all day");
        } else {
            const QTimeZone zone(q.value(6).toString().toUtf8());
            const auto local = [&](const QVariant &value) {
                const QDateTime at = sql::toInstant(value);
                return (zone.isValid() ? at.toTimeZone(zone) : at.toLocalTime()).toString(QStringLiteral("HH:mm"));
            };
            when = local(q.value(4)) + QStringLiteral(" to ") + local(q.value(5));
        }
        const QString status = q.value(8).toString();
        draft.text = withMeta(q.value(1).toString(),
                              joinNonEmpty({QStringLiteral("event ") + when,
                                            labelled(QStringLiteral("at"), q.value(2).toString().trimmed()),
                                            status == u"confirmed" ? QString() : status},
                                           QStringLiteral(", ")));
        q.finish();
    }
    // Snippets mark matches with control characters (SearchTypes.h); typed or pasted ones must not look like marks.
    draft.title = withoutControlCharacters(draft.title);
    draft.text = withoutControlCharacters(draft.text);
    draft.chunks = TextChunker::split(draft.text, m_chunking);
    if (draft.chunks.isEmpty() && !draft.title.trimmed().isEmpty())
        draft.chunks.append(TextChunk{}); // a title alone is still findable
    return std::optional<DocumentDraft>(std::move(draft));
}

} // namespace lifeos
