#include "dialogs/CalendarChoiceDialog.h"

#include "PaletteColors.h"
#include "sync/SyncService.h"
#include "sync/SyncSource.h"
#include "util/Settings.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lifeos {

namespace {

// A dot in the calendar's own colour, as Google shows it.
QIcon colourDot(const QString &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    if (QColor(colour).isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(colour));
        painter.drawEllipse(1, 1, 10, 10);
    }
    return QIcon(pixmap);
}

} // namespace

CalendarChoiceDialog::CalendarChoiceDialog(SyncService &sync, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_status(new QLabel(tr("Asking Google for your calendars…"), this))
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("calendarChoiceDialog"));
    setWindowTitle(tr("Choose calendars"));
    m_status->setObjectName(QStringLiteral("calendarChoiceStatus"));
    m_status->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("calendarChoiceList"));
    m_list->setAccessibleName(tr("Calendars to sync"));
    m_list->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CalendarChoiceDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&sync, &SyncService::calendarsListed, this, &CalendarChoiceDialog::listed);
    // The list is asked for on the sync thread, after the job that runs there now (Oura's sync, say).
    connect(&sync, &SyncService::statusChanged, this, [this](const SyncStatus &status) {
        if (status.source != SyncSources::Calendar)
            showWaiting(status.running);
    });

    auto *hint = new QLabel(tr("LifeOS syncs the calendars you tick. With none ticked it syncs your primary calendar."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(440, 380);
    showWaiting(sync.status(SyncSources::Oura).running);
    sync.requestCalendars();
}

void CalendarChoiceDialog::showWaiting(bool otherRunning)
{
    if (m_listed)
        return;
    m_status->setText(otherRunning ? tr("Waiting for the other sync to finish…")
                                   : tr("Asking Google for your calendars…"));
}

void CalendarChoiceDialog::listed(const QList<CalendarInfo> &calendars, const QString &error)
{
    m_listed = true;
    if (!error.isEmpty()) {
        m_status->setText(error);
        QPalette errorPalette = m_status->palette();
        errorPalette.setColor(QPalette::WindowText, errorColor(palette()));
        m_status->setPalette(errorPalette);
        return;
    }
    // A saved choice is the user's, whole, so calendars the user unticked stay unticked: the list's own
    // `selected` (the sync thread's older reading) only seeds the first choice, the primary when it marks none.
    const QStringList chosen = m_settings.value(SettingKeys::GoogleCalendarIds);
    const bool googleSelectedAny = std::any_of(calendars.begin(), calendars.end(),
                                               [](const CalendarInfo &calendar) { return calendar.selected; });
    m_list->clear();
    for (const CalendarInfo &calendar : calendars) {
        const QString name = calendar.summary.isEmpty() ? calendar.id : calendar.summary;
        auto *item = new QListWidgetItem(colourDot(calendar.color),
                                         calendar.primary ? tr("%1 (primary)").arg(name) : name, m_list);
        item->setData(Qt::UserRole, calendar.id);
        item->setToolTip(calendar.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool checked = !chosen.isEmpty()
            ? chosen.contains(calendar.id) || (calendar.primary && chosen.contains(QStringLiteral("primary")))
            : googleSelectedAny ? calendar.selected
                                : calendar.primary;
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    m_status->setText(calendars.isEmpty() ? tr("Google lists no calendars for this account.")
                                          : tr("Tick the calendars to sync (Space ticks the selected one)."));
    m_list->setEnabled(!calendars.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
        m_list->setFocus();
    }
}

QStringList CalendarChoiceDialog::chosenIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids.append(m_list->item(row)->data(Qt::UserRole).toString());
    }
    return ids;
}

void CalendarChoiceDialog::save()
{
    m_settings.setValue(SettingKeys::GoogleCalendarIds, chosenIds());
    m_settings.sync();
    accept();
}

} // namespace lifeos
