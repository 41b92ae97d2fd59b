#include "MacGlobalHotkey.h"

#include "HotkeyLogging.h"

#include <QAtomicInteger>

#include <Carbon/Carbon.h>

#include <array>
#include <optional>
#include <utility>

namespace lifeos {

namespace {

// 'LfOS', spelled out: multi-character literals draw a warning.
constexpr OSType kSignature = (OSType('L') << 24) | (OSType('f') << 16) | (OSType('O') << 8) | OSType('S');

// Carbon names keys by their position on an ANSI keyboard; the codes are in no useful order.
constexpr std::array kKeyCodes{
    std::pair{int(Qt::Key_A), UInt32(kVK_ANSI_A)},
    std::pair{int(Qt::Key_B), UInt32(kVK_ANSI_B)},
    std::pair{int(Qt::Key_C), UInt32(kVK_ANSI_C)},
    std::pair{int(Qt::Key_D), UInt32(kVK_ANSI_D)},
    std::pair{int(Qt::Key_E), UInt32(kVK_ANSI_E)},
    std::pair{int(Qt::Key_F), UInt32(kVK_ANSI_F)},
    std::pair{int(Qt::Key_G), UInt32(kVK_ANSI_G)},
    std::pair{int(Qt::Key_H), UInt32(kVK_ANSI_H)},
    std::pair{int(Qt::Key_I), UInt32(kVK_ANSI_I)},
    std::pair{int(Qt::Key_J), UInt32(kVK_ANSI_J)},
    std::pair{int(Qt::Key_K), UInt32(kVK_ANSI_K)},
    std::pair{int(Qt::Key_L), UInt32(kVK_ANSI_L)},
    std::pair{int(Qt::Key_M), UInt32(kVK_ANSI_M)},
    std::pair{int(Qt::Key_N), UInt32(kVK_ANSI_N)},
    std::pair{int(Qt::Key_O), UInt32(kVK_ANSI_O)},
    std::pair{int(Qt::Key_P), UInt32(kVK_ANSI_P)},
    std::pair{int(Qt::Key_Q), UInt32(kVK_ANSI_Q)},
    std::pair{int(Qt::Key_R), UInt32(kVK_ANSI_R)},
    std::pair{int(Qt::Key_S), UInt32(kVK_ANSI_S)},
    std::pair{int(Qt::Key_T), UInt32(kVK_ANSI_T)},
    std::pair{int(Qt::Key_U), UInt32(kVK_ANSI_U)},
    std::pair{int(Qt::Key_V), UInt32(kVK_ANSI_V)},
    std::pair{int(Qt::Key_W), UInt32(kVK_ANSI_W)},
    std::pair{int(Qt::Key_X), UInt32(kVK_ANSI_X)},
    std::pair{int(Qt::Key_Y), UInt32(kVK_ANSI_Y)},
    std::pair{int(Qt::Key_Z), UInt32(kVK_ANSI_Z)},
    std::pair{int(Qt::Key_0), UInt32(kVK_ANSI_0)},
    std::pair{int(Qt::Key_1), UInt32(kVK_ANSI_1)},
    std::pair{int(Qt::Key_2), UInt32(kVK_ANSI_2)},
    std::pair{int(Qt::Key_3), UInt32(kVK_ANSI_3)},
    std::pair{int(Qt::Key_4), UInt32(kVK_ANSI_4)},
    std::pair{int(Qt::Key_5), UInt32(kVK_ANSI_5)},
    std::pair{int(Qt::Key_6), UInt32(kVK_ANSI_6)},
    std::pair{int(Qt::Key_7), UInt32(kVK_ANSI_7)},
    std::pair{int(Qt::Key_8), UInt32(kVK_ANSI_8)},
    std::pair{int(Qt::Key_9), UInt32(kVK_ANSI_9)},
    std::pair{int(Qt::Key_F1), UInt32(kVK_F1)},
    std::pair{int(Qt::Key_F2), UInt32(kVK_F2)},
    std::pair{int(Qt::Key_F3), UInt32(kVK_F3)},
    std::pair{int(Qt::Key_F4), UInt32(kVK_F4)},
    std::pair{int(Qt::Key_F5), UInt32(kVK_F5)},
    std::pair{int(Qt::Key_F6), UInt32(kVK_F6)},
    std::pair{int(Qt::Key_F7), UInt32(kVK_F7)},
    std::pair{int(Qt::Key_F8), UInt32(kVK_F8)},
    std::pair{int(Qt::Key_F9), UInt32(kVK_F9)},
    std::pair{int(Qt::Key_F10), UInt32(kVK_F10)},
    std::pair{int(Qt::Key_F11), UInt32(kVK_F11)},
    std::pair{int(Qt::Key_F12), UInt32(kVK_F12)},
    std::pair{int(Qt::Key_F13), UInt32(kVK_F13)},
    std::pair{int(Qt::Key_F14), UInt32(kVK_F14)},
    std::pair{int(Qt::Key_F15), UInt32(kVK_F15)},
    std::pair{int(Qt::Key_F16), UInt32(kVK_F16)},
    std::pair{int(Qt::Key_F17), UInt32(kVK_F17)},
    std::pair{int(Qt::Key_F18), UInt32(kVK_F18)},
    std::pair{int(Qt::Key_F19), UInt32(kVK_F19)},
    std::pair{int(Qt::Key_F20), UInt32(kVK_F20)},
    std::pair{int(Qt::Key_Space), UInt32(kVK_Space)},
    std::pair{int(Qt::Key_Return), UInt32(kVK_Return)},
    std::pair{int(Qt::Key_Enter), UInt32(kVK_ANSI_KeypadEnter)},
    std::pair{int(Qt::Key_Escape), UInt32(kVK_Escape)},
    std::pair{int(Qt::Key_Tab), UInt32(kVK_Tab)},
    std::pair{int(Qt::Key_Backspace), UInt32(kVK_Delete)},
    std::pair{int(Qt::Key_Delete), UInt32(kVK_ForwardDelete)},
    std::pair{int(Qt::Key_Home), UInt32(kVK_Home)},
    std::pair{int(Qt::Key_End), UInt32(kVK_End)},
    std::pair{int(Qt::Key_PageUp), UInt32(kVK_PageUp)},
    std::pair{int(Qt::Key_PageDown), UInt32(kVK_PageDown)},
    std::pair{int(Qt::Key_Left), UInt32(kVK_LeftArrow)},
    std::pair{int(Qt::Key_Right), UInt32(kVK_RightArrow)},
    std::pair{int(Qt::Key_Up), UInt32(kVK_UpArrow)},
    std::pair{int(Qt::Key_Down), UInt32(kVK_DownArrow)},
    std::pair{int(Qt::Key_Comma), UInt32(kVK_ANSI_Comma)},
    std::pair{int(Qt::Key_Period), UInt32(kVK_ANSI_Period)},
    std::pair{int(Qt::Key_Slash), UInt32(kVK_ANSI_Slash)},
    std::pair{int(Qt::Key_Semicolon), UInt32(kVK_ANSI_Semicolon)},
    std::pair{int(Qt::Key_Apostrophe), UInt32(kVK_ANSI_Quote)},
    std::pair{int(Qt::Key_BracketLeft), UInt32(kVK_ANSI_LeftBracket)},
    std::pair{int(Qt::Key_BracketRight), UInt32(kVK_ANSI_RightBracket)},
    std::pair{int(Qt::Key_Backslash), UInt32(kVK_ANSI_Backslash)},
    std::pair{int(Qt::Key_Minus), UInt32(kVK_ANSI_Minus)},
    std::pair{int(Qt::Key_Equal), UInt32(kVK_ANSI_Equal)},
    std::pair{int(Qt::Key_QuoteLeft), UInt32(kVK_ANSI_Grave)},
};

std::optional<UInt32> keyCodeFor(int key)
{
    for (const auto &[qtKey, keyCode] : kKeyCodes) {
        if (qtKey == key)
            return keyCode;
    }
    return std::nullopt;
}

OSStatus hotKeyPressed(EventHandlerCallRef, EventRef event, void *userData)
{
    EventHotKeyID id{};
    if (GetEventParameter(event, kEventParamDirectObject, typeEventHotKeyID, nullptr, sizeof(id), nullptr, &id) != noErr
        || id.signature != kSignature)
        return eventNotHandledErr;
    // Another instance's hot key (every instance installs a handler): let it through to its owner.
    return static_cast<MacGlobalHotkey *>(userData)->handleHotKey(id.id) ? noErr : eventNotHandledErr;
}

} // namespace

MacGlobalHotkey::MacGlobalHotkey(QObject *parent)
    : GlobalHotkey(parent)
{
    static QAtomicInteger<quint32> lastId;
    m_id = lastId.fetchAndAddRelaxed(1) + 1;
    const EventTypeSpec pressed{kEventClassKeyboard, kEventHotKeyPressed};
    InstallApplicationEventHandler(NewEventHandlerUPP(hotKeyPressed), 1, &pressed, this, &m_handler);
}

MacGlobalHotkey::~MacGlobalHotkey()
{
    unregister();
    if (m_handler)
        RemoveEventHandler(m_handler);
}

bool MacGlobalHotkey::setShortcut(const QKeySequence &shortcut)
{
    unregister();
    if (shortcut.isEmpty())
        return succeed({});
    const QKeyCombination combination = shortcut[0];
    const auto keyCode = keyCodeFor(combination.key());
    if (!keyCode)
        return fail(unsupportedKeyMessage(shortcut));
    // On macOS Qt's ControlModifier is the Command key and MetaModifier the Control key.
    const Qt::KeyboardModifiers qtModifiers = combination.keyboardModifiers();
    UInt32 modifiers = 0;
    if (qtModifiers & Qt::ControlModifier)
        modifiers |= cmdKey;
    if (qtModifiers & Qt::MetaModifier)
        modifiers |= controlKey;
    if (qtModifiers & Qt::AltModifier)
        modifiers |= optionKey;
    if (qtModifiers & Qt::ShiftModifier)
        modifiers |= shiftKey;
    const EventHotKeyID id{kSignature, m_id};
    const OSStatus status = RegisterEventHotKey(*keyCode, modifiers, id, GetApplicationEventTarget(), 0, &m_hotKey);
    if (status != noErr) {
        m_hotKey = nullptr;
        qCInfo(lcHotkey) << "RegisterEventHotKey failed with status" << status;
        return fail(status == eventHotKeyExistsErr ? takenMessage(shortcut) : unsupportedKeyMessage(shortcut));
    }
    return succeed(shortcut);
}

void MacGlobalHotkey::unregister()
{
    if (m_hotKey)
        UnregisterEventHotKey(m_hotKey);
    m_hotKey = nullptr;
    setShortcutState({});
}

bool MacGlobalHotkey::handleHotKey(quint32 id)
{
    if (id != m_id || !m_hotKey)
        return false;
    Q_EMIT activated();
    return true;
}

} // namespace lifeos
