#pragma once

#include <QCoreApplication>

namespace lifeos {

// Names that decide where Qt puts per-user files, set once for both the GUI and the command line.
inline void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LifeOS"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("lifeos.org"));
    QCoreApplication::setApplicationName(QStringLiteral("LifeOS"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIFEOS_VERSION));
}

} // namespace lifeos
