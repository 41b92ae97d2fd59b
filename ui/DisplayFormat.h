#pragma once

#include <QLocale>
#include <QTime>

namespace lifeos {

// Hours and minutes in the user's locale; some locales' short format carries seconds, which reads
// as noise for due times and "saved at".
inline QString shortTime(const QTime &time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return QLocale().toString(time, format);
}

} // namespace lifeos
