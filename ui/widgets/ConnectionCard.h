#pragma once

#include "sync/SyncStatus.h"

#include <QFrame>

class QAbstractButton;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolButton;
class QUrl;

namespace lifeos {

struct UiContext;
class SyncService;

// One sync source in Settings → Connections: its state, last sync and last error in plain words, the next run,
// Connect / Disconnect (with a confirmation that says what happens to the data), Sync now, a backfill with its
// progress and Cancel, and the app registration (client id and secret, Oura's redirect port) it signs in with.
// Google Calendar also chooses which calendars to sync. Needs a SyncService; every call to it returns at once.
class ConnectionCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCard)

public:
    ConnectionCard(UiContext &context, const QString &source, QWidget *parent = nullptr);

    QString source() const { return m_source; }
    const SyncStatus &status() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyColours();
    void fitWrappedLabel(QLabel *label);
    void statusChanged(const SyncStatus &status);
    void connectFinished(const QString &source, bool ok, const QString &message);
    void browserRequested(const QUrl &url);
    void requestSync(QAbstractButton *from, bool backfill);
    bool otherSourceBusy() const;
    bool focusInCard() const;
    void updateTitleBuddy();
    void saveRegistration();
    QString clientId() const;
    void connectOrCancel();
    void confirmDisconnect();
    void chooseCalendars();
    void updateView();
    void updateTimes();
    void updateCalendarSummary();

    UiContext &m_context;
    SyncService &m_sync;
    QString m_source;
    SyncStatus m_status;
    bool m_connecting = false;
    QString m_connectMessage;
    bool m_connectFailed = false;
    bool m_browserOpened = false;   // openBrowserRequested came for this source's sign-in
    bool m_cancelRequested = false; // the user cancelled the sign-in: its failure is no error
    bool m_syncPending = false;     // Sync now / Backfill asked for, not yet running (queued behind the other source)
    bool m_otherRunning = false;    // the other source's sync runs
    bool m_otherSigningIn = false;  // the other source's sign-in waits for the browser
    QAbstractButton *m_focusReturn = nullptr; // gets the focus back when the sync it started ends
    bool m_focusToCancel = false;             // Cancel takes the focus once it shows

    QLabel *m_title = nullptr;

    QLabel *m_state = nullptr;
    QLabel *m_times = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_disconnect = nullptr;
    QPushButton *m_syncNow = nullptr;
    QSpinBox *m_backfillDays = nullptr;
    QPushButton *m_backfill = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_chooseCalendars = nullptr;
    QLabel *m_calendarSummary = nullptr;
    QToolButton *m_registrationToggle = nullptr;
    QWidget *m_registration = nullptr;
    QLabel *m_registrationHint = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QSpinBox *m_redirectPort = nullptr;
    QTimer *m_clock = nullptr;
};

} // namespace lifeos
