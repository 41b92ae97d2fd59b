#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>

namespace lifeos {

class Database;
class JournalRepository;
class TaskRepository;
class NoteRepository;
class Settings;

// The services the window and its pages work with, built in app/ and passed in (no singletons).
struct UiContext {
    Database &database;
    JournalRepository &journal;
    TaskRepository &tasks;
    NoteRepository &notes;
    Settings &settings;
    QString dataDir;
    // The user's local "today"; tests inject a fixed day.
    std::function<QDate()> today = [] { return QDate::currentDate(); };
    // The current instant, for what quick capture reads as "tomorrow" or "at 5pm"; tests inject a fixed one.
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTime(); };
    // Takes a new global quick-capture shortcut (portable QKeySequence text; empty switches it off) and returns
    // why it could not be had, or an empty string. The backends live in app/; without one it always fails.
    std::function<QString(const QString &)> setCaptureHotkey = {};
    // Which global-hotkey backend this session uses ("X11", "xdg-desktop-portal" …), for Settings.
    QString captureHotkeyBackend = {};
    // Why the shortcut from settings could not be had at start, or empty.
    QString captureHotkeyError = {};
};

} // namespace lifeos
