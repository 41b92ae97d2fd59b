#include "XkbKey.h"

#include <QList>

#include <catch2/catch.hpp>

// Xlib last: it #defines words (None, Bool, Always ...) that Qt and Catch use.
#include <X11/Xlib.h>

namespace {

using lifeos::XkbKey;

// Every Qt key the table knows, so each row can be checked against Xlib's own names.
QList<int> knownQtKeys()
{
    QList<int> keys;
    for (int key = 0x20; key < 0x7f; ++key) {
        if (key < 'a' || key > 'z') // Qt names letters in upper case only
            keys << key;
    }
    for (int key = Qt::Key_F1; key <= Qt::Key_F35; ++key)
        keys << key;
    keys << Qt::Key_Escape << Qt::Key_Tab << Qt::Key_Backtab << Qt::Key_Backspace << Qt::Key_Return << Qt::Key_Enter
         << Qt::Key_Insert << Qt::Key_Delete << Qt::Key_Pause << Qt::Key_Print << Qt::Key_Home << Qt::Key_End
         << Qt::Key_Left << Qt::Key_Up << Qt::Key_Right << Qt::Key_Down << Qt::Key_PageUp << Qt::Key_PageDown
         << Qt::Key_Menu << Qt::Key_VolumeDown << Qt::Key_VolumeMute << Qt::Key_VolumeUp << Qt::Key_MediaPlay
         << Qt::Key_MediaStop << Qt::Key_MediaPrevious << Qt::Key_MediaNext;
    return keys;
}

} // namespace

TEST_CASE("a shortcut maps to the keysym and modifiers X11 grabs", "[hotkey][keys]")
{
    struct Row
    {
        const char *shortcut;
        quint32 keysym;
        const char *name;
        Qt::KeyboardModifiers modifiers;
    };
    const auto row = GENERATE(Row{"Ctrl+Alt+Space", 0x20, "space", Qt::ControlModifier | Qt::AltModifier},
                              Row{"Ctrl+Shift+K", 'k', "k", Qt::ControlModifier | Qt::ShiftModifier},
                              Row{"Meta+J", 'j', "j", Qt::MetaModifier},
                              Row{"Alt+7", '7', "7", Qt::AltModifier},
                              Row{"F12", 0xffc9, "F12", {}},
                              Row{"Ctrl+F35", 0xffe0, "F35", Qt::ControlModifier},
                              Row{"Ctrl+Return", 0xff0d, "Return", Qt::ControlModifier},
                              Row{"Ctrl+Esc", 0xff1b, "Escape", Qt::ControlModifier},
                              Row{"Alt+Tab", 0xff09, "Tab", Qt::AltModifier},
                              Row{"Ctrl+Left", 0xff51, "Left", Qt::ControlModifier},
                              Row{"Ctrl+PgDown", 0xff56, "Next", Qt::ControlModifier},
                              Row{"Ctrl+,", ',', "comma", Qt::ControlModifier},
                              Row{"Ctrl+/", '/', "slash", Qt::ControlModifier},
                              Row{"Ctrl+[", '[', "bracketleft", Qt::ControlModifier},
                              Row{"Ctrl+`", '`', "grave", Qt::ControlModifier},
                              Row{"Media Play", 0x1008ff14, "XF86AudioPlay", {}});
    INFO(row.shortcut);
    const auto key = XkbKey::fromKeySequence(QKeySequence(QString::fromLatin1(row.shortcut)));
    REQUIRE(key.has_value());
    CHECK(key->keysym == row.keysym);
    CHECK(key->name == QLatin1StringView(row.name));
    CHECK(key->modifiers == row.modifiers);
}

TEST_CASE("only the first combination of a multi-key sequence is used", "[hotkey][keys]")
{
    const auto key = XkbKey::fromKeySequence(QKeySequence(QStringLiteral("Ctrl+K, Ctrl+C")));
    REQUIRE(key.has_value());
    CHECK(key->name == u"k");
    CHECK(key->modifiers == Qt::ControlModifier);
}

TEST_CASE("sequences without a usable key have no keysym and no trigger", "[hotkey][keys]")
{
    const auto sequence = GENERATE(QKeySequence(),
                                   QKeySequence(Qt::Key_Control),
                                   QKeySequence(Qt::Key_unknown),
                                   QKeySequence(Qt::CTRL | Qt::Key_Launch0),
                                   QKeySequence(Qt::Key_Eacute));
    INFO(sequence.toString().toStdString());
    CHECK_FALSE(XkbKey::fromKeySequence(sequence).has_value());
    CHECK(XkbKey::xdgTrigger(sequence).isEmpty());
}

TEST_CASE("a shortcut becomes the XDG shortcuts spec's trigger string for the portal", "[hotkey][keys]")
{
    struct Row
    {
        const char *shortcut;
        const char *trigger;
    };
    const auto row = GENERATE(Row{"Ctrl+Alt+Space", "CTRL+ALT+space"},
                              Row{"Alt+Ctrl+Space", "CTRL+ALT+space"},
                              Row{"Ctrl+Shift+K", "CTRL+SHIFT+k"},
                              Row{"Meta+Shift+Return", "SHIFT+LOGO+Return"},
                              Row{"Ctrl+Alt+Shift+Meta+F1", "CTRL+ALT+SHIFT+LOGO+F1"},
                              Row{"F9", "F9"},
                              Row{"Ctrl+.", "CTRL+period"},
                              Row{"Alt+PgUp", "ALT+Prior"});
    INFO(row.shortcut);
    CHECK(XkbKey::xdgTrigger(QKeySequence(QString::fromLatin1(row.shortcut))) == QLatin1StringView(row.trigger));
}

TEST_CASE("every key the table knows has the keysym and name Xlib gives it", "[hotkey][keys]")
{
    for (const int qtKey : knownQtKeys()) {
        const auto key = XkbKey::fromKeySequence(QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(qtKey))));
        INFO("Qt key 0x" << std::hex << qtKey);
        REQUIRE(key.has_value());
        CHECK(XStringToKeysym(key->name.toLatin1().constData()) == key->keysym);
        // The portal spec allows letters, digits and underscores only in a key's name.
        for (const QChar c : key->name)
            CHECK((c.isLetterOrNumber() || c == u'_'));
    }
}
