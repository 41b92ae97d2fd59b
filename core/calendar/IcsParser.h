#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lifeos {

// One content line of an iCalendar file: NAME;PARAM=value:VALUE. Names are upper-cased; the value is kept raw
// (text() unescapes it) because dates, rules and lists are not escaped the way TEXT is.
struct IcsProperty
{
    QString name;
    QHash<QString, QString> parameters; // upper-cased names, unquoted values (several values joined by ',')
    QString value;
    int line = 0; // the physical line it starts on (1-based)

    QString parameter(const QString &parameterName) const { return parameters.value(parameterName); }
    QString text() const; // the value as TEXT: \n, \, \; and \\ unescaped
};

// A BEGIN:X … END:X block with its properties and nested blocks.
struct IcsComponent
{
    QString name; // VCALENDAR, VEVENT, VTIMEZONE …; empty for the file itself
    QList<IcsProperty> properties;
    QList<IcsComponent> components;
    int line = 0;

    const IcsProperty *property(const QString &name) const; // the first one called name, or nullptr
    QList<const IcsProperty *> all(const QString &name) const;
    QList<const IcsComponent *> children(const QString &name) const;
};

// Reads RFC 5545 text: a UTF-8 BOM, CRLF or LF, folded lines (joined as bytes, so a multi-byte character split by a
// fold survives), quoted and RFC 6868 parameter values. Lines it cannot read are skipped with "line N: …" warnings.
class IcsParser
{
    Q_DECLARE_TR_FUNCTIONS(IcsParser)

public:
    struct ContentLine
    {
        QString text;
        int line = 0;
    };

    // The whole file as a tree under a nameless root; InvalidInput when it holds no BEGIN:VCALENDAR.
    static Result<IcsComponent> parse(const QByteArray &data, QStringList *warnings);

    static QList<ContentLine> unfold(const QByteArray &data);
    // nullopt when the line is not NAME[;PARAM=…]:VALUE.
    static std::optional<IcsProperty> parseLine(const QString &line, int lineNumber);
    static QString unescapeText(QStringView text);
    // A list value split at commas that are not escaped, each item unescaped as TEXT.
    static QStringList splitText(QStringView text);
};

} // namespace lifeos
