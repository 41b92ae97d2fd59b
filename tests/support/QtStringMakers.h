#pragma once

// Catch2 printers for the Qt value types tests compare, so a failed CHECK shows the text, not "{?}".

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

#include <catch2/catch.hpp>

#include <string>

namespace Catch {

template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &text)
    {
        // Long bodies (megabytes) are cut so a failure message stays readable.
        const QString shown =
            text.size() > 200 ? text.left(200) + QStringLiteral("…(%1 chars)").arg(text.size()) : text;
        return '"' + shown.toStdString() + '"';
    }
};

template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &list)
    {
        std::string out = "{";
        for (qsizetype i = 0; i < list.size(); ++i)
            out += (i ? ", " : " ") + StringMaker<QString>::convert(list.at(i));
        return out + " }";
    }
};

template<>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &date)
    {
        return date.isValid() ? date.toString(Qt::ISODate).toStdString() : std::string("(no date)");
    }
};

template<>
struct StringMaker<QTime>
{
    static std::string convert(const QTime &time)
    {
        return time.isValid() ? time.toString(Qt::ISODateWithMs).toStdString() : std::string("(no time)");
    }
};

template<>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime &value)
    {
        return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs).toStdString() : std::string("(no instant)");
    }
};

} // namespace Catch
