#pragma once

#include "capture/ParseContext.h"
#include "capture/ParsedCapture.h"

#include <QObject>

namespace lifeos {

// A second opinion on a captured line (the LLM router plugs in here). The offline parser's result is shown at
// once; an advisor may answer later with a better reading, or not at all.
class CaptureAdvisor : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~CaptureAdvisor() override = default;

    // Starts an opinion on `offline.raw`. Answers with adviceReady or adviceFailed carrying the same requestId.
    virtual void requestAdvice(quint64 requestId, const ParsedCapture &offline, const ParseContext &ctx) = 0;
    // The answer for this request is no longer wanted (the user typed on or closed the window).
    virtual void cancel(quint64 requestId) = 0;

Q_SIGNALS:
    void adviceReady(quint64 requestId, const lifeos::ParsedCapture &advice);
    void adviceFailed(quint64 requestId, const QString &reason);
};

} // namespace lifeos
