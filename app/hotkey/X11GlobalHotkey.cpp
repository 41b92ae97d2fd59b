#include "X11GlobalHotkey.h"

#include "HotkeyLogging.h"
#include "XkbKey.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <xcb/xcb.h>

#include <cstdlib>
#include <memory>
#include <optional>

namespace lifeos {

namespace {

// The keysyms of the lock keys whose modifier bits a press may carry without meaning anything.
constexpr quint32 kNumLockKeysym = 0xff7f;
constexpr quint32 kScrollLockKeysym = 0xff14;
constexpr quint8 kBadAccess = 10; // X11 error: a grab another client holds

struct FreeDeleter
{
    void operator()(void *p) const { std::free(p); }
};
template<typename T>
using XcbReply = std::unique_ptr<T, FreeDeleter>;

struct Keycode
{
    quint8 keycode = 0;
    bool needsShift = false; // the keysym sits on the key's shifted level ("!" on "1")
};

// Reads the keymap fresh each time (rather than through Xlib's cache, which never sees
// MappingNotify because Qt owns the event queue), so a layout changed since the last
// setShortcut() is picked up then; a change while a shortcut is held is not followed.
std::optional<Keycode> keycodeFor(xcb_connection_t *connection, quint32 keysym)
{
    const xcb_setup_t *setup = xcb_get_setup(connection);
    const int count = setup->max_keycode - setup->min_keycode + 1;
    XcbReply<xcb_get_keyboard_mapping_reply_t> reply(
        xcb_get_keyboard_mapping_reply(connection,
                                       xcb_get_keyboard_mapping(connection, setup->min_keycode, quint8(count)),
                                       nullptr));
    if (!reply)
        return std::nullopt;
    const xcb_keysym_t *keysyms = xcb_get_keyboard_mapping_keysyms(reply.get());
    const int perKeycode = reply->keysyms_per_keycode;
    for (int level = 0; level < std::min(perKeycode, 2); ++level) {
        for (int i = 0; i < count; ++i) {
            if (keysyms[i * perKeycode + level] == keysym)
                return Keycode{quint8(setup->min_keycode + i), level == 1};
        }
    }
    return std::nullopt;
}

// The modifier bit (Mod2 for Num Lock on most keymaps) a lock key sets; 0 if it sets none.
quint16 modifierMaskOf(xcb_connection_t *connection, quint32 keysym)
{
    const auto keycode = keycodeFor(connection, keysym);
    if (!keycode)
        return 0;
    XcbReply<xcb_get_modifier_mapping_reply_t> reply(
        xcb_get_modifier_mapping_reply(connection, xcb_get_modifier_mapping(connection), nullptr));
    if (!reply)
        return 0;
    const xcb_keycode_t *keycodes = xcb_get_modifier_mapping_keycodes(reply.get());
    const int perModifier = reply->keycodes_per_modifier;
    for (int modifier = 0; modifier < 8; ++modifier) {
        for (int i = 0; i < perModifier; ++i) {
            if (keycodes[modifier * perModifier + i] == keycode->keycode)
                return quint16(1 << modifier);
        }
    }
    return 0;
}

quint16 x11Modifiers(Qt::KeyboardModifiers modifiers)
{
    quint16 mask = 0;
    if (modifiers & Qt::ShiftModifier)
        mask |= XCB_MOD_MASK_SHIFT;
    if (modifiers & Qt::ControlModifier)
        mask |= XCB_MOD_MASK_CONTROL;
    if (modifiers & Qt::AltModifier)
        mask |= XCB_MOD_MASK_1;
    if (modifiers & Qt::MetaModifier)
        mask |= XCB_MOD_MASK_4;
    return mask;
}

} // namespace

X11GlobalHotkey::X11GlobalHotkey(QObject *parent)
    : GlobalHotkey(parent)
{
    const auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    m_connection = x11 ? x11->connection() : nullptr;
    if (!m_connection)
        return;
    for (auto it = xcb_setup_roots_iterator(xcb_get_setup(m_connection)); it.rem; xcb_screen_next(&it))
        m_roots.append(it.data->root);
    QCoreApplication::instance()->installNativeEventFilter(this);
}

X11GlobalHotkey::~X11GlobalHotkey()
{
    ungrab();
    // The filter list belongs to the application, which may already be gone at exit.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(this);
}

bool X11GlobalHotkey::setShortcut(const QKeySequence &shortcut)
{
    ungrab();
    if (shortcut.isEmpty())
        return succeed({});
    if (!m_connection)
        return fail(noGlobalShortcutsMessage());
    const auto key = XkbKey::fromKeySequence(shortcut);
    const auto keycode = key ? keycodeFor(m_connection, key->keysym) : std::nullopt;
    if (!keycode) {
        qCInfo(lcHotkey) << "no key on this keymap for" << shortcut.toString(QKeySequence::PortableText);
        return fail(unsupportedKeyMessage(shortcut));
    }
    quint16 modifiers = x11Modifiers(key->modifiers);
    if (keycode->needsShift)
        modifiers |= XCB_MOD_MASK_SHIFT;
    const quint16 lockMask = (XCB_MOD_MASK_LOCK | modifierMaskOf(m_connection, kNumLockKeysym)
                              | modifierMaskOf(m_connection, kScrollLockKeysym))
                             & ~modifiers;

    // X11 matches a grab's modifiers exactly, so every on/off mix of the lock keys needs its own
    // grab. Checked requests report BadAccess for this call alone, with no process-wide
    // Xlib error handler that could swallow another thread's errors.
    QList<std::pair<Grab, xcb_void_cookie_t>> requests;
    for (quint32 root : std::as_const(m_roots)) {
        for (quint16 locks = 0;; locks = quint16((locks - lockMask) & lockMask)) { // every subset
            const Grab grab{root, quint16(modifiers | locks)};
            requests.append({grab,
                             xcb_grab_key_checked(m_connection,
                                                  0,
                                                  root,
                                                  grab.modifiers,
                                                  keycode->keycode,
                                                  XCB_GRAB_MODE_ASYNC,
                                                  XCB_GRAB_MODE_ASYNC)});
            if (locks == lockMask)
                break;
        }
    }
    bool taken = false;
    bool failed = false;
    for (const auto &[grab, cookie] : std::as_const(requests)) {
        XcbReply<xcb_generic_error_t> error(xcb_request_check(m_connection, cookie));
        if (!error) {
            m_grabs.append(grab);
        } else {
            taken = taken || error->error_code == kBadAccess;
            failed = true;
            qCDebug(lcHotkey) << "XGrabKey failed with X11 error" << error->error_code << "modifiers" << grab.modifiers;
        }
    }
    m_keycode = keycode->keycode;
    if (failed) {
        ungrab();
        return fail(taken ? takenMessage(shortcut) : unsupportedKeyMessage(shortcut));
    }
    m_modifiers = modifiers;
    m_lockMask = lockMask;
    qCInfo(lcHotkey) << "grabbed" << shortcut.toString(QKeySequence::PortableText) << "keycode" << m_keycode
                     << "modifiers" << modifiers << "lock mask" << lockMask;
    return succeed(shortcut);
}

void X11GlobalHotkey::ungrab()
{
    for (const Grab &grab : std::as_const(m_grabs))
        xcb_ungrab_key(m_connection, m_keycode, grab.root, grab.modifiers);
    // A round trip, so the key is free for other programs by the time this returns (the server
    // may otherwise serve their requests before our buffered ungrabs).
    if (!m_grabs.isEmpty())
        std::free(xcb_get_input_focus_reply(m_connection, xcb_get_input_focus(m_connection), nullptr));
    m_grabs.clear();
    m_keycode = 0;
    m_keyDown = false;
    m_releaseTime = 0;
    setShortcutState({});
}

bool X11GlobalHotkey::nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result)
{
    Q_UNUSED(result)
    if (m_grabs.isEmpty() || eventType != "xcb_generic_event_t")
        return false;
    const auto *event = static_cast<const xcb_generic_event_t *>(message);
    const quint8 type = event->response_type & 0x7f;
    if (type != XCB_KEY_PRESS && type != XCB_KEY_RELEASE)
        return false;
    const auto *key = reinterpret_cast<const xcb_key_press_event_t *>(event);
    if (key->detail != m_keycode || !m_roots.contains(key->event))
        return false;
    if (type == XCB_KEY_RELEASE) {
        m_keyDown = false;
        m_releaseTime = key->time;
        return true;
    }
    constexpr quint16 kKeyboardModifiers = 0xff; // the state also carries mouse-button bits
    if ((key->state & kKeyboardModifiers & ~m_lockMask) != m_modifiers)
        return false;
    // Holding the keys makes the server repeat them as release + press pairs with one timestamp
    // (or, in detectable auto-repeat mode, as presses alone): one capture per press, not per repeat.
    const bool repeat = m_keyDown || (m_releaseTime != 0 && key->time == m_releaseTime);
    m_keyDown = true;
    if (!repeat)
        Q_EMIT activated();
    return true;
}

} // namespace lifeos
