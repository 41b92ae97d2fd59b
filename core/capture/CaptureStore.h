#pragma once

#include "capture/ParseContext.h"
#include "capture/ParsedCapture.h"
#include "util/Result.h"

#include <QDate>
#include <QStringList>

namespace lifeos {

class Database;

// What a capture became once stored: the capture log row and the record it filed.
struct StoredCapture {
    qint64 captureId = 0;
    qint64 recordId = 0; // id in tasks, notes, journal_entries, transactions, metrics or workouts
    ParsedCapture parsed;
    QDate day; // the local day it was filed under
};

// Files a parsed line into the table of its kind, in one transaction with a row in the capture log that keeps
// the raw input, and takes it back again (undo). Journal lines are appended to that day's entry.
class CaptureStore {
public:
    explicit CaptureStore(Database &database);

    Result<StoredCapture> store(const ParsedCapture &capture, const ParseContext &ctx);
    // Removes what the capture added (a journal line is cut out of the entry again) and forgets the capture.
    Result<void> undo(qint64 captureId);
    // The raw text of recent captures, newest first, without repeats: what Up recalls in the capture window.
    Result<QStringList> recentInputs(int limit) const;

private:
    Database &m_db;
};

} // namespace lifeos
