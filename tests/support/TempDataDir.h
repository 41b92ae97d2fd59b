#pragma once

#include <QDir>
#include <QString>
#include <QTemporaryDir>

// A fresh, private data folder per test, removed afterwards.
class TempDataDir {
public:
    TempDataDir();
    QString path() const { return m_dir.path(); }
    QString databasePath() const;
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};
