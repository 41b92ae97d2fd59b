#pragma once

#include "MainWindow.h"
#include "search/SearchService.h"
#include "storage/Database.h"
#include "storage/JournalRepository.h"
#include "storage/NoteRepository.h"
#include "storage/TaskRepository.h"
#include "support/TempDataDir.h"
#include "UiContext.h"
#include "util/DataLocation.h"
#include "util/Settings.h"

#include <functional>
#include <memory>

// A main window over a fresh data folder with a fixed "today", as GuiLauncher builds it. With `withSearch` it
// also builds and starts the SearchService (most UI tests go without: the UI works with none). `beforeWindow`
// runs once the database, settings and context exist but the window does not (to put a SyncService in the context).
struct UiFixture {
    explicit UiFixture(const QDate &today = QDate(2026, 11, 22), const QString &existingDataDir = {},
                       bool withSearch = false, const std::function<void(UiFixture &)> &beforeWindow = {});
    ~UiFixture();
    lifeos::MainWindow &window() { return *m_window; }

    TempDataDir tempDir;
    QString dataDir;
    std::unique_ptr<lifeos::Database> database;
    std::unique_ptr<lifeos::JournalRepository> journal;
    std::unique_ptr<lifeos::TaskRepository> tasks;
    std::unique_ptr<lifeos::NoteRepository> notes;
    std::unique_ptr<lifeos::Settings> settings;
    std::unique_ptr<lifeos::SearchService> search;
    std::unique_ptr<lifeos::UiContext> context;

private:
    std::unique_ptr<lifeos::MainWindow> m_window;
};
