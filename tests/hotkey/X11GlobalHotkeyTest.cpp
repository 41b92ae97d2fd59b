#include "X11GlobalHotkey.h"

#include "GlobalHotkey.h"

#include <QAbstractEventDispatcher>
#include <QAbstractNativeEventFilter>
#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>
#include <xcb/xcb.h>

#include <initializer_list>

// X11 headers last: they #define words (None, Bool, KeyPress ...) that Qt and Catch use.
#include <X11/XKBlib.h>
#include <X11/Xlib.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

namespace {

using lifeos::X11GlobalHotkey;

const QKeySequence kCtrlAltSpace(Qt::CTRL | Qt::ALT | Qt::Key_Space);
const QKeySequence kCtrlShiftK(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
constexpr int kWaitMs = 5000;

// A second X client, like the rest of the desktop: it types with XTest and probes grabs.
class OtherClient
{
public:
    OtherClient()
        : m_display(XOpenDisplay(nullptr))
    {
        REQUIRE(m_display);
        int event = 0, error = 0, major = 0, minor = 0;
        REQUIRE(XTestQueryExtension(m_display, &event, &error, &major, &minor));
    }
    ~OtherClient() { XCloseDisplay(m_display); }
    OtherClient(const OtherClient &) = delete;
    OtherClient &operator=(const OtherClient &) = delete;

    // Presses the keys in order and releases them in reverse, as a person does.
    void type(std::initializer_list<KeySym> keys)
    {
        for (const KeySym key : keys)
            XTestFakeKeyEvent(m_display, keycode(key), True, CurrentTime);
        for (auto it = std::rbegin(keys); it != std::rend(keys); ++it)
            XTestFakeKeyEvent(m_display, keycode(*it), False, CurrentTime);
        XSync(m_display, False);
    }

    void press(KeySym key)
    {
        XTestFakeKeyEvent(m_display, keycode(key), True, CurrentTime);
        XSync(m_display, False);
    }

    void release(KeySym key)
    {
        XTestFakeKeyEvent(m_display, keycode(key), False, CurrentTime);
        XSync(m_display, False);
    }

    void toggleLock(KeySym lockKey) { type({lockKey}); }

    unsigned lockedModifiers()
    {
        XkbStateRec state{};
        XkbGetState(m_display, XkbUseCoreKbd, &state);
        return state.locked_mods;
    }

    unsigned modifierOf(KeySym key) { return XkbKeysymToModifiers(m_display, key); }

    // Whether this client may grab the key itself: false while another client holds it.
    bool grab(KeySym key, unsigned modifiers)
    {
        s_badAccess = false;
        XSync(m_display, False);
        const auto previous = XSetErrorHandler(&recordBadAccess);
        XGrabKey(m_display, keycode(key), modifiers, DefaultRootWindow(m_display), False, GrabModeAsync, GrabModeAsync);
        XSync(m_display, False);
        XSetErrorHandler(previous);
        return !s_badAccess;
    }

    void ungrab(KeySym key, unsigned modifiers)
    {
        XUngrabKey(m_display, keycode(key), modifiers, DefaultRootWindow(m_display));
        XSync(m_display, False);
    }

    KeyCode keycode(KeySym key)
    {
        const KeyCode code = XKeysymToKeycode(m_display, key);
        REQUIRE(code != 0);
        return code;
    }

private:
    static int recordBadAccess(Display *, XErrorEvent *error)
    {
        if (error->error_code == BadAccess)
            s_badAccess = true;
        return 0;
    }

    static inline bool s_badAccess = false;
    Display *m_display = nullptr;
};

void requireActivations(QSignalSpy &spy, int count)
{
    QDeadlineTimer deadline(kWaitMs);
    while (spy.count() < count && !deadline.hasExpired())
        QTest::qWait(10);
    REQUIRE(spy.count() == count);
}

void requireXcbPlatform()
{
    INFO("run this test through ctest: run-under-xvfb.sh gives it an X server");
    REQUIRE(QGuiApplication::platformName() == u"xcb");
}

} // namespace

TEST_CASE("the factory picks the X11 backend on an X11 session", "[hotkey][x11]")
{
    requireXcbPlatform();
    CHECK(lifeos::createGlobalHotkey()->backendName() == u"X11");
}

TEST_CASE("Ctrl+Alt+Space typed in another client activates the hotkey", "[hotkey][x11]")
{
    requireXcbPlatform();
    X11GlobalHotkey hotkey;
    QSignalSpy spy(&hotkey, &lifeos::GlobalHotkey::activated);
    REQUIRE(hotkey.setShortcut(kCtrlAltSpace));
    CHECK(hotkey.errorString().isEmpty());
    CHECK(hotkey.shortcut() == kCtrlAltSpace);

    OtherClient keyboard;
    keyboard.type({XK_Control_L, XK_Alt_L, XK_space});
    requireActivations(spy, 1);
    keyboard.type({XK_Control_L, XK_Alt_L, XK_space});
    requireActivations(spy, 2);
}

// Counts the presses of one key that reach this process, repeats included (installed after the hotkey, so it
// sees each event before the hotkey's filter takes it).
class KeyPressCounter final : public QAbstractNativeEventFilter
{
public:
    explicit KeyPressCounter(xcb_keycode_t key)
        : m_key(key)
    {
        QAbstractEventDispatcher::instance()->installNativeEventFilter(this);
    }
    ~KeyPressCounter() override { QAbstractEventDispatcher::instance()->removeNativeEventFilter(this); }
    KeyPressCounter(const KeyPressCounter &) = delete;
    KeyPressCounter &operator=(const KeyPressCounter &) = delete;

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *) override
    {
        if (eventType == "xcb_generic_event_t") {
            const auto *event = static_cast<const xcb_generic_event_t *>(message);
            if ((event->response_type & 0x7f) == XCB_KEY_PRESS
                && reinterpret_cast<const xcb_key_press_event_t *>(event)->detail == m_key)
                ++presses;
        }
        return false;
    }

