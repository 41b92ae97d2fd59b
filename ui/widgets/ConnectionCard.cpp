#include "widgets/ConnectionCard.h"

#include "PaletteColors.h"
#include "UiContext.h"
#include "dialogs/CalendarChoiceDialog.h"
#include "sync/Connections.h"
#include "sync/SyncService.h"
#include "sync/SyncSource.h"
#include "util/Settings.h"
#include "widgets/SyncStatusFormat.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTextDocument>
#include <QTimer>
#include <QtMath>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <utility>

namespace lifeos {

namespace {

constexpr int kDefaultBackfillDays = 90;
constexpr int kMaxBackfillDays = 3650;

QLabel *wrapping(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The spin box reads "90 days": the plural form of the locale, split around the number the box draws itself.
void setDaysAffixes(QSpinBox *box, int days)
{
    //: The Oura backfill's spin box ("Backfill the last 90 days"); the number is drawn by the box.
    const QString text = ConnectionCard::tr("%n day(s)", nullptr, days);
    const QString number = QString::number(days);
    const qsizetype at = text.indexOf(number);
    box->setPrefix(at < 0 ? QString() : text.left(at));
    box->setSuffix(at < 0 ? QLatin1Char(' ') + text : text.mid(at + number.size()));
}

QColor connectedColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
}

} // namespace

ConnectionCard::ConnectionCard(UiContext &context, const QString &source, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_sync(*context.sync)
    , m_source(source)
    , m_status(context.sync->status(source))
    , m_state(new QLabel(this))
    , m_times(wrapping(this, source + QStringLiteral("SyncTimes")))
    , m_error(wrapping(this, source + QStringLiteral("SyncError")))
    , m_notice(wrapping(this, source + QStringLiteral("SyncNotice")))
    , m_connect(new QPushButton(this))
    // No mnemonics on the card's buttons: both cards have the same ones. The title's mnemonic reaches the card.
    , m_disconnect(new QPushButton(tr("Disconnect…"), this))
    , m_syncNow(new QPushButton(tr("Sync now"), this))
    , m_backfillDays(new QSpinBox(this))
    , m_backfill(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_clock(new QTimer(this))
{
    const bool oura = source == SyncSources::Oura;
    const QString name = SyncStatusFormat::sourceName(source);
    setObjectName(source + QStringLiteral("Connection"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(name);

    // One mnemonic per card, in letters the rest of Settings and the menu bar do not use.
    //: Settings → Connections card title; the letter after & must differ from the other mnemonics on Settings.
    auto *title = new QLabel(oura ? tr("O&ura Ring") : tr("Google Cale&ndar"), this);
    m_title = title;
    title->setObjectName(source + QStringLiteral("Title"));
    QFont titleFont = title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    title->setFont(titleFont);
    m_state->setObjectName(source + QStringLiteral("SyncState"));
    m_state->setTextFormat(Qt::PlainText);
    m_times->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setTextFormat(Qt::PlainText);
    m_error->setContentsMargins(0, 0, 0, 4); // a wrapped error keeps clear of the buttons under it

    m_connect->setObjectName(source + QStringLiteral("Connect"));
    m_disconnect->setObjectName(source + QStringLiteral("Disconnect"));
    m_syncNow->setObjectName(source + QStringLiteral("SyncNow"));
    m_backfill->setObjectName(source + QStringLiteral("Backfill"));
    m_backfillDays->setObjectName(source + QStringLiteral("BackfillDays"));
    m_progress->setObjectName(source + QStringLiteral("Progress"));
    m_cancel->setObjectName(source + QStringLiteral("Cancel"));
    m_disconnect->setToolTip(oura ? tr("Stop syncing Oura; the data already synced stays")
                                  : tr("Stop syncing Google Calendar and remove its events from LifeOS"));
    m_syncNow->setToolTip(tr("Sync what changed since the last time, now"));
    m_cancel->setToolTip(tr("Stop the sync; what was saved so far stays"));
    m_progress->setAccessibleName(tr("%1 sync progress").arg(name));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();

    // Oura's backfill reads N days back; Google's reads every chosen calendar again in full.
    m_backfillDays->setRange(1, kMaxBackfillDays);
    m_backfillDays->setValue(kDefaultBackfillDays);
    setDaysAffixes(m_backfillDays, m_backfillDays->value());
    connect(m_backfillDays, &QSpinBox::valueChanged, this, [this](int days) { setDaysAffixes(m_backfillDays, days); });
    m_backfillDays->setAccessibleName(tr("Days to backfill"));
    m_backfillDays->setVisible(oura);
    m_backfill->setText(oura ? tr("Backfill") : tr("Sync everything again"));
    m_backfill->setToolTip(oura ? tr("Read the last days from Oura again, with their history")
                                : tr("Read the chosen calendars again in full"));

    connect(m_connect, &QPushButton::clicked, this, &ConnectionCard::connectOrCancel);
    connect(m_disconnect, &QPushButton::clicked, this, &ConnectionCard::confirmDisconnect);
    connect(m_syncNow, &QPushButton::clicked, this, [this] { requestSync(m_syncNow, false); });
    connect(m_backfill, &QPushButton::clicked, this, [this] { requestSync(m_backfill, true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_sync.cancel(m_source); // also drops the job while it waits in the queue: no status comes for that
        if (m_syncPending && !m_status.running) {
            m_syncPending = false;
            updateView();
        }
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_disconnect);
    buttons->addWidget(m_syncNow);
    buttons->addSpacing(12);
    if (oura) {
        auto *backfillLabel = new QLabel(tr("Backfill the last"), this);
        backfillLabel->setBuddy(m_backfillDays);
        buttons->addWidget(backfillLabel);
        buttons->addWidget(m_backfillDays);
    }
    buttons->addWidget(m_backfill);
    buttons->addStretch(1);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    // The app registration LifeOS signs in as: the user's own client, as Oura and Google ask for.
    m_clientId->setObjectName(source + QStringLiteral("ClientId"));
    m_clientSecret->setObjectName(source + QStringLiteral("ClientSecret"));
    m_clientId->setText(context.settings.value(oura ? SettingKeys::OuraClientId : SettingKeys::GoogleClientId));
    m_clientSecret->setText(
        context.settings.value(oura ? SettingKeys::OuraClientSecret : SettingKeys::GoogleClientSecret));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientId->setAccessibleName(tr("%1 client ID").arg(name));
    m_clientSecret->setAccessibleName(tr("%1 client secret").arg(name));
    m_clientId->setClearButtonEnabled(true);
    m_clientId->setPlaceholderText(tr("Paste the client ID here"));
    m_clientSecret->setPlaceholderText(tr("Paste the client secret here"));
    connect(m_clientId, &QLineEdit::textChanged, this, &ConnectionCard::updateView);
    connect(m_clientId, &QLineEdit::editingFinished, this, &ConnectionCard::saveRegistration);
    connect(m_clientSecret, &QLineEdit::editingFinished, this, &ConnectionCard::saveRegistration);
    // Folded away once connected: it is set up once and then only in the way.
    m_registration = new QWidget(this);
    m_registration->setObjectName(source + QStringLiteral("Registration"));
    auto *registration = new QFormLayout;
    registration->setContentsMargins(0, 0, 0, 0);
    registration->addRow(tr("Client ID"), m_clientId);
    registration->addRow(tr("Client secret"), m_clientSecret);
    auto *howTo = new QLabel(m_registration);
    m_registrationHint = howTo;
    howTo->setObjectName(source + QStringLiteral("RegistrationHint"));
    howTo->setWordWrap(true);
    howTo->setForegroundRole(QPalette::PlaceholderText);
    howTo->setTextFormat(Qt::RichText);
    howTo->setOpenExternalLinks(true);
    howTo->setTextInteractionFlags(Qt::TextBrowserInteraction);
    if (oura) {
        m_redirectPort = new QSpinBox(this);
        m_redirectPort->setObjectName(QStringLiteral("ouraRedirectPort"));
        m_redirectPort->setRange(1024, 65535);
        m_redirectPort->setValue(context.settings.value(SettingKeys::OuraRedirectPort));
        m_redirectPort->setAccessibleName(tr("Oura redirect port"));
        connect(m_redirectPort, &QSpinBox::valueChanged, this, [this, howTo] {
            saveRegistration();
            howTo->setText(tr("Register an app at <a href=\"https://cloud.ouraring.com/oauth/applications\">"
                              "cloud.ouraring.com/oauth/applications</a> with the redirect URI "
                              "<b>http://127.0.0.1:%1/callback</b>, then paste its client ID and secret here.")
                               .arg(m_redirectPort->value()));
            fitWrappedLabel(howTo);
        });
        registration->addRow(tr("Redirect port"), m_redirectPort);
        howTo->setText(tr("Register an app at <a href=\"https://cloud.ouraring.com/oauth/applications\">"
                          "cloud.ouraring.com/oauth/applications</a> with the redirect URI "
                          "<b>http://127.0.0.1:%1/callback</b>, then paste its client ID and secret here.")
                           .arg(m_redirectPort->value()));
    } else {
        howTo->setText(tr("Create an OAuth client of the type “Desktop app” at "
                          "<a href=\"https://console.cloud.google.com/apis/credentials\">"
                          "console.cloud.google.com/apis/credentials</a> (with the Google Calendar API enabled), "
                          "then paste its client ID and secret here. LifeOS only reads your calendar."));
    }
    auto *registrationLayout = new QVBoxLayout(m_registration);
    registrationLayout->setContentsMargins(18, 0, 0, 0);
    registrationLayout->setSpacing(6);
    registrationLayout->addWidget(howTo);
    registrationLayout->addLayout(registration);

    auto *heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addStretch(1);
    heading->addWidget(m_state);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(8);
    layout->addLayout(heading);
    layout->addWidget(m_times);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addLayout(buttons);
    layout->addLayout(progressRow);
    if (!oura) {
        m_chooseCalendars = new QPushButton(tr("Choose calendars…"), this);
        m_chooseCalendars->setObjectName(QStringLiteral("calendarChooseCalendars"));
        m_chooseCalendars->setToolTip(tr("Pick which of your Google calendars LifeOS syncs"));
        m_calendarSummary = wrapping(this, QStringLiteral("calendarChosenSummary"));
        m_calendarSummary->setForegroundRole(QPalette::PlaceholderText);
        connect(m_chooseCalendars, &QPushButton::clicked, this, &ConnectionCard::chooseCalendars);
        auto *calendars = new QHBoxLayout;
        calendars->addWidget(m_chooseCalendars);
        calendars->addWidget(m_calendarSummary, 1);
        layout->addLayout(calendars);
        updateCalendarSummary();
    }
    m_registrationToggle = new QToolButton(this);
    m_registrationToggle->setObjectName(source + QStringLiteral("RegistrationToggle"));
    m_registrationToggle->setText(tr("App registration"));
    m_registrationToggle->setToolTip(tr("The client ID and secret LifeOS signs in with"));
    m_registrationToggle->setCheckable(true);
    m_registrationToggle->setAutoRaise(true);
    m_registrationToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_registrationToggle, &QToolButton::toggled, this, [this](bool open) {
        m_registration->setVisible(open);
        m_registrationToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        updateTitleBuddy();
    });
    // Open while there is something to set up.
    m_registrationToggle->setChecked(!m_status.connected || clientId().isEmpty());
    m_registration->setVisible(m_registrationToggle->isChecked());
    m_registrationToggle->setArrowType(m_registrationToggle->isChecked() ? Qt::DownArrow : Qt::RightArrow);
    layout->addWidget(m_registrationToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_registration);

    connect(&m_sync, &SyncService::statusChanged, this, &ConnectionCard::statusChanged);
    connect(&m_sync, &SyncService::connectFinished, this, &ConnectionCard::connectFinished);
    connect(&m_sync, &SyncService::openBrowserRequested, this, &ConnectionCard::browserRequested);
    for (const SyncStatus &other : m_sync.statuses()) {
        if (other.source != m_source)
            m_otherRunning = m_otherRunning || other.running;
    }
    // "5 minutes ago" moves on while the page is open.
    m_clock->setInterval(30 * 1000);
    connect(m_clock, &QTimer::timeout, this, &ConnectionCard::updateTimes);
    m_clock->start();
    for (QLabel *label : {m_times, m_error, m_notice, m_registrationHint})
        label->installEventFilter(this);
    applyColours();
    updateView();
}

void ConnectionCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

bool ConnectionCard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize
        && (watched == m_times || watched == m_error || watched == m_notice || watched == m_registrationHint))
        fitWrappedLabel(static_cast<QLabel *>(watched));
    return QFrame::eventFilter(watched, event);
}

void ConnectionCard::fitWrappedLabel(QLabel *label)
{
    // Inside the settings' scroll area a wrapped label gets the height of its one-line size hint, so two-line
    // errors were cut. Asking for the height the text needs at the label's real width keeps every line.
    // Measured from the font (QLabel::heightForWidth counts the minimum height it is about to get).
    const QRect contents = label->contentsRect();
    if (contents.width() <= 0)
        return;
    int textHeight = 0;
    if (label->textFormat() == Qt::RichText) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        document.setHtml(label->text());
        document.setTextWidth(contents.width());
        textHeight = qCeil(document.size().height());
    } else {
        textHeight = label->fontMetrics()
                         .boundingRect(QRect(0, 0, contents.width(), 100000), Qt::TextWordWrap, label->text())
                         .height();
    }
    const int needed = textHeight + label->height() - contents.height();
    if (label->minimumHeight() != needed)
        label->setMinimumHeight(needed);
}

void ConnectionCard::applyColours()
{
    // Colours the palette has no role for, chosen again when the theme changes.
    const QColor error = errorColor(palette());
    if (m_error->palette().color(QPalette::WindowText) != error) {
        QPalette errorPalette = m_error->palette();
        errorPalette.setColor(QPalette::WindowText, error);
        m_error->setPalette(errorPalette);
    }
    const QColor state = m_status.connected ? connectedColour(palette()) : palette().color(QPalette::PlaceholderText);
    if (m_state->palette().color(QPalette::WindowText) != state) {
        QPalette statePalette = m_state->palette();
        statePalette.setColor(QPalette::WindowText, state);
        m_state->setPalette(statePalette);
    }
}

QString ConnectionCard::clientId() const
{
    return m_clientId->text().trimmed();
}

void ConnectionCard::saveRegistration()
{
    Settings &settings = m_context.settings;
    const bool oura = m_source == SyncSources::Oura;
    settings.setValue(oura ? SettingKeys::OuraClientId : SettingKeys::GoogleClientId, clientId());
    settings.setValue(oura ? SettingKeys::OuraClientSecret : SettingKeys::GoogleClientSecret,
                      m_clientSecret->text().trimmed());
    if (m_redirectPort)
        settings.setValue(SettingKeys::OuraRedirectPort, m_redirectPort->value());
    settings.sync(); // the sync thread reads the same file
}

void ConnectionCard::statusChanged(const SyncStatus &status)
{
    if (status.source != m_source) {
        // A job of this card may wait behind the other source's: the card says so while it does.
        m_otherRunning = status.running;
        updateView();
        return;
    }
    m_syncPending = false; // a status of this source: the job asked for has started (or could not)
    // Just connected: the registration has done its job and folds away.
    if (status.connected && !m_status.connected && m_registrationToggle)
        m_registrationToggle->setChecked(false);
    m_status = status;
    applyColours();
    updateView();
}

void ConnectionCard::connectFinished(const QString &source, bool ok, const QString &message)
{
    if (source != m_source) {
        m_otherSigningIn = false;
        updateView();
        return;
    }
    // Cancelled by the user (while it ran or while it waited in the queue): a notice, not an error.
    const bool cancelled = !ok && m_cancelRequested;
    m_connecting = false;
    m_browserOpened = false;
    m_cancelRequested = false;
    m_connectFailed = !ok && !cancelled;
    m_connectMessage = ok ? tr("Connected. The first sync starts now.")
        : cancelled       ? tr("Sign-in cancelled. Click Connect to sign in again.")
                          : message;
    if (ok)
        m_status.connected = true; // the status signal may come a moment later
    applyColours();
    updateView();
}

void ConnectionCard::connectOrCancel()
{
    if (m_connecting) {
        m_cancelRequested = true;
        m_sync.cancel(m_source); // connectFinished follows, also for a sign-in that was still queued
        return;
    }
    saveRegistration();
    m_connecting = true;
    m_browserOpened = false;
    m_cancelRequested = false;
    m_connectFailed = false;
    m_connectMessage.clear();
    m_sync.connectSource(m_source);
    updateView();
}

void ConnectionCard::confirmDisconnect()
{
    const bool oura = m_source == SyncSources::Oura;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Disconnect %1?").arg(SyncStatusFormat::sourceName(m_source)),
                                oura ? tr("LifeOS stops syncing with Oura and forgets the sign-in. The sleep, readiness, "
                                          "activity and workouts already synced stay in LifeOS.")
                                     : tr("LifeOS stops syncing with Google Calendar, forgets the sign-in and removes "
                                          "the Google Calendar events it copied. Your calendar at Google is not "
                                          "changed, and imported .ics events stay."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("disconnectConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("&Disconnect"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("disconnectConfirmYes"));
    QPushButton *keep = box->addButton(tr("&Keep connected"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() != yes)
            return;
        m_connectMessage.clear();
        m_sync.disconnectSource(m_source);
    });
    box->open();
}

void ConnectionCard::chooseCalendars()
{
    auto *dialog = new CalendarChoiceDialog(m_sync, m_context.settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        updateCalendarSummary();
        requestSync(nullptr, false); // the newly chosen calendars come in, the dropped ones go
    });
    dialog->open();
}

void ConnectionCard::updateCalendarSummary()
{
    if (!m_calendarSummary)
        return;
    const QStringList ids = m_context.settings.value(SettingKeys::GoogleCalendarIds);
    m_calendarSummary->setText(ids.isEmpty() ? tr("Syncing your primary calendar.")
                                             : tr("Syncing %n calendar(s).", nullptr, int(ids.size())));
}

void ConnectionCard::requestSync(QAbstractButton *from, bool backfill)
{
    saveRegistration();
    // Cancel takes the focus while the sync runs (the button is disabled then) and gives it back after.
    m_focusReturn = from && from->hasFocus() ? from : nullptr;
    m_focusToCancel = m_focusReturn != nullptr;
    m_syncPending = true;
    if (backfill)
        m_sync.backfill(m_source, m_backfillDays->value());
    else
        m_sync.syncNow(m_source);
    updateView();
}

void ConnectionCard::browserRequested(const QUrl &url)
{
    // The URL says whose sign-in it is: the provider's authorization page with this card's client id.
    const OAuthProvider provider = providerForSource(m_source, m_context.settings);
    const bool ours = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment)
            == provider.authorizeUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment)
        && QUrlQuery(url).queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded) == provider.clientId;
    if (ours && m_connecting)
        m_browserOpened = true;
    else if (!ours)
        m_otherSigningIn = true;
    updateView();
}

