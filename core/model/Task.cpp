#include "model/Task.h"

namespace lifeos {

QString taskStatusToString(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open: return QStringLiteral("open");
    case TaskStatus::Done: return QStringLiteral("done");
    case TaskStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("open");
}

TaskStatus taskStatusFromString(const QString &text)
{
    if (text == u"done")
        return TaskStatus::Done;
    if (text == u"cancelled")
        return TaskStatus::Cancelled;
    return TaskStatus::Open;
}

} // namespace lifeos
