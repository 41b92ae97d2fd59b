#include "GlobalHotkey.h"
#include "HotkeyLogging.h"
#include "NullGlobalHotkey.h"

#include <QGuiApplication>

#if defined(Q_OS_WIN)
#include "WindowsGlobalHotkey.h"
#elif defined(Q_OS_MACOS)
#include "MacGlobalHotkey.h"
#else
#if LIFEOS_HOTKEY_X11
#include "X11GlobalHotkey.h"
#endif
#if LIFEOS_HOTKEY_PORTAL
#include "PortalGlobalHotkey.h"
#endif
#endif

namespace lifeos {

namespace {

std::unique_ptr<GlobalHotkey> createForThisPlatform(QObject *parent)
{
#if defined(Q_OS_WIN)
    return std::make_unique<WindowsGlobalHotkey>(parent);
#elif defined(Q_OS_MACOS)
    return std::make_unique<MacGlobalHotkey>(parent);
#else
    const bool xcb = QGuiApplication::platformName() == u"xcb";
    // Under XWayland an X11 grab only fires while an X11 window has the focus, so a Wayland
    // session asks its portal first and grabs through X11 only as the last resort.
    const bool waylandSession =
        qEnvironmentVariable("XDG_SESSION_TYPE") == u"wayland" || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#if LIFEOS_HOTKEY_X11
    if (xcb && !waylandSession)
        return std::make_unique<X11GlobalHotkey>(parent);
#endif
#if LIFEOS_HOTKEY_PORTAL
    if (PortalGlobalHotkey::isAvailable(QDBusConnection::sessionBus()))
        return std::make_unique<PortalGlobalHotkey>(QDBusConnection::sessionBus(), parent);
#endif
#if LIFEOS_HOTKEY_X11
    if (xcb)
        return std::make_unique<X11GlobalHotkey>(parent);
#endif
    Q_UNUSED(xcb)
    Q_UNUSED(waylandSession)
    return std::make_unique<NullGlobalHotkey>(parent);
#endif
}

} // namespace

std::unique_ptr<GlobalHotkey> createGlobalHotkey(QObject *parent)
{
    auto hotkey = createForThisPlatform(parent);
    qCInfo(lcHotkey) << "global hotkey backend:" << hotkey->backendName();
    return hotkey;
}

} // namespace lifeos
