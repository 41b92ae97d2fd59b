#include "support/UiFixture.h"

UiFixture::UiFixture(const QDate &today, const QString &existingDataDir, bool withSearch,
                     const std::function<void(UiFixture &)> &beforeWindow)
    : dataDir(existingDataDir.isEmpty() ? tempDir.path() : existingDataDir)
{
    using namespace lifeos;
    if (auto folder = DataLocation::ensure(dataDir); !folder)
        qFatal("cannot create the data folder: %s", qPrintable(folder.error().message));
    auto opened = Database::open(DataLocation::databasePath(dataDir));
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error().message));
    database = std::move(*opened);
    journal = std::make_unique<JournalRepository>(*database);
    tasks = std::make_unique<TaskRepository>(*database);
    notes = std::make_unique<NoteRepository>(*database);
    settings = std::make_unique<Settings>(DataLocation::settingsPath(dataDir));
    context = std::make_unique<UiContext>(UiContext{*database, *journal, *tasks, *notes, *settings, dataDir});
    context->today = [today] { return today; };
    if (withSearch) {
        search = std::make_unique<SearchService>(DataLocation::databasePath(dataDir), dataDir);
        context->search = search.get();
        search->start();
    }
    if (beforeWindow)
        beforeWindow(*this);
    m_window = std::make_unique<MainWindow>(*context);
}

UiFixture::~UiFixture()
{
    m_window.reset(); // editors save on destruction, before the database closes
}
