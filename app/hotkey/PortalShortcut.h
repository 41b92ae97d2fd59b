#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

class QDBusArgument;

namespace lifeos {

// One entry of the GlobalShortcuts portal's a(sa{sv}): an id and its properties
// ("description", "preferred_trigger"; the portal answers with "trigger_description").
struct PortalShortcut
{
    QString id;
    QVariantMap properties;

    // Makes the types the portal signals carry known to QtDBus; safe to call repeatedly.
    static void registerDBusTypes();
};

using PortalShortcutList = QList<PortalShortcut>;

QDBusArgument &operator<<(QDBusArgument &argument, const PortalShortcut &shortcut);
const QDBusArgument &operator>>(const QDBusArgument &argument, PortalShortcut &shortcut);

} // namespace lifeos

Q_DECLARE_METATYPE(lifeos::PortalShortcut)
Q_DECLARE_METATYPE(lifeos::PortalShortcutList)
