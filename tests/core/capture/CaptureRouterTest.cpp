#include "capture/CaptureRouter.h"

#include "CaptureTestSupport.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

// A second opinion that answers only when the test says so, and remembers what it was asked.
class ScriptedAdvisor final : public CaptureAdvisor
{
public:
    using CaptureAdvisor::CaptureAdvisor;

    void requestAdvice(quint64 requestId, const ParsedCapture &offline, const ParseContext &ctx) override
    {
        requests.append(requestId);
        askedAbout.append(offline.raw);
        askedToday = ctx.today();
    }
    void cancel(quint64 requestId) override { cancelled.append(requestId); }

    void answer(quint64 requestId, CaptureKind kind, const QString &title)
    {
        ParsedCapture advice;
        advice.kind = kind;
        advice.title = title;
        advice.raw = QStringLiteral("whatever the advisor thinks was typed");
        advice.confidence = 0.95;
        Q_EMIT adviceReady(requestId, advice);
    }

    QList<quint64> requests;
    QList<quint64> cancelled;
    QStringList askedAbout;
    QDate askedToday;
};

} // namespace

TEST_CASE("without an advisor the router gives the offline reading and nothing more")
{
    CaptureRouter router([] { return test::contextAt(); });
    QSignalSpy improved(&router, &CaptureRouter::readingImproved);
    const ParsedCapture reading = router.read(QStringLiteral("remember the milk"));
    CHECK(reading.raw == QStringLiteral("remember the milk"));
    CHECK(router.current().raw == reading.raw);
    CHECK(improved.isEmpty());
}

TEST_CASE("advice for the current text replaces the offline reading but keeps the raw text as typed")
{
    CaptureRouter router([] { return test::contextAt(); });
    ScriptedAdvisor advisor;
    router.setAdvisor(&advisor);
    QSignalSpy improved(&router, &CaptureRouter::readingImproved);

    router.read(QStringLiteral("pick up the dry cleaning"));
    REQUIRE(advisor.requests.size() == 1);
    CHECK(advisor.askedAbout == QStringList{QStringLiteral("pick up the dry cleaning")});
    CHECK(advisor.askedToday == QDate(2026, 11, 22));

    advisor.answer(advisor.requests.last(), CaptureKind::Task, QStringLiteral("Pick up the dry cleaning"));
    REQUIRE(improved.size() == 1);
    CHECK(router.current().kind == CaptureKind::Task);
    CHECK(router.current().title == QStringLiteral("Pick up the dry cleaning"));
    CHECK(router.current().raw == QStringLiteral("pick up the dry cleaning"));
}

TEST_CASE("a late answer for text the user has since changed is dropped, and the old request is cancelled")
{
    CaptureRouter router([] { return test::contextAt(); });
    ScriptedAdvisor advisor;
    router.setAdvisor(&advisor);
    QSignalSpy improved(&router, &CaptureRouter::readingImproved);

    router.read(QStringLiteral("pick"));
    router.read(QStringLiteral("pick up"));
    REQUIRE(advisor.requests.size() == 2);
    CHECK(advisor.cancelled == QList<quint64>{advisor.requests.first()});

    advisor.answer(advisor.requests.first(), CaptureKind::Expense, QStringLiteral("Stale"));
    CHECK(improved.isEmpty());
    CHECK(router.current().raw == QStringLiteral("pick up"));

    advisor.answer(advisor.requests.last(), CaptureKind::Task, QStringLiteral("Pick up"));
    CHECK(improved.size() == 1);
    advisor.answer(advisor.requests.last(), CaptureKind::Note, QStringLiteral("Twice"));
    CHECK(improved.size() == 1); // one answer per request
    CHECK(router.current().kind == CaptureKind::Task);
}

TEST_CASE("a kind the user picked is not second-guessed, and empty text asks nobody")
{
    CaptureRouter router([] { return test::contextAt(); });
    ScriptedAdvisor advisor;
    router.setAdvisor(&advisor);
    CHECK(router.read(QStringLiteral("3 eggs"), CaptureKind::Task).kind == CaptureKind::Task);
    router.read(QStringLiteral("   "));
    CHECK(advisor.requests.isEmpty());
}

TEST_CASE("an advisor that goes away leaves the offline parser working")
{
    CaptureRouter router([] { return test::contextAt(); });
    {
        ScriptedAdvisor advisor;
        router.setAdvisor(&advisor);
    }
    CHECK(router.read(QStringLiteral("note to self")).raw == QStringLiteral("note to self"));
}
