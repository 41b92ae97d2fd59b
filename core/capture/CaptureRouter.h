#pragma once

#include "capture/CaptureAdvisor.h"
#include "capture/ParseContext.h"
#include "capture/ParsedCapture.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace lifeos {

// Reads what the user is typing: the offline parser answers at once (the live preview), and a second opinion,
// when there is one, may replace that reading later. A kind the user picked always wins over both.
class CaptureRouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureRouter)

public:
    using ContextProvider = std::function<ParseContext()>;

    explicit CaptureRouter(ContextProvider contextProvider, QObject *parent = nullptr);

    // The advisor is not owned; nullptr (the default) means the offline parser alone.
    void setAdvisor(CaptureAdvisor *advisor);

    // Reads `text` offline and returns that reading; asks the advisor too when the user has not picked a kind.
    ParsedCapture read(const QString &text, std::optional<CaptureKind> pickedKind = std::nullopt);
    // The best reading of the last text so far (offline, or the advice that replaced it).
    const ParsedCapture &current() const { return m_current; }
    // The context the current reading was made in (its "now", zone and currency), for showing and storing it.
    const ParseContext &context() const { return m_context; }

Q_SIGNALS:
    // The advisor answered for the text that is still current; `current()` now returns the advice.
    void readingImproved(const lifeos::ParsedCapture &reading);

private:
    void takeAdvice(quint64 requestId, const ParsedCapture &advice);

    ContextProvider m_contextProvider;
    QPointer<CaptureAdvisor> m_advisor;
    ParsedCapture m_current;
    ParseContext m_context;
    quint64 m_requestId = 0;
    bool m_waitingForAdvice = false;
};

} // namespace lifeos
