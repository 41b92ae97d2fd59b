#include "WindowsGlobalHotkey.h"

#include "HotkeyLogging.h"

#include <QAtomicInteger>
#include <QCoreApplication>

#include <qt_windows.h>

#include <optional>

namespace lifeos {

namespace {

std::optional<UINT> virtualKeyFor(int key, UINT &modifiers)
{
    if ((key >= Qt::Key_A && key <= Qt::Key_Z) || (key >= Qt::Key_0 && key <= Qt::Key_9))
        return UINT(key); // the virtual-key codes of letters and digits are their ASCII codes
    if (key >= Qt::Key_F1 && key <= Qt::Key_F24)
        return UINT(VK_F1 + (key - Qt::Key_F1));
    switch (key) {
    case Qt::Key_Space:
        return UINT(VK_SPACE);
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return UINT(VK_RETURN);
    case Qt::Key_Escape:
        return UINT(VK_ESCAPE);
    case Qt::Key_Tab:
        return UINT(VK_TAB);
    case Qt::Key_Backspace:
        return UINT(VK_BACK);
    case Qt::Key_Insert:
        return UINT(VK_INSERT);
    case Qt::Key_Delete:
        return UINT(VK_DELETE);
    case Qt::Key_Home:
        return UINT(VK_HOME);
    case Qt::Key_End:
        return UINT(VK_END);
    case Qt::Key_PageUp:
        return UINT(VK_PRIOR);
    case Qt::Key_PageDown:
        return UINT(VK_NEXT);
    case Qt::Key_Left:
        return UINT(VK_LEFT);
    case Qt::Key_Right:
        return UINT(VK_RIGHT);
    case Qt::Key_Up:
        return UINT(VK_UP);
    case Qt::Key_Down:
        return UINT(VK_DOWN);
    case Qt::Key_Pause:
        return UINT(VK_PAUSE);
    case Qt::Key_Print:
        return UINT(VK_SNAPSHOT);
    default:
        break;
    }
    // Punctuation depends on the layout: ask it which key (and shift state) types the character.
    if (key > 0x20 && key < 0x7f) {
        const SHORT scan = VkKeyScanW(WCHAR(key));
        if (scan == -1)
            return std::nullopt;
        if (HIBYTE(scan) & 1)
            modifiers |= MOD_SHIFT;
        return UINT(LOBYTE(scan));
    }
    return std::nullopt;
}

} // namespace

WindowsGlobalHotkey::WindowsGlobalHotkey(QObject *parent)
    : GlobalHotkey(parent)
{
    static QAtomicInteger<int> lastId;
    m_id = lastId.fetchAndAddRelaxed(1) + 1;
    QCoreApplication::instance()->installNativeEventFilter(this);
}

WindowsGlobalHotkey::~WindowsGlobalHotkey()
{
    unregister();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(this);
}

bool WindowsGlobalHotkey::setShortcut(const QKeySequence &shortcut)
{
    unregister();
    if (shortcut.isEmpty())
        return succeed({});
    const QKeyCombination combination = shortcut[0];
    const Qt::KeyboardModifiers qtModifiers = combination.keyboardModifiers();
    // MOD_NOREPEAT: holding the keys opens the capture window once, not once per repeat.
    UINT modifiers = MOD_NOREPEAT;
    if (qtModifiers & Qt::ShiftModifier)
        modifiers |= MOD_SHIFT;
    if (qtModifiers & Qt::ControlModifier)
        modifiers |= MOD_CONTROL;
    if (qtModifiers & Qt::AltModifier)
        modifiers |= MOD_ALT;
    if (qtModifiers & Qt::MetaModifier)
        modifiers |= MOD_WIN;
    const auto virtualKey = virtualKeyFor(combination.key(), modifiers);
    if (!virtualKey)
        return fail(unsupportedKeyMessage(shortcut));
    // No window: WM_HOTKEY goes to this thread's queue, which Qt's dispatcher filters below.
    if (!RegisterHotKey(nullptr, m_id, modifiers, *virtualKey)) {
        const DWORD error = GetLastError();
        qCInfo(lcHotkey) << "RegisterHotKey failed with error" << error;
        return fail(error == ERROR_HOTKEY_ALREADY_REGISTERED ? takenMessage(shortcut)
                                                             : unsupportedKeyMessage(shortcut));
    }
    m_registered = true;
    return succeed(shortcut);
}

void WindowsGlobalHotkey::unregister()
{
    if (m_registered)
        UnregisterHotKey(nullptr, m_id);
    m_registered = false;
    setShortcutState({});
}

bool WindowsGlobalHotkey::nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result)
{
    Q_UNUSED(result)
    if (!m_registered || eventType != "windows_generic_MSG")
        return false;
    const auto *msg = static_cast<const MSG *>(message);
    if (msg->message != WM_HOTKEY || msg->wParam != WPARAM(m_id))
        return false;
    Q_EMIT activated();
    return true;
}

} // namespace lifeos
