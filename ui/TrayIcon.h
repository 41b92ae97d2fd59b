#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace lifeos {

// The tray icon and its menu: show/hide the window, quick capture and quit.
// Absent when the desktop has no system tray; then closing the window quits.
class TrayIcon final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(QWidget *window);
    ~TrayIcon() override;
    bool isVisible() const;
    void showHint(const QString &message);
    void notify(const QString &title, const QString &message);

Q_SIGNALS:
    void toggleWindowRequested();
    void captureRequested();
    void quitRequested();

private:
    QWidget *m_window = nullptr;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_toggle = nullptr;
};

} // namespace lifeos
