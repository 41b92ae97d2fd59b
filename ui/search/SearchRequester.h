#pragma once

#include "search/SearchTypes.h"

#include <QObject>

#include <functional>

class QTimer;

namespace lifeos {

class SearchService;

// One caller's conversation with SearchService: asks (at once or after a short pause in typing), remembers the
// ticket of its latest question and passes on only the answer to that one, so a slow answer to an older query
// never replaces a newer one. Without a service (tests, a failed start) nothing is asked and nothing answers.
class SearchRequester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchRequester)

public:
    SearchRequester(SearchService *service, int delayMs, QObject *parent = nullptr);

    bool isAvailable() const { return m_service != nullptr; }
    SearchService *service() const { return m_service; }
    void searchSoon(const SearchRequest &request);
    void searchNow(const SearchRequest &request);
    void relatedNow(const QString &origin, int limit);
    // Forgets the question in flight: its answer, when it comes, is dropped.
    void cancel();

Q_SIGNALS:
    void answered(const lifeos::SearchResults &results);
    void failed(const QString &message);

private:
    void ask(const std::function<quint64()> &question);
    void later(std::function<quint64()> question);

    SearchService *m_service = nullptr;
    QTimer *m_delay = nullptr;
    std::function<quint64()> m_pending;
    quint64 m_ticket = 0;
};

} // namespace lifeos
