#include "TrayIcon.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace lifeos {

TrayIcon::TrayIcon(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = new QMenu(window);
    m_toggle = m_menu->addAction(tr("Show LifeOS"));
    connect(m_toggle, &QAction::triggered, this, &TrayIcon::toggleWindowRequested);
    QAction *capture = m_menu->addAction(QIcon(QStringLiteral(":/icons/capture.svg")), tr("Quick capture"));
    capture->setObjectName(QStringLiteral("trayQuickCapture"));
    connect(capture, &QAction::triggered, this, &TrayIcon::captureRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit LifeOS"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    // The label follows the window: "Hide" while it is shown, "Show" while it is hidden.
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        m_toggle->setText(m_window->isVisible() ? tr("Hide LifeOS") : tr("Show LifeOS"));
    });

    m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/lifeos.svg")), this);
    m_icon->setToolTip(tr("LifeOS"));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT toggleWindowRequested();
    });
    m_icon->show();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isVisible() const
{
    return m_icon && m_icon->isVisible();
}

void TrayIcon::showHint(const QString &message)
{
    if (m_icon)
        m_icon->showMessage(tr("LifeOS"), message, QSystemTrayIcon::Information, 5000);
}

void TrayIcon::notify(const QString &title, const QString &message)
{
    if (m_icon)
        m_icon->showMessage(title, message, QSystemTrayIcon::Information, 8000);
}

} // namespace lifeos
