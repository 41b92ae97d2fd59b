#pragma once

#include <QDate>

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
};

} // namespace lifeos
