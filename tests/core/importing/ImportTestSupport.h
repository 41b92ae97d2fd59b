#pragma once

// Helpers for the import tests: a temp database, CSV tables built by hand (so a test says exactly which line
// holds what), row counts and categories through a raw connection.

#include "StorageTestSupport.h"
#include "importing/CsvTable.h"
#include "storage/Database.h"
#include "support/TempDataDir.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace importtest {

// A table as CsvReader would give it: `lines` are file line numbers, the header on line 1 and rows below.
inline lifeos::CsvTable tableOf(const QList<QStringList> &rows, QChar separator = u',')
{
    lifeos::CsvTable table;
    table.separator = separator;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        table.rows.append(rows.at(i));
        table.lines.append(int(i) + 1);
    }
    return table;
}

// "a,b,c" lines split on commas (no quoting needed in these tests).
inline lifeos::CsvTable tableOf(const QStringList &lines)
{
    QList<QStringList> rows;
    for (const QString &line : lines)
        rows.append(line.split(u','));
    return tableOf(rows);
}

inline lifeos::CsvTable fixtureTable(const QString &name)
{
    QFile file(QStringLiteral(LIFEOS_CSV_FIXTURES "/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto table = lifeos::CsvReader::parse(file.readAll());
    INFO((table.ok() ? QString() : table.error().message).toStdString());
    REQUIRE(table.ok());
    return *table;
}

// A fresh database in a temp folder, with a raw connection for checking what was written.
struct ImportDb
{
    TempDataDir dir;
    std::unique_ptr<lifeos::Database> db = testsupport::openDatabase(dir.databasePath());
    testsupport::RawConnection raw{dir.databasePath()};

    qint64 count(const QString &table) const { return testsupport::count(raw.handle(), table); }
    QStringList rows(const QString &sql) const { return testsupport::rows(raw.handle(), sql); }
    qint64 addCategory(const QString &kind, const QString &name) const
    {
        raw.exec(QStringLiteral("INSERT INTO categories (name, kind, created_at) VALUES ('%1', '%2', "
                                "'2024-01-01T00:00:00.000Z')")
                     .arg(name, kind));
        return testsupport::scalar(raw.handle(), QStringLiteral("SELECT max(id) FROM categories")).mid(2).toLongLong();
    }
};

} // namespace importtest
