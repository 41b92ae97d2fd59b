#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace lifeos {

namespace {

qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

bool FirstPaintProbe::isRequested()
{
    return qEnvironmentVariableIsSet("LIFEOS_EXIT_AFTER_FIRST_PAINT");
}

FirstPaintProbe::FirstPaintProbe(QWidget *window, const QElapsedTimer &sinceStart)
    : QObject(window)
    , m_sinceStart(sinceStart)
{
    window->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // The window's children paint in the same pass; a zero timer runs after it has been flushed.
        QTimer::singleShot(0, this, [this] {
            std::printf("first_paint_ms=%lld rss_kb=%lld\n", static_cast<long long>(m_sinceStart.elapsed()),
                        static_cast<long long>(residentKilobytes()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lifeos
