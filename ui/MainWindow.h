#pragma once

#include "UiContext.h"
#include "search/SearchTypes.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace lifeos {

class CaptureWindow;
class Page;
class TodayPage;
class JournalPage;
class TasksPage;
class NotesPage;
class SearchPalette;
class TrayIcon;

// The window: a sidebar of pages (Ctrl+1 … Ctrl+0), the page stack, menus and the tray icon.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum PageIndex { Today, Journal, Tasks, Notes, Health, Finance, Calendar, Review, Search, Settings, PageCount };

    explicit MainWindow(UiContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(int index);
    int currentPage() const;
    Page *page(int index) const;
    // Brings the window to the front (a second launch of the app asks for this).
    void raiseAndActivate();
    void toggleVisible();
    CaptureWindow &captureWindow() { return *m_capture; }
    SearchPalette &searchPalette() { return *m_palette; }
    // Opens what search found on the page that shows it: a journal day, a note, a task, a health day, a month of
    // money, a calendar event (on the Calendar page, at its day, selected).
    void openSearchHit(const SearchHit &hit);

public Q_SLOTS:
    void showSearchPalette();
    // Opens quick capture without showing this window (it may be hidden in the tray); `text` fills the input.
    void showCapture(const QString &text = QString());

public:
    // Saves open editors and geometry, then quits the application.
    void quit();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addPage(Page *page, const QString &id, const QString &iconName, const QString &title);
    void createMenus();
    void exportData(bool markdown);
    void showShortcuts();
    void showAbout();
    void saveWindowState();
    void refreshAfterCapture();
    void refreshAfterSync(const QString &source);

    UiContext &m_context;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStringList m_pageIds;
    TrayIcon *m_tray = nullptr;
    // A window of its own, not a child: showing it must not show or raise this one.
    std::unique_ptr<CaptureWindow> m_capture;
    SearchPalette *m_palette = nullptr;
    QAction *m_searchAction = nullptr;
    bool m_quitting = false;
};

} // namespace lifeos
