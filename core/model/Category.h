#pragma once

#include <QString>

namespace lifeos {

// A user's category for tasks, notes or money ("kind" says which list it belongs to).
struct Category {
    qint64 id = 0;
    QString name;
    QString kind; // task | note | expense | income
    QString color; // #rrggbb or empty
};

} // namespace lifeos
