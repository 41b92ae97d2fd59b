#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace lifeos {

// A CSV file read into rows of fields, each row with the line number it starts on (1-based, as an editor shows).
struct CsvTable
{
    QList<QStringList> rows;
    QList<int> lines;
    QChar separator;
    bool hadBom = false;
};

// The trimmed field at `column` of a row; empty when the row is shorter or the column is -1 (not mapped).
inline QString csvField(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
}

// RFC 4180 and what banks actually export: a UTF-8 BOM, UTF-8 or (when the bytes are not valid UTF-8)
// Windows-1252 text, CRLF/LF/CR line ends, quoted fields with doubled quotes and line breaks inside them,
// blank lines skipped. The separator is ',', ';', tab or '|', detected from the first lines unless given.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // An unterminated quote is an InvalidInput error naming the line it started on.
    static Result<CsvTable> parse(const QByteArray &bytes, std::optional<QChar> separator = std::nullopt);
    static QChar detectSeparator(const QString &firstLines);
};

} // namespace lifeos
