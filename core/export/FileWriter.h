#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace lifeos {

// Writes a whole file atomically (temporary file + rename), creating missing folders.
Result<void> writeFileAtomically(const QString &path, const QByteArray &contents);

} // namespace lifeos
