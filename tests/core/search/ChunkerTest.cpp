#include "search/TextChunker.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

// A paragraph of about `length` characters made of numbered sentences, so every chunk's text is distinct.
QString paragraph(int number, int length)
{
    QString text;
    int sentence = 0;
    while (text.size() < length)
        text += QStringLiteral("Paragraph %1 sentence %2 tells of walks and rivers. ").arg(number).arg(++sentence);
    return text.trimmed();
}

QString paragraphs(int count, int length, const QString &separator = QStringLiteral("\n\n"))
{
    QStringList parts;
    for (int i = 1; i <= count; ++i)
        parts.append(paragraph(i, length));
    return parts.join(separator);
}

// What must hold for any text: chunks are exact slices at their anchors, trimmed, within the size limit, in order,
// covering every non-space character, never cutting a surrogate pair, each after the first overlapping the one before.
void checkInvariants(const QString &text, const QList<TextChunk> &chunks, const TextChunker::Options &options)
{
    QList<bool> covered(text.size(), false);
    for (int i = 0; i < chunks.size(); ++i) {
        const TextChunk &chunk = chunks.at(i);
        INFO("chunk " << i << " at " << chunk.anchor);
        REQUIRE_FALSE(chunk.text.isEmpty());
        REQUIRE(chunk.anchor >= 0);
        REQUIRE(chunk.anchor + chunk.text.size() <= text.size());
        CHECK(text.mid(chunk.anchor, chunk.text.size()) == chunk.text);
        CHECK(chunk.text.size() <= options.maxChars);
        CHECK_FALSE(chunk.text.front().isSpace());
        CHECK_FALSE(chunk.text.back().isSpace());
        CHECK_FALSE(chunk.text.front().isLowSurrogate());
        CHECK_FALSE(chunk.text.back().isHighSurrogate());
        if (i > 0) {
            const TextChunk &previous = chunks.at(i - 1);
            CHECK(chunk.anchor > previous.anchor);
            // Overlap: this chunk starts inside the previous one, by no more than the overlap asked for.
            if (options.overlapChars > 0 && previous.text.size() > 2)
                CHECK(chunk.anchor < previous.anchor + previous.text.size());
            CHECK(previous.anchor + previous.text.size() - chunk.anchor <= options.overlapChars);
        }
        for (qsizetype c = chunk.anchor; c < chunk.anchor + chunk.text.size(); ++c)
            covered[c] = true;
    }
    for (qsizetype c = 0; c < text.size(); ++c) {
        if (!text.at(c).isSpace() && !covered.at(c)) {
            INFO("character " << c << " is in no chunk");
            CHECK(covered.at(c));
            break;
        }
    }
}

} // namespace

TEST_CASE("empty and whitespace-only texts give no chunk")
{
    const QString text = GENERATE(QString(), QStringLiteral(""), QStringLiteral("   "), QStringLiteral("\n\n\t \r\n"));
    CHECK(TextChunker::split(text).isEmpty());
}

TEST_CASE("a short text is one chunk, anchored at its first visible character")
{
    const auto [text, anchor, expected] = GENERATE(table<QString, int, QString>({
        {QStringLiteral("Bought milk."), 0, QStringLiteral("Bought milk.")},
        {QStringLiteral("  \n Bought milk.\n\n"), 4, QStringLiteral("Bought milk.")},
        {QStringLiteral("First.\n\nSecond paragraph."), 0, QStringLiteral("First.\n\nSecond paragraph.")},
        {QStringLiteral("🎉"), 0, QStringLiteral("🎉")},
    }));
    const auto chunks = TextChunker::split(text);
    REQUIRE(chunks.size() == 1);
    CHECK(chunks.first().anchor == anchor);
    CHECK(chunks.first().text == expected);
}

