#pragma once

#include <QObject>
#include <QString>

namespace lifeos {

// The global quick-capture shortcut as the UI sees it. app/ implements it over the platform's backend; the
// answer to a request may come later, because a desktop (the Wayland portal) can ask the user first.
class CaptureHotkey : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureHotkey)

public:
    using QObject::QObject;
    ~CaptureHotkey() override = default;

    // Asks for a shortcut (portable QKeySequence text; empty releases it). Answers with taken() or refused().
    virtual void request(const QString &portableSequence) = 0;
    // "X11", "xdg-desktop-portal", "Windows", "macOS" or "none".
    virtual QString backendName() const = 0;
    // Why the last request was refused, in words for the user; empty after a success or before any answer.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void taken(const QString &portableSequence);
    void refused(const QString &portableSequence, const QString &error);
    // The shortcut was pressed, in whatever program had the focus.
    void activated();

protected:
    void reportTaken(const QString &portableSequence)
    {
        m_lastError.clear();
        Q_EMIT taken(portableSequence);
    }
    void reportRefused(const QString &portableSequence, const QString &error)
    {
        m_lastError = error;
        Q_EMIT refused(portableSequence, error);
    }

private:
    QString m_lastError;
};

} // namespace lifeos
