#include "capture/CaptureKind.h"

namespace lifeos {

QString captureKindName(CaptureKind kind)
{
    switch (kind) {
    case CaptureKind::Task:
        return QStringLiteral("task");
    case CaptureKind::Note:
        return QStringLiteral("note");
    case CaptureKind::Journal:
        return QStringLiteral("journal");
    case CaptureKind::Expense:
        return QStringLiteral("expense");
    case CaptureKind::Income:
        return QStringLiteral("income");
    case CaptureKind::Metric:
        return QStringLiteral("metric");
    case CaptureKind::Workout:
        return QStringLiteral("workout");
    }
    return QStringLiteral("note");
}

std::optional<CaptureKind> captureKindFromName(const QString &name)
{
    for (CaptureKind kind : allCaptureKinds()) {
        if (captureKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

const QList<CaptureKind> &allCaptureKinds()
{
    static const QList<CaptureKind> kinds = {CaptureKind::Task,
                                             CaptureKind::Note,
                                             CaptureKind::Journal,
                                             CaptureKind::Expense,
                                             CaptureKind::Income,
                                             CaptureKind::Metric,
                                             CaptureKind::Workout};
    return kinds;
}

} // namespace lifeos