TEST_CASE("long texts are cut into exact, overlapping, bounded chunks at the best break available")
{
    struct Row {
        const char *what;
        QString text;
        QChar expectedEnd; // what every chunk but the last ends with (QChar() when any break will do)
        bool endsAtParagraph;
    };
    const Row row = GENERATE(values<Row>({
        {"paragraphs of about 300 characters", paragraphs(12, 300), u'.', true},
        {"paragraphs with Windows line ends", paragraphs(12, 300, QStringLiteral("\r\n\r\n")), u'.', true},
        {"paragraphs separated by blank lines holding spaces", paragraphs(8, 450, QStringLiteral("\n   \n")), u'.', true},
        {"one huge paragraph is cut at sentence ends", paragraph(1, 6000), u'.', false},
        {"sentences ending in quotes and question marks",
         QStringLiteral("Did she say \"yes?\" Maybe she did. ").repeated(200), QChar(), false},
        {"words without sentence ends are cut at spaces", QStringLiteral("walk river stone tree ").repeated(300), QChar(),
         false},
        {"a text without any space is cut at the limit", QStringLiteral("abcdefghij").repeated(500), QChar(), false},
        {"emoji without spaces are never cut inside a surrogate pair", QStringLiteral("🎉😀🚲").repeated(900), QChar(),
         false},
        {"emoji with words", QStringLiteral("ride 🚲 to the café 😀 then home 🏠 ").repeated(150), QChar(), false},
        {"CJK sentences", QStringLiteral("今日は川沿いを散歩しました。とても良い天気でした。 ").repeated(120), u'。', false},
    }));
    INFO(row.what);
    const TextChunker::Options options;
    const auto chunks = TextChunker::split(row.text, options);
    REQUIRE(chunks.size() > 1);
    checkInvariants(row.text, chunks, options);
    for (int i = 0; i + 1 < chunks.size(); ++i) {
        const TextChunk &chunk = chunks.at(i);
        INFO("chunk " << i);
        CHECK(chunk.text.size() >= options.targetChars / 2);
        if (!row.expectedEnd.isNull())
            CHECK(chunk.text.back() == row.expectedEnd);
        if (row.endsAtParagraph) {
            // The chunk ends exactly where a paragraph does.
            const QString after = row.text.mid(chunk.anchor + chunk.text.size(), 4);
            CHECK((after.startsWith(QStringLiteral("\n")) || after.startsWith(QStringLiteral("\r\n"))));
        }
    }
}

TEST_CASE("chunk sizes and overlap follow the options")
{
    const int maxChars = GENERATE(10, 50, 300);
    const int overlap = GENERATE(0, 5, 40);
    TextChunker::Options options;
    options.maxChars = maxChars;
    options.targetChars = maxChars * 2 / 3;
    options.overlapChars = overlap;
    const QString text = paragraphs(6, 170) + QStringLiteral(" 🎉🎉🎉") + QStringLiteral("x").repeated(700);
    INFO("max " << maxChars << ", overlap " << overlap);
    const auto chunks = TextChunker::split(text, options);
    REQUIRE(chunks.size() > 1);
    checkInvariants(text, chunks, options);
    if (overlap == 0) {
        for (int i = 1; i < chunks.size(); ++i)
            CHECK(chunks.at(i).anchor >= chunks.at(i - 1).anchor + chunks.at(i - 1).text.size());
    }
}

TEST_CASE("the overlap repeats whole words from the end of the previous chunk")
{
    const QString text = paragraph(1, 5000);
    const auto chunks = TextChunker::split(text);
    REQUIRE(chunks.size() > 2);
    for (int i = 1; i < chunks.size(); ++i) {
        const TextChunk &chunk = chunks.at(i);
        INFO("chunk " << i);
        CHECK(text.at(chunk.anchor - 1).isSpace()); // starts at a word, not inside one
        const TextChunk &previous = chunks.at(i - 1);
        const qsizetype repeated = previous.anchor + previous.text.size() - chunk.anchor;
        CHECK(repeated > 0);
        CHECK(chunk.text.startsWith(previous.text.right(repeated)));
    }
}

TEST_CASE("a phrase across a chunk boundary is still inside one chunk")
{
    const QString text = paragraph(1, 4000);
    const auto chunks = TextChunker::split(text);
    REQUIRE(chunks.size() > 2);
    // Every window of 60 characters (a short phrase) lies wholly inside some chunk.
    for (qsizetype start = 0; start + 60 <= text.size(); start += 7) {
        bool inside = false;
        for (const TextChunk &chunk : chunks)
            inside = inside || (start >= chunk.anchor && start + 60 <= chunk.anchor + chunk.text.size());
        INFO("window at " << start);
        REQUIRE(inside);
    }
}

TEST_CASE("chunking is deterministic")
{
    const QString text = paragraphs(10, 333);
    const auto first = TextChunker::split(text);
    const auto second = TextChunker::split(text);
    REQUIRE(first.size() == second.size());
    for (int i = 0; i < first.size(); ++i) {
        CHECK(first.at(i).anchor == second.at(i).anchor);
        CHECK(first.at(i).text == second.at(i).text);
    }
}
