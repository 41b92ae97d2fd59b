#pragma once

#include "CaptureHotkey.h"

#include <memory>

namespace lifeos {

class GlobalHotkey;

// The UI's CaptureHotkey over this platform's GlobalHotkey backend, which is made on the first request (after
// the window is up: finding the backend may ask the session bus). Answers now or, for the portal, when the
// desktop has answered.
class CaptureHotkeyBinding final : public CaptureHotkey
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureHotkeyBinding)

public:
    explicit CaptureHotkeyBinding(QObject *parent = nullptr);
    ~CaptureHotkeyBinding() override;

    void request(const QString &portableSequence) override;
    QString backendName() const override;

private:
    GlobalHotkey &backend();

    std::unique_ptr<GlobalHotkey> m_backend;
    QString m_pending; // what the desktop is being asked for, when it answers later
};

} // namespace lifeos
