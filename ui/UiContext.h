#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace lifeos {

class CaptureHotkey;
class Database;
class JournalRepository;
class TaskRepository;
class NoteRepository;
class SearchService;
class Settings;
class SyncService;

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
    // The global quick-capture shortcut (backends in app/); null where there is none, as in most UI tests.
    CaptureHotkey *captureHotkey = nullptr;
    // Search over everything (palette, Search page, Related panels); null where there is none: the UI works without.
    SearchService *search = nullptr;
    // Shows a desktop notification (the tray's balloon): budget alerts. Null where there is no tray, as in tests.
    std::function<void(const QString &title, const QString &message)> notify = nullptr;
    // Background sync (Oura, Google Calendar) on its own thread; null where there is none, as in most UI tests:
    // Settings → Connections then says that sync is not available.
    SyncService *sync = nullptr;
    // The user's time zone: which local day a calendar event falls on and the times it shows; tests fix one.
    std::function<QTimeZone()> timeZone = [] { return QTimeZone::systemTimeZone(); };
};

} // namespace lifeos
