#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace lifeos {

// For the start-up benchmark (tests/bench): when LIFEOS_EXIT_AFTER_FIRST_PAINT is set, prints
// "first_paint_ms=<ms since main()> rss_kb=<resident memory>" once the window has painted, then quits.
class FirstPaintProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    static bool isRequested();
    FirstPaintProbe(QWidget *window, const QElapsedTimer &sinceStart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_reported = false;
};

} // namespace lifeos
