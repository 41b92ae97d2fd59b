#include "capture/CaptureJson.h"

#include <QJsonArray>

namespace lifeos {

namespace {

QJsonValue whenOf(const ParsedCapture &capture)
{
    if (!capture.date.isValid())
        return QJsonValue::Null;
    QString when = capture.date.toString(Qt::ISODate);
    if (capture.time.isValid())
        when += u'T' + capture.time.toString(QStringLiteral("HH:mm"));
    return when;
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject captureToJson(const ParsedCapture &capture)
{
    QJsonObject json;
    json.insert(QStringLiteral("kind"), captureKindName(capture.kind));
    json.insert(QStringLiteral("title"), capture.title);
    json.insert(QStringLiteral("when"), whenOf(capture));
    json.insert(QStringLiteral("amount"),
                capture.amount ? QJsonObject{{QStringLiteral("minor"), capture.amount->minor},
                                             {QStringLiteral("currency"), capture.amount->currency}}
                               : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("metric"),
                capture.metric ? QJsonObject{{QStringLiteral("name"), capture.metric->name},
                                             {QStringLiteral("value"), capture.metric->value},
                                             {QStringLiteral("unit"), capture.metric->unit}}
                               : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("duration_min"), optionalNumber(capture.durationMin));
    json.insert(QStringLiteral("distance_km"), optionalNumber(capture.distanceKm));
    json.insert(QStringLiteral("tags"), QJsonArray::fromStringList(capture.tags));
    json.insert(QStringLiteral("priority"), capture.priority ? QJsonValue(*capture.priority) : QJsonValue::Null);
    json.insert(QStringLiteral("category"),
                capture.category.isEmpty() ? QJsonValue::Null : QJsonValue(capture.category));
    // Two decimals: a confidence is a rough figure, and 0.7000000000000001 helps no script.
    json.insert(QStringLiteral("confidence"), qRound(capture.confidence * 100) / 100.0);
    json.insert(QStringLiteral("raw"), capture.raw);
    return json;
}

QJsonObject storedCaptureToJson(const StoredCapture &stored)
{
    QJsonObject json = captureToJson(stored.parsed);
    json.insert(QStringLiteral("id"), stored.recordId);
    json.insert(QStringLiteral("capture_id"), stored.captureId);
    json.insert(QStringLiteral("day"), stored.day.toString(Qt::ISODate));
    return json;
}

} // namespace lifeos
