#include "pages/JournalPage.h"

#include "search/RelatedPanel.h"
#include "storage/JournalRepository.h"
#include "widgets/JournalEditor.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QTextCharFormat>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lifeos {

JournalPage::JournalPage(UiContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_calendar(new QCalendarWidget(this))
    , m_days(new QListWidget(this))
    , m_dayTitle(new QLabel(this))
    , m_editor(new JournalEditor(context.journal, this))
    , m_related(new RelatedPanel(context.search, context.settings, RelatedPanel::Placement::Side, this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("journalPage"));
    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_calendar->setObjectName(QStringLiteral("journalCalendar"));
    m_days->setObjectName(QStringLiteral("journalDays"));
    m_search->setPlaceholderText(tr("Search the journal (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setAccessibleName(tr("Journal calendar"));
    m_days->setAccessibleName(tr("Journal days"));
    m_days->setAlternatingRowColors(true);
    m_days->setUniformItemSizes(true);

    QFont titleFont = m_dayTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    m_dayTitle->setFont(titleFont);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &JournalPage::reloadDays);
    connect(m_calendar, &QCalendarWidget::clicked, this, &JournalPage::showDay);
    connect(m_calendar, &QCalendarWidget::activated, this, &JournalPage::showDay);
    connect(m_days, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showDay(item->data(Qt::UserRole).toDate());
    });
    connect(m_editor, &JournalEditor::saved, this, [this](const QDate &day) {
        reloadDays();
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        m_calendar->setDateTextFormat(day, bold);
        m_markedDays.append(day);
        m_related->setOrigin(origin()); // a first save gives the day its entry
        m_related->entrySaved();
    });
    connect(m_related, &RelatedPanel::hitActivated, this, &Page::hitChosen);

    addPageShortcut(QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto stepDay = [this](int days) { showDay(m_editor->day().addDays(days)); };
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous day (Ctrl+PgUp)"));
    previous->setAccessibleName(tr("Previous day"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previous, &QToolButton::clicked, this, [stepDay] { stepDay(-1); });
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next day (Ctrl+PgDown)"));
    next->setAccessibleName(tr("Next day"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(next, &QToolButton::clicked, this, [stepDay] { stepDay(1); });
    auto *todayButton = new QToolButton(this);
    todayButton->setText(tr("Today"));
    todayButton->setToolTip(tr("Go to today (Ctrl+T)"));
    todayButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(todayButton, &QToolButton::clicked, this, [this] { showDay(m_context.today()); });

    auto *browse = new QWidget(this);
    auto *browseLayout = new QVBoxLayout(browse);
    browseLayout->setContentsMargins(0, 0, 0, 0);
    browseLayout->addWidget(m_search);
    browseLayout->addWidget(m_calendar);
    browseLayout->addWidget(m_days, 1);

    auto *edit = new QWidget(this);
    auto *dayBar = new QHBoxLayout;
    dayBar->addWidget(previous);
    dayBar->addWidget(next);
    dayBar->addWidget(m_dayTitle, 1);
    dayBar->addWidget(todayButton);
    auto *editLayout = new QVBoxLayout(edit);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addLayout(dayBar);
    auto *editorRow = new QHBoxLayout;
    editorRow->setSpacing(12);
    editorRow->addWidget(m_editor, 1);
    editorRow->addWidget(m_related);
    editLayout->addLayout(editorRow, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(browse);
    splitter->addWidget(edit);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({320, 700});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->addWidget(splitter);
    setTabOrder(m_search, m_calendar);
    setTabOrder(m_calendar, m_days);
    setTabOrder(m_days, m_editor);
    setTabOrder(m_editor, m_related);
}

QString JournalPage::origin() const
{
    return m_editor->entryId() > 0 ? QStringLiteral("journal:%1").arg(m_editor->entryId()) : QString();
}

void JournalPage::activate()
{
    if (!m_editor->day().isValid())
        showDay(m_context.today());
    reloadDays();
    markCalendarDays();
}

void JournalPage::showDay(const QDate &day)
{
    if (!day.isValid())
        return;
    m_editor->setDay(day);
    m_dayTitle->setText(QLocale().toString(day, QLocale::LongFormat));
    m_related->setOrigin(origin());
    if (m_calendar->selectedDate() != day)
        m_calendar->setSelectedDate(day);
}

void JournalPage::reloadDays()
{
    auto days = m_context.journal.days(m_search->text());
    if (!days) {
        Q_EMIT message(days.error().message);
        return;
    }
    const QSignalBlocker blocker(m_days);
    m_days->clear();
    for (const JournalDaySummary &summary : *days) {
        QString text = QLocale().toString(summary.day, QLocale::ShortFormat);
        if (summary.mood)
            text += QStringLiteral("  ·  ") + tr("mood %1/10").arg(*summary.mood);
        text += u'\n' + summary.preview;
        auto *item = new QListWidgetItem(text, m_days);
        item->setData(Qt::UserRole, summary.day);
        if (summary.day == m_editor->day())
            m_days->setCurrentItem(item);
    }
    if (days->isEmpty() && !m_search->text().isEmpty())
        new QListWidgetItem(tr("No entries contain \"%1\".").arg(m_search->text()), m_days);
}

// Days that have an entry are shown in bold in the calendar.
void JournalPage::markCalendarDays()
{
    auto days = m_context.journal.days();
    if (!days)
        return;
    for (const QDate &day : std::as_const(m_markedDays))
        m_calendar->setDateTextFormat(day, {});
    m_markedDays.clear();
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    for (const JournalDaySummary &summary : *days) {
        m_calendar->setDateTextFormat(summary.day, bold);
        m_markedDays.append(summary.day);
    }
}

} // namespace lifeos
