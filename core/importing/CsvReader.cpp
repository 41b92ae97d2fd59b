#include "importing/CsvTable.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <map>

namespace lifeos {

namespace {

constexpr std::array<QChar, 4> kSeparators = {u',', u';', u'\t', u'|'};
constexpr int kDetectLines = 30;

// Windows-1252 bytes 0x80–0x9F; the rest of the code page is Latin-1. 0 marks the five undefined bytes,
// which are kept as the C1 control they would be in Latin-1.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Done by hand: QStringDecoder only knows Windows-1252 when Qt was built with ICU.
QString fromWindows1252(QByteArrayView bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        const char16_t high = byte >= 0x80 && byte < 0xA0 ? kCp1252High[byte - 0x80] : char16_t(0);
        text.append(QChar(high ? high : char16_t(byte)));
    }
    return text;
}

QString decode(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return fromWindows1252(bytes);
}

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString &field) {
        return std::all_of(field.cbegin(), field.cend(), [](QChar c) { return c.isSpace(); });
    });
}

} // namespace

QChar CsvReader::detectSeparator(const QString &firstLines)
{
    // Count each candidate outside quotes on each line; the winner is the one whose most common non-zero count
    // occurs on the most lines (account-info lines above a bank's table differ, the table rows agree).
    QList<std::array<int, kSeparators.size()>> counts;
    std::array<int, kSeparators.size()> line{};
    bool quoted = false;
    bool lineHasText = false;
    for (qsizetype i = 0; i < firstLines.size() && counts.size() < kDetectLines; ++i) {
        const QChar c = firstLines.at(i);
        if (c == u'"') {
            quoted = !quoted;
            lineHasText = true;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (lineHasText)
                counts.append(line);
            line = {};
            lineHasText = false;
        } else if (!quoted) {
            lineHasText = true;
            for (size_t s = 0; s < kSeparators.size(); ++s) {
                if (c == kSeparators[s])
                    ++line[s];
            }
        }
    }
    if (lineHasText && counts.size() < kDetectLines)
        counts.append(line);

    QChar best = u',';
    int bestLines = 0;
    int bestCount = 0;
    for (size_t s = 0; s < kSeparators.size(); ++s) {
        std::map<int, int> linesWithCount;
        for (const auto &lineCounts : counts) {
            if (lineCounts[s] > 0)
                ++linesWithCount[lineCounts[s]];
        }
        int modeLines = 0;
        int modeCount = 0;
        for (const auto &[count, lines] : linesWithCount) {
            if (lines > modeLines || (lines == modeLines && count > modeCount)) {
                modeLines = lines;
                modeCount = count;
            }
        }
        if (modeLines > bestLines || (modeLines == bestLines && modeCount > bestCount)) {
            best = kSeparators[s];
            bestLines = modeLines;
            bestCount = modeCount;
        }
    }
    return best;
}

Result<CsvTable> CsvReader::parse(const QByteArray &bytes, std::optional<QChar> separator)
{
    CsvTable table;
    QByteArrayView body(bytes);
    if (body.startsWith("\xEF\xBB\xBF")) {
        table.hadBom = true;
        body = body.sliced(3);
    }
    const QString text = decode(body);
    table.separator = separator ? *separator : detectSeparator(text.left(64 * 1024));
    const QChar sep = table.separator;

    QStringList fields;
    QString field;
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;
    bool quoted = false;      // inside a quoted field
    bool afterQuote = false;  // a quoted field has closed; only spaces may follow before the separator
    bool fieldStarted = false;

    const auto endField = [&] {
        fields.append(field);
        field.clear();
        afterQuote = false;
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        if (!isBlank(fields)) {
            table.rows.append(fields);
            table.lines.append(rowLine);
        }
        fields.clear();
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else if (c == u'\r' || c == u'\n') {
                // A line break inside a field is kept as '\n' whatever the file used; it still counts as a line.
                if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                    ++i;
                field.append(u'\n');
                ++line;
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == sep) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endRow();
            ++line;
            rowLine = line;
        } else if (c == u'"' && !fieldStarted) {
            // A quote opens a field only at its start (spaces before it are dropped); elsewhere it is a character.
            quoted = true;
            quoteLine = line;
            field.clear();
            fieldStarted = true;
        } else if (afterQuote) {
            if (!c.isSpace())
                field.append(c); // lenient: `"abc"def` reads as abcdef
        } else if (fieldStarted || !c.isSpace()) {
            // The rest of an unquoted field, up to the next separator or line end, in one piece.
            qsizetype end = i + 1;
            while (end < size) {
                const QChar next = text.at(end);
                if (next == sep || next == u'\r' || next == u'\n')
                    break;
                ++end;
            }
            field.append(QStringView(text).sliced(i, end - i));
            fieldStarted = true;
            i = end - 1;
        } else {
            field.append(c); // a leading space: a quote may still open the field
        }
    }
    if (quoted) {
        return Error{ErrorCode::InvalidInput,
                     tr("Line %1: a quoted field is never closed (a \" is missing).").arg(quoteLine)};
    }
    if (!fields.isEmpty() || !field.isEmpty())
        endRow();
    return table;
}

} // namespace lifeos
