#include "MainWindow.h"

#include "capture/CaptureWindow.h"
#include "export/JsonExporter.h"
#include "export/MarkdownExporter.h"
#include "pages/CalendarPage.h"
#include "pages/FinancePage.h"
#include "pages/HealthPage.h"
#include "pages/JournalPage.h"
#include "pages/NotesPage.h"
#include "pages/ReviewPage.h"
#include "pages/SettingsPage.h"
#include "pages/TasksPage.h"
#include "pages/TodayPage.h"
#include "search/IndexProgressIndicator.h"
#include "search/SearchFormat.h"
#include "search/SearchPage.h"
#include "search/SearchPalette.h"
#include "sync/SyncService.h"
#include "TrayIcon.h"
#include "UiLogging.h"
#include "util/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QShowEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace lifeos {

MainWindow::MainWindow(UiContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_capture(std::make_unique<CaptureWindow>(context))
    , m_palette(new SearchPalette(context.search, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LifeOS"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lifeos.svg")));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The sidebar sits on the window colour, a step apart from the page (works in light and dark palettes).
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_sidebar->viewport()->setBackgroundRole(QPalette::Window);
    // Rounded, inset selection in the palette's own colours, so it suits light and dark themes alike.
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { border: none; padding-top: 8px; }"
        "QListWidget#sidebar::item { padding: 4px 8px; margin: 0 8px; border-radius: 6px; }"
        "QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
        "QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }"));

    // Budget alerts and other announcements: the tray's notification, or the status bar where there is no tray.
    if (!context.notify)
        context.notify = [this](const QString &title, const QString &message) {
            if (m_tray && m_tray->isVisible())
                m_tray->notify(title, message);
            else
                statusBar()->showMessage(message, 10000);
        };
    auto *today = new TodayPage(context, this);
    auto *journal = new JournalPage(context, this);
    addPage(today, QStringLiteral("today"), QStringLiteral("today"), tr("Today"));
    addPage(journal, QStringLiteral("journal"), QStringLiteral("journal"), tr("Journal"));
    addPage(new TasksPage(context, this), QStringLiteral("tasks"), QStringLiteral("tasks"), tr("Tasks"));
    addPage(new NotesPage(context, this), QStringLiteral("notes"), QStringLiteral("notes"), tr("Notes"));
    addPage(new HealthPage(context, this), QStringLiteral("health"), QStringLiteral("health"), tr("Health"));
    addPage(new FinancePage(context, this), QStringLiteral("finance"), QStringLiteral("finance"), tr("Finance"));
    addPage(new CalendarPage(context, this), QStringLiteral("calendar"), QStringLiteral("calendar"), tr("Calendar"));
    addPage(new ReviewPage(context, this), QStringLiteral("review"), QStringLiteral("insights"), tr("Review"));
    addPage(new SearchPage(context, this), QStringLiteral("search"), QStringLiteral("search"), tr("Search"));
    addPage(new SettingsPage(context, this), QStringLiteral("settings"), QStringLiteral("settings"), tr("Settings"));

    connect(today, &TodayPage::openJournalDay, this, [this, journal](const QDate &day) {
        showPage(Journal);
        journal->showDay(day);
    });
    // A sync wrote rows: the page on screen shows them now; hidden pages read them again when next shown.
    if (context.sync)
        connect(context.sync, &SyncService::dataChanged, this, &MainWindow::refreshAfterSync);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        static_cast<Page *>(m_pages->widget(row))->activate();
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    int sidebarWidth = 0;
    for (int i = 0; i < m_sidebar->count(); ++i)
        sidebarWidth = qMax(sidebarWidth, m_sidebar->fontMetrics().horizontalAdvance(m_sidebar->item(i)->text()));
    m_sidebar->setFixedWidth(sidebarWidth + m_sidebar->iconSize().width() + 48);

    createMenus();
    connect(m_palette, &SearchPalette::hitActivated, this, &MainWindow::openSearchHit);
    statusBar()->addPermanentWidget(new IndexProgressIndicator(context.search, this));
    // Ctrl+K must reach the palette from inside text editors too, which otherwise take it as "delete to end of line".
    qApp->installEventFilter(this);
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::toggleWindowRequested, this, &MainWindow::toggleVisible);
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);
    connect(m_tray, &TrayIcon::captureRequested, this, [this] { showCapture(); });
    connect(m_capture.get(), &CaptureWindow::captured, this, &MainWindow::refreshAfterCapture);
    connect(m_capture.get(), &CaptureWindow::captureUndone, this, &MainWindow::refreshAfterCapture);

    resize(1200, 780);
    restoreGeometry(context.settings.value(SettingKeys::WindowGeometry));
    restoreState(context.settings.value(SettingKeys::WindowState));
    // Select the last page without loading it: pages load when the window is shown.
    const int lastPage = int(m_pageIds.indexOf(context.settings.value(SettingKeys::LastPage)));
    const QSignalBlocker blocker(m_sidebar);
    m_sidebar->setCurrentRow(lastPage < 0 ? Today : lastPage);
    m_pages->setCurrentIndex(m_sidebar->currentRow());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Refresh on every show: the window may come back from the tray on a new day.
    if (!event->spontaneous())
        page(currentPage())->activate();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page, const QString &id, const QString &iconName, const QString &title)
{
    const int index = m_pages->addWidget(page);
    m_pageIds.append(id);
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title, m_sidebar);
    const QString shortcut = QKeySequence(Qt::CTRL | (index == 9 ? Qt::Key_0 : Qt::Key(Qt::Key_1 + index)))
                                 .toString(QKeySequence::NativeText);
    item->setToolTip(tr("%1 (%2)").arg(title, shortcut));
    item->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() + 16));
    connect(page, &Page::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(page, &Page::hitChosen, this, &MainWindow::openSearchHit);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *capture = file->addAction(QIcon(QStringLiteral(":/icons/capture.svg")), tr("&Quick capture…"));
    capture->setObjectName(QStringLiteral("quickCapture"));
    // In-app only; the global hotkey (Settings) opens it from anywhere. Ctrl+Shift+Space is free on every page.
    capture->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space));
    connect(capture, &QAction::triggered, this, [this] { showCapture(); });
    file->addSeparator();
    QAction *exportJson = file->addAction(tr("Export as &JSON…"));
    connect(exportJson, &QAction::triggered, this, [this] { exportData(false); });
    QAction *exportMarkdown = file->addAction(tr("Export as &Markdown…"));
    connect(exportMarkdown, &QAction::triggered, this, [this] { exportData(true); });
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close window"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    QAction *quitAction = file->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &MainWindow::quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_searchAction = go->addAction(QIcon(QStringLiteral(":/icons/search.svg")), tr("&Search everything…"));
    m_searchAction->setObjectName(QStringLiteral("searchPaletteAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::showSearchPalette);
    go->addSeparator();
    for (int index = 0; index < m_sidebar->count(); ++index) {
        QAction *action = go->addAction(m_sidebar->item(index)->icon(), m_sidebar->item(index)->text());
        action->setObjectName(QStringLiteral("goTo_") + m_pageIds.at(index));
        action->setShortcut(QKeySequence(Qt::CTRL | (index == 9 ? Qt::Key_0 : Qt::Key(Qt::Key_1 + index))));
        connect(action, &QAction::triggered, this, [this, index] { showPage(index); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *about = help->addAction(tr("&About LifeOS"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages->count())
        return;
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentRow(index); // activates the page through currentRowChanged
    else
        page(index)->activate(); // asking for the current page again refreshes it
    m_pages->currentWidget()->setFocus();
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

Page *MainWindow::page(int index) const
{
    return static_cast<Page *>(m_pages->widget(index));
}

void MainWindow::raiseAndActivate()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::toggleVisible()
{
    if (isVisible() && !isMinimized())
        hide();
    else
        raiseAndActivate();
}

void MainWindow::showSearchPalette()
{
    if (!isVisible())
        raiseAndActivate();
    m_palette->open();
}

void MainWindow::openSearchHit(const SearchHit &hit)
{
    // A note or task that no longer exists is reported by its page (selectNote/selectTask say why).
    if (hit.kind == u"note" && hit.recordId > 0) {
        showPage(Notes);
        static_cast<NotesPage *>(page(Notes))->selectNote(hit.recordId, hit.anchor);
        return;
    }
    if (hit.kind == u"task" && hit.recordId > 0) {
        showPage(Tasks);
        static_cast<TasksPage *>(page(Tasks))->selectTask(hit.recordId);
        return;
    }
    if (hit.kind == u"journal" && hit.day.isValid()) {
        showPage(Journal);
        static_cast<JournalPage *>(page(Journal))->showDay(hit.day);
        return;
    }
    if ((hit.kind == u"health" || hit.kind == u"metric" || hit.kind == u"workout") && hit.day.isValid()) {
        showPage(Health);
        static_cast<HealthPage *>(page(Health))->showDay(hit.day);
        return;
    }
    if ((hit.kind == u"expense" || hit.kind == u"income") && hit.day.isValid()) {
        showPage(Finance);
        auto *finance = static_cast<FinancePage *>(page(Finance));
        finance->setMonth(hit.day);
        finance->selectTransaction(hit.recordId);
        return;
    }
    if (hit.kind == u"event") {
        auto *calendar = static_cast<CalendarPage *>(page(Calendar));
        const qint64 id = hit.recordId > 0 ? hit.recordId
                                           : hit.origin.startsWith(u"event:") ? hit.origin.mid(6).toLongLong() : 0;
        // Where to go first: a hidden page only notes it, and loads once when showPage() activates it.
        const bool alreadyShown = currentPage() == Calendar;
        // An event deleted since it was found: its day, and the page says why it is not there.
        if (id <= 0 || !calendar->openEvent(id))
            calendar->showDay(hit.day.isValid() ? hit.day : m_context.today());
        if (alreadyShown)
            calendar->setFocus();
        else
            showPage(Calendar);
        return;
    }
    // Anything else has no page of its own: the journal of that day is the nearest place to look.
    showPage(Journal);
    const QDate day = hit.day.isValid() ? hit.day : m_context.today();
    static_cast<JournalPage *>(page(Journal))->showDay(day);
    statusBar()->showMessage(tr("Found “%1” (%2) on %3; it gets a page of its own in a later version.")
                                 .arg(SearchFormat::title(hit), SearchFormat::kindName(hit.kind), SearchFormat::day(day)),
                             15000);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Editors claim Ctrl+K for themselves; ignoring their claim lets the window's shortcut open the palette.
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == this && m_searchAction) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (QKeySequence(key->keyCombination()) == m_searchAction->shortcut()) {
            event->ignore();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showCapture(const QString &text)
{
    m_capture->open(text);
}

void MainWindow::refreshAfterCapture()
{
    // Only what the user can see; a hidden page refreshes itself when it is shown.
    if (isVisible())
        page(currentPage())->activate();
    // A captured expense may cross a budget threshold: announce it now, not when Finance is next opened.
    if (!isVisible() || currentPage() != Finance)
        static_cast<FinancePage *>(page(Finance))->announceBudgetAlerts();
}

void MainWindow::refreshAfterSync(const QString &source)
{
    if (!isVisible())
        return;
    const int current = currentPage();
    if (source == SyncSources::Calendar && current == Today)
        static_cast<TodayPage *>(page(Today))->reloadAgenda();
    else if (source == SyncSources::Calendar && current == Calendar)
        static_cast<CalendarPage *>(page(Calendar))->reload();
    else if (source == SyncSources::Oura && current == Health)
        page(Health)->activate();
}

void MainWindow::saveWindowState()
{
    m_context.settings.setValue(SettingKeys::WindowGeometry, saveGeometry());
    m_context.settings.setValue(SettingKeys::WindowState, saveState());
    m_context.settings.setValue(SettingKeys::LastPage, m_pageIds.value(currentPage()));
    m_context.settings.sync();
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    QApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    // Hiding the pages makes their editors save what is still unsaved.
    if (!m_quitting && m_tray->isVisible() && m_context.settings.value(SettingKeys::CloseToTray)) {
        hide();
        if (!m_context.settings.value(SettingKeys::TrayHintShown)) {
            m_tray->showHint(tr("LifeOS is still running in the system tray. To close it completely, choose Quit LifeOS from the tray icon's menu."));
            m_context.settings.setValue(SettingKeys::TrayHintShown, true);
        }
        event->ignore();
        return;
    }
    event->accept();
    QApplication::quit();
}

void MainWindow::exportData(bool markdown)
{
    const QString folder = QFileDialog::getExistingDirectory(this, markdown ? tr("Choose a folder for the Markdown export")
                                                                            : tr("Choose a folder for the JSON export"));
    if (folder.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = markdown ? MarkdownExporter(m_context.database).exportTo(folder)
                                 : JsonExporter(m_context.database).exportTo(folder);
    QApplication::restoreOverrideCursor();
    if (!result) {
        QMessageBox::warning(this, tr("Export failed"), result.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exported %n file(s) to %1", nullptr, int(result->files.size())).arg(folder), 10000);
}

void MainWindow::showShortcuts()
{
    const QString hotkey = m_context.settings.value(SettingKeys::CaptureHotkey);
    const QString globalCapture = hotkey.isEmpty()
        ? tr("(no global hotkey)")
        : QKeySequence::fromString(hotkey, QKeySequence::PortableText).toString(QKeySequence::NativeText);
    const QList<std::pair<QString, QString>> rows = {
        {globalCapture, tr("Quick capture from anywhere (set in Settings)")},
        {findChild<QAction *>(QStringLiteral("quickCapture"))->shortcut().toString(QKeySequence::NativeText),
         tr("Quick capture while LifeOS is in front")},
        {m_searchAction->shortcut().toString(QKeySequence::NativeText), tr("Search everything, from any page")},
        {tr("Ctrl+1 … Ctrl+9, Ctrl+0"), tr("Go to a page (Today, Journal, Tasks, Notes, … Settings)")},
        {tr("Ctrl+N"), tr("New task or note on the Tasks and Notes pages")},
        {tr("Ctrl+F"), tr("Search or filter on the current page")},
        {tr("Ctrl+Shift+P"), tr("Switch an editor between writing and preview")},
        {tr("Ctrl+PgUp / Ctrl+PgDown"), tr("Previous / next day in the journal")},
        {tr("Ctrl+T"), tr("Today in the journal")},
        {tr("Ctrl+Tab"), tr("Next task view; Day or Week on the Calendar page")},
        {tr("Alt+Left / Alt+Right"), tr("Previous / next day or week on the Calendar page")},
        {tr("Enter / Esc"), tr("Open / close the selected event's details on the Calendar page")},
        {tr("Space"), tr("Complete or reopen the selected task")},
        {tr("F2"), tr("Edit the selected cell")},
        {tr("Delete"), tr("Delete the selected task")},
        {tr("Ctrl+W"), tr("Close the window (LifeOS stays in the tray)")},
        {tr("Ctrl+Q"), tr("Quit")},
        {tr("In quick capture"), tr("Enter saves · Tab / Shift+Tab change the kind · ↑ / ↓ recall earlier lines · "
                                    "Esc closes and keeps the text · Ctrl+Z on an empty line undoes the last capture")},
    };
    QString html = QStringLiteral("<table cellpadding='3'>");
    for (const auto &[keys, what] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    html += QStringLiteral("</table>");
    QMessageBox::information(this, tr("Keyboard shortcuts"), html);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LifeOS"),
                       tr("<h3>LifeOS %1</h3><p>Your journal, tasks, notes, health and money in one private "
                          "desktop app. Everything stays on this computer.</p>")
                           .arg(QStringLiteral(LIFEOS_VERSION)));
}

} // namespace lifeos
