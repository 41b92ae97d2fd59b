#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace lifeos {

// What a second launch asks the running LifeOS to do, as one line on the single-instance socket:
// "raise", or "capture <base64 text>" (base64 so any text, newlines included, fits on the line).
struct InstanceRequest
{
    enum class Action {
        Raise,
        Capture
    };
    Action action = Action::Raise;
    QString text; // Capture: the text to put in the capture window (may be empty)

    QByteArray encode() const;
    static std::optional<InstanceRequest> decode(const QByteArray &line);
};

} // namespace lifeos
