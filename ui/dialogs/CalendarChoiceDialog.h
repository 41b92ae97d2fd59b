#pragma once

#include "calendar/GoogleCalendarSync.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace lifeos {

class Settings;
class SyncService;

// "Choose calendars…": the user's Google calendars (asked of the sync thread, answered by calendarsListed) as a
// list of check boxes; OK saves the chosen ids to SettingKeys::GoogleCalendarIds. None chosen means the primary.
// A saved choice is shown as saved; without one, the calendars the list marks as selected (else the primary).
class CalendarChoiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarChoiceDialog)

public:
    CalendarChoiceDialog(SyncService &sync, Settings &settings, QWidget *parent = nullptr);

    QStringList chosenIds() const;

private:
    void listed(const QList<CalendarInfo> &calendars, const QString &error);
    void showWaiting(bool otherRunning);
    void save();

    Settings &m_settings;
    bool m_listed = false;
    QLabel *m_status = nullptr;
    QListWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lifeos
