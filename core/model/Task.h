#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace lifeos {

enum class TaskStatus { Open, Done, Cancelled };

struct Task {
    qint64 id = 0;
    QString title;
    QString notes;
    QDate dueDate;  // null: no due date
    QTime dueTime;  // null: all day
    int priority = 0; // 0 none, 1 (most urgent) … 4
    TaskStatus status = TaskStatus::Open;
    std::optional<qint64> categoryId;
    QStringList tags;
    QString source = QStringLiteral("manual");
    QString rawInput;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime completedAt;

    bool isDone() const { return status == TaskStatus::Done; }
};

QString taskStatusToString(TaskStatus status);
TaskStatus taskStatusFromString(const QString &text);

} // namespace lifeos