    int presses = 0;

private:
    xcb_keycode_t m_key;
};

TEST_CASE("holding the shortcut down activates it once", "[hotkey][x11]")
{
    requireXcbPlatform();
    X11GlobalHotkey hotkey;
    QSignalSpy spy(&hotkey, &lifeos::GlobalHotkey::activated);
    REQUIRE(hotkey.setShortcut(kCtrlAltSpace));

    OtherClient keyboard;
    KeyPressCounter spacePresses(keyboard.keycode(XK_space));
    keyboard.press(XK_Control_L);
    keyboard.press(XK_Alt_L);
    keyboard.press(XK_space);
    // Longer than the server's auto-repeat delay (660 ms by default), so the key repeats.
    QTest::qWait(1200);
    // The server did repeat the key while it was held; otherwise this test would prove nothing.
    CHECK(spacePresses.presses > 1);
    CHECK(spy.count() == 1);
    keyboard.release(XK_space);
    keyboard.release(XK_Alt_L);
    keyboard.release(XK_Control_L);
    QTest::qWait(20); // a person's next press comes later than a repeat (same server time)
    keyboard.type({XK_Control_L, XK_Alt_L, XK_space});
    requireActivations(spy, 2);
    QTest::qWait(50);
    CHECK(spy.count() == 2);
}

TEST_CASE("space without the modifiers does not activate the hotkey", "[hotkey][x11]")
{
    requireXcbPlatform();
    X11GlobalHotkey hotkey;
    QSignalSpy spy(&hotkey, &lifeos::GlobalHotkey::activated);
    REQUIRE(hotkey.setShortcut(kCtrlAltSpace));

    OtherClient keyboard;
    keyboard.type({XK_space});
    keyboard.type({XK_Control_L, XK_space});
    keyboard.type({XK_Control_L, XK_Shift_L, XK_Alt_L, XK_space});
    // The server delivers events in order: once this one is in, the ones above were not grabbed.
    keyboard.type({XK_Control_L, XK_Alt_L, XK_space});
    requireActivations(spy, 1);
}

TEST_CASE("the hotkey works with Caps Lock, Num Lock, or both on", "[hotkey][x11]")
{
    requireXcbPlatform();
    X11GlobalHotkey hotkey;
    QSignalSpy spy(&hotkey, &lifeos::GlobalHotkey::activated);
    REQUIRE(hotkey.setShortcut(kCtrlAltSpace));

    OtherClient keyboard;
    const unsigned numLock = keyboard.modifierOf(XK_Num_Lock);
    REQUIRE(numLock != 0);
    REQUIRE(keyboard.lockedModifiers() == 0);

    keyboard.toggleLock(XK_Caps_Lock);
    REQUIRE(keyboard.lockedModifiers() == LockMask);
    keyboard.type({XK_Control_L, XK_Alt_L, XK_space});
    requireActivations(spy, 1);

    keyboard.toggleLock(XK_Num_Lock);
    REQUIRE(keyboard.lockedModifiers() == (LockMask | numLock));
    keyboard.type({XK_Control_L, XK_Alt_L, XK_space});
    requireActivations(spy, 2);

    keyboard.toggleLock(XK_Caps_Lock);
    REQUIRE(keyboard.lockedModifiers() == numLock);
    keyboard.type({XK_Control_L, XK_Alt_L, XK_space});
    requireActivations(spy, 3);

    keyboard.toggleLock(XK_Num_Lock);
    CHECK(keyboard.lockedModifiers() == 0);
}

