#include "export/FileWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace lifeos {

Result<void> writeFileAtomically(const QString &path, const QByteArray &contents)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{ErrorCode::Io, QCoreApplication::translate("Export", "Cannot create the folder %1.").arg(folder)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("Export", "Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace lifeos
