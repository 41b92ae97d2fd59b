#include "capture/CaptureStore.h"

#include "storage/Database.h"

namespace lifeos {

CaptureStore::CaptureStore(Database &database) : m_db(database) {}

Result<StoredCapture> CaptureStore::store(const ParsedCapture &capture, const ParseContext &ctx)
{
    Q_UNUSED(capture)
    Q_UNUSED(ctx)
    return Error{ErrorCode::Unknown, QStringLiteral("not yet")};
}

Result<void> CaptureStore::undo(qint64 captureId)
{
    Q_UNUSED(captureId)
    return Error{ErrorCode::Unknown, QStringLiteral("not yet")};
}

Result<QStringList> CaptureStore::recentInputs(int limit) const
{
    Q_UNUSED(limit)
    return QStringList();
}

} // namespace lifeos