TEST_CASE("setting another shortcut releases the old one", "[hotkey][x11]")
{
    requireXcbPlatform();
    X11GlobalHotkey hotkey;
    QSignalSpy spy(&hotkey, &lifeos::GlobalHotkey::activated);
    REQUIRE(hotkey.setShortcut(kCtrlAltSpace));
    REQUIRE(hotkey.setShortcut(kCtrlShiftK));
    CHECK(hotkey.shortcut() == kCtrlShiftK);

    OtherClient keyboard;
    keyboard.type({XK_Control_L, XK_Alt_L, XK_space});
    keyboard.type({XK_Control_L, XK_Shift_L, XK_k});
    requireActivations(spy, 1); // the second press; the first went unheard
    QTest::qWait(50);
    CHECK(spy.count() == 1);

    // Another program may now have the old one, in any lock state.
    CHECK(keyboard.grab(XK_space, ControlMask | Mod1Mask));
    CHECK(keyboard.grab(XK_space, ControlMask | Mod1Mask | LockMask));
    CHECK_FALSE(keyboard.grab(XK_k, ControlMask | ShiftMask));
    CHECK_FALSE(keyboard.grab(XK_k, ControlMask | ShiftMask | LockMask | keyboard.modifierOf(XK_Num_Lock)));
}

TEST_CASE("a shortcut another program holds is refused with a reason", "[hotkey][x11]")
{
    requireXcbPlatform();
    OtherClient otherProgram;
    REQUIRE(otherProgram.grab(XK_space, ControlMask | Mod1Mask));

    X11GlobalHotkey hotkey;
    CHECK_FALSE(hotkey.setShortcut(kCtrlAltSpace));
    CHECK(hotkey.errorString().contains(u"already taken by another program"));
    CHECK(hotkey.errorString().contains(kCtrlAltSpace.toString(QKeySequence::NativeText)));
    CHECK(hotkey.shortcut().isEmpty());

    // Nothing was left half-grabbed: the lock variants we did get were given back...
    CHECK(otherProgram.grab(XK_space, ControlMask | Mod1Mask | LockMask));
    otherProgram.ungrab(XK_space, ControlMask | Mod1Mask | LockMask);
    // ...and once the other program lets go, the same shortcut works.
    otherProgram.ungrab(XK_space, ControlMask | Mod1Mask);
    REQUIRE(hotkey.setShortcut(kCtrlAltSpace));
    CHECK(hotkey.errorString().isEmpty());
    QSignalSpy spy(&hotkey, &lifeos::GlobalHotkey::activated);
    otherProgram.type({XK_Control_L, XK_Alt_L, XK_space});
    requireActivations(spy, 1);
}

TEST_CASE("an empty shortcut and the destructor release the key", "[hotkey][x11]")
{
    requireXcbPlatform();
    OtherClient otherProgram;
    {
        X11GlobalHotkey hotkey;
        REQUIRE(hotkey.setShortcut(kCtrlAltSpace));
        CHECK_FALSE(otherProgram.grab(XK_space, ControlMask | Mod1Mask));
        REQUIRE(hotkey.setShortcut({}));
        CHECK(hotkey.shortcut().isEmpty());
        CHECK(hotkey.errorString().isEmpty());
        CHECK(otherProgram.grab(XK_space, ControlMask | Mod1Mask));
        otherProgram.ungrab(XK_space, ControlMask | Mod1Mask);

        REQUIRE(hotkey.setShortcut(kCtrlShiftK));
    }
    CHECK(otherProgram.grab(XK_k, ControlMask | ShiftMask));
    CHECK(otherProgram.grab(XK_k, ControlMask | ShiftMask | LockMask));
}

TEST_CASE("a shifted symbol is grabbed on its key with Shift", "[hotkey][x11]")
{
    requireXcbPlatform();
    X11GlobalHotkey hotkey;
    QSignalSpy spy(&hotkey, &lifeos::GlobalHotkey::activated);
    REQUIRE(hotkey.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Exclam)));

    OtherClient keyboard;
    keyboard.type({XK_Control_L, XK_1}); // "1" alone is another shortcut
    keyboard.type({XK_Control_L, XK_Shift_L, XK_1});
    requireActivations(spy, 1);
}

TEST_CASE("a key the keyboard does not have is refused with a reason", "[hotkey][x11]")
{
    requireXcbPlatform();
    X11GlobalHotkey hotkey;
    CHECK_FALSE(hotkey.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F35)));
    CHECK(hotkey.errorString().contains(u"cannot be used as a global shortcut"));
}
