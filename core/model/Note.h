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
    QString rawInput; // what was typed, for notes filed by quick capture
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace lifeos
