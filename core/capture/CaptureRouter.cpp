#include "capture/CaptureRouter.h"

#include "capture/CaptureParser.h"

namespace lifeos {

CaptureRouter::CaptureRouter(ContextProvider contextProvider, QObject *parent)
    : QObject(parent)
    , m_contextProvider(std::move(contextProvider))
{}

void CaptureRouter::setAdvisor(CaptureAdvisor *advisor)
{
    if (m_advisor)
        disconnect(m_advisor, nullptr, this, nullptr);
    m_advisor = advisor;
    if (m_advisor)
        connect(m_advisor, &CaptureAdvisor::adviceReady, this, &CaptureRouter::takeAdvice);
}

ParsedCapture CaptureRouter::read(const QString &text, std::optional<CaptureKind> pickedKind)
{
    m_context = m_contextProvider();
    const ParseContext &ctx = m_context;
    if (m_advisor && m_waitingForAdvice)
        m_advisor->cancel(m_requestId);
    ++m_requestId;
    m_waitingForAdvice = false;
    m_current = pickedKind ? CaptureParser::parseAs(text, ctx, *pickedKind) : CaptureParser::parse(text, ctx);
    if (m_advisor && !pickedKind && !text.trimmed().isEmpty()) {
        m_waitingForAdvice = true;
        m_advisor->requestAdvice(m_requestId, m_current, ctx);
    }
    return m_current;
}

void CaptureRouter::takeAdvice(quint64 requestId, const ParsedCapture &advice)
{
    // Late answers for text the user has since changed are dropped; the raw text is always what was typed.
    if (requestId != m_requestId || !m_waitingForAdvice)
        return;
    m_waitingForAdvice = false;
    const QString raw = m_current.raw;
    m_current = advice;
    m_current.raw = raw;
    Q_EMIT readingImproved(m_current);
}

} // namespace lifeos