bool ConnectionCard::otherSourceBusy() const
{
    return m_otherRunning || m_otherSigningIn;
}

void ConnectionCard::updateView()
{
    const bool configured = !clientId().isEmpty();
    const bool connected = m_status.connected;
    const bool running = m_status.running && !m_connecting;
    const bool syncBusy = running || m_syncPending;
    // Queued behind the other source's job: the worker runs one job at a time.
    const bool waiting = !running && otherSourceBusy() && (m_syncPending || (m_connecting && !m_browserOpened));
    const QString name = SyncStatusFormat::sourceName(m_source);

    SyncStatus shown = m_status;
    shown.configured = configured;
    shown.running = running;
    m_state->setText(waiting ? tr("Waiting…") : m_connecting ? tr("Signing in…") : SyncStatusFormat::state(shown));

    // Cancel first, so the focus can move to it before the button that had it is disabled.
    const bool cancelHadFocus = m_cancel->hasFocus();
    m_progress->setVisible(running);
    m_cancel->setVisible(syncBusy);
    if (syncBusy && m_focusToCancel && focusInCard()) {
        m_focusToCancel = false;
        m_cancel->setFocus();
    }

    m_connect->setVisible(!connected || m_connecting);
    m_connect->setText(m_connecting ? tr("Cancel sign-in") : tr("Connect…"));
    m_connect->setEnabled(m_connecting || (configured && !running));
    m_connect->setToolTip(m_connecting ? tr("Stop waiting for the browser")
                                       : tr("Sign in to %1 in your browser").arg(name));
    m_disconnect->setVisible(connected && !m_connecting);
    m_disconnect->setEnabled(!running);
    m_syncNow->setEnabled(connected && !syncBusy && !m_connecting);
    m_backfill->setEnabled(connected && !syncBusy && !m_connecting);
    m_backfillDays->setEnabled(connected && !syncBusy && !m_connecting);
    if (m_chooseCalendars)
        m_chooseCalendars->setEnabled(connected && !m_connecting);

    if (running) {
        // An unknown total shows as a busy bar.
        m_progress->setRange(0, std::max(0, m_status.progressTotal));
        m_progress->setValue(std::min(m_status.progressDone, std::max(0, m_status.progressTotal)));
        m_progress->setFormat(m_status.progressTotal > 0 ? tr("%v of %m") : QString());
    }
    if (!syncBusy && m_focusReturn) {
        QAbstractButton *back = std::exchange(m_focusReturn, nullptr);
        m_focusToCancel = false;
        if ((cancelHadFocus || focusInCard()) && back->isEnabled() && !back->isHidden())
            back->setFocus();
    }

    QString notice;
    if (!configured)
        notice = tr("To connect, register LifeOS as an app with %1 and enter its client ID below.").arg(name);
    else if (waiting)
        notice = tr("Waiting for the other sync to finish…");
    else if (m_connecting && m_browserOpened)
        notice = tr("Finish signing in in your browser; LifeOS waits for it here. You can cancel and try again.");
    else if (m_connecting)
        notice = tr("Opening the sign-in page in your browser…");
    else
        notice = m_connectMessage;
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    // A failed sign-in reads as an error, like a failed sync.
    QString error = m_status.lastError;
    if (m_connectFailed && !m_connectMessage.isEmpty()) {
        error = m_connectMessage;
        m_notice->hide();
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    updateTitleBuddy();
    updateTimes();
}

bool ConnectionCard::focusInCard() const
{
    // The user has not moved elsewhere meanwhile (a disabled button hands the focus to the next widget).
    const QWidget *focus = window()->focusWidget();
    return !focus || focus == this || isAncestorOf(focus);
}

void ConnectionCard::updateTitleBuddy()
{
    // Alt+<the title's letter> goes to the first thing the card can do now.
    for (QWidget *candidate : std::initializer_list<QWidget *>{m_connect, m_disconnect, m_syncNow, m_clientId,
                                                               m_registrationToggle}) {
        if (candidate && !candidate->isHidden() && candidate->isEnabled()
            && (candidate != m_clientId || (m_registration && !m_registration->isHidden()))) {
            m_title->setBuddy(candidate);
            return;
        }
    }
}

void ConnectionCard::updateTimes()
{
    const QDateTime now = m_context.now().toUTC();
    const QTimeZone zone = m_context.timeZone();
    QStringList parts;
    if (m_status.connected || m_status.lastSuccess.isValid())
        parts.append(SyncStatusFormat::lastSynced(m_status.lastSuccess, now, zone));
    if (m_status.connected && !m_status.running) {
        const QString next = SyncStatusFormat::nextRun(m_status.nextRun, now, zone);
        if (!next.isEmpty())
            parts.append(next);
    }
    if (m_status.connected && m_status.lastSuccess.isValid() && m_status.itemsChanged > 0)
        parts.append(tr("%n item(s) changed in the last sync", nullptr, m_status.itemsChanged));
    m_times->setText(parts.join(QStringLiteral(" · ")));
    m_times->setVisible(!parts.isEmpty());
    for (QLabel *label : {m_times, m_error, m_notice})
        fitWrappedLabel(label);
}

} // namespace lifeos
