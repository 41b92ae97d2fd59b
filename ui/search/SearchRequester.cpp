#include "search/SearchRequester.h"

#include "search/SearchService.h"

#include <QTimer>

namespace lifeos {

SearchRequester::SearchRequester(SearchService *service, int delayMs, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(delayMs);
    connect(m_delay, &QTimer::timeout, this, [this] {
        if (m_pending)
            ask(std::exchange(m_pending, {}));
    });
    if (!m_service)
        return;
    connect(m_service, &SearchService::resultsReady, this, [this](quint64 ticket, const SearchResults &results) {
        if (ticket == 0 || ticket != m_ticket)
            return;
        m_ticket = 0;
        Q_EMIT answered(results);
    });
    connect(m_service, &SearchService::searchFailed, this, [this](quint64 ticket, const QString &message) {
        if (ticket == 0 || ticket != m_ticket)
            return;
        m_ticket = 0;
        Q_EMIT failed(message);
    });
}

void SearchRequester::searchSoon(const SearchRequest &request)
{
    later([this, request] { return m_service->search(request, this); });
}

void SearchRequester::searchNow(const SearchRequest &request)
{
    m_delay->stop();
    m_pending = {};
    ask([this, request] { return m_service->search(request, this); });
}

void SearchRequester::relatedNow(const QString &origin, int limit)
{
    m_delay->stop();
    m_pending = {};
    ask([this, origin, limit] { return m_service->related(origin, limit, this); });
}

void SearchRequester::cancel()
{
    m_delay->stop();
    m_pending = {};
    m_ticket = 0;
}

void SearchRequester::later(std::function<quint64()> question)
{
    if (!m_service)
        return;
    m_ticket = 0; // what is on its way answers a question the user has moved on from
    m_pending = std::move(question);
    m_delay->start();
}

void SearchRequester::ask(const std::function<quint64()> &question)
{
    if (!m_service)
        return;
    m_ticket = question(); // SearchService always answers later, through the event loop
}

} // namespace lifeos
