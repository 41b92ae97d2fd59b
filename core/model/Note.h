#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace lifeos {

struct Note {
    qint64 id = 0;
    QString title;
    QString body; // markdown
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace lifeos
