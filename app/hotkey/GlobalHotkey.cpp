#include "GlobalHotkey.h"

namespace lifeos {

GlobalHotkey::GlobalHotkey(QObject *parent)
    : QObject(parent)
{}

GlobalHotkey::~GlobalHotkey() = default;

bool GlobalHotkey::fail(const QString &errorString)
{
    m_errorString = errorString;
    return false;
}

bool GlobalHotkey::succeed(const QKeySequence &shortcut)
{
    m_shortcut = shortcut;
    m_errorString.clear();
    return true;
}

QString GlobalHotkey::takenMessage(const QKeySequence &shortcut)
{
    return tr("%1 is already taken by another program. Choose another shortcut, or free it there.")
        .arg(shortcut.toString(QKeySequence::NativeText));
}

QString GlobalHotkey::unsupportedKeyMessage(const QKeySequence &shortcut)
{
    return tr("%1 cannot be used as a global shortcut on this keyboard. Choose another shortcut.")
        .arg(shortcut.toString(QKeySequence::NativeText));
}

QString GlobalHotkey::noGlobalShortcutsMessage()
{
    return tr("This desktop does not let programs set a global shortcut. In your desktop's keyboard settings, "
              "bind a shortcut to the command “lifeos --capture” instead.");
}

QString GlobalHotkey::portalRefusedMessage(const QKeySequence &shortcut)
{
    return tr("The desktop did not allow %1 as the quick capture shortcut.")
        .arg(shortcut.toString(QKeySequence::NativeText));
}

QString GlobalHotkey::portalFailedMessage()
{
    return tr("The desktop's shortcut service did not answer. In your desktop's keyboard settings, "
              "bind a shortcut to the command “lifeos --capture” instead.");
}

QString GlobalHotkey::quickCaptureDescription()
{
    return tr("Open the LifeOS quick capture window");
}

} // namespace lifeos
