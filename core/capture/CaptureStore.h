#pragma once

#include "capture/ParseContext.h"
#include "capture/ParsedCapture.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace lifeos {

class Database;

// What a capture became once stored: the capture log row and the record it filed.
struct StoredCapture
{
    qint64 captureId = 0;
    qint64 recordId = 0; // id in tasks, notes, journal_entries, transactions, metrics or workouts
    ParsedCapture parsed;
    QDate day; // the local day it was filed under
};

// Files a parsed line into the table of its kind, in one transaction with a row in the capture log that keeps
// the raw input, and takes it back again (undo). Journal lines are appended to that day's entry.
class CaptureStore
{
    Q_DECLARE_TR_FUNCTIONS(CaptureStore)

public:
    explicit CaptureStore(Database &database);

    Result<StoredCapture> store(const ParsedCapture &capture, const ParseContext &ctx);
    // Removes what the capture added (a journal line is cut out of the entry again) and forgets the capture.
    Result<void> undo(qint64 captureId);
    // The raw text of recent captures, newest first, without repeats: what Up recalls in the capture window.
    Result<QStringList> recentInputs(int limit) const;

private:
    Result<qint64>
    fileRecord(const ParsedCapture &capture, const QDate &day, const ParseContext &ctx, QString &appendedText);
    Result<qint64> fileTask(const ParsedCapture &capture);
    Result<qint64> appendJournalLine(const ParsedCapture &capture, const QDate &day, QString &appendedText);
    Result<qint64> fileTransaction(const ParsedCapture &capture, const QDate &day, const ParseContext &ctx);
    Result<qint64> fileMetric(const ParsedCapture &capture, const QDate &day, const ParseContext &ctx);
    Result<qint64> fileWorkout(const ParsedCapture &capture, const QDate &day, const ParseContext &ctx);
    Result<void> removeRecord(CaptureKind kind, qint64 recordId);
    Result<void> removeJournalLine(const QDate &day, const QString &appended);

    Database &m_db;
};

} // namespace lifeos
