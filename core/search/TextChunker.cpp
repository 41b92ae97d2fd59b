#include "search/TextChunker.h"

#include <algorithm>

namespace lifeos {

namespace {

enum class BreakLevel { Paragraph, Sentence, Space };

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026' || c == u'\u3002' || c == u'\uFF01'
        || c == u'\uFF1F';
}

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'\u201D' || c == u'\u2019';
}

// Never leave a chunk boundary between the two halves of a surrogate pair (an emoji, a rare CJK character):
// a chunk's end moves back (it stays within the limit), the next chunk's start moves forward (the overlap too).
qsizetype clampToCharacter(const QString &text, qsizetype pos, bool forward = false)
{
    if (pos > 0 && pos < text.size() && text.at(pos).isLowSurrogate() && text.at(pos - 1).isHighSurrogate())
        return forward ? pos + 1 : pos - 1;
    return pos;
}

qsizetype skipSpaces(const QString &text, qsizetype pos)
{
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
    return pos;
}

qsizetype trimEnd(const QString &text, qsizetype begin, qsizetype end)
{
    while (end > begin && text.at(end - 1).isSpace())
        --end;
    return end;
}

// Is there a break of this level right at pos (the chunk would end just before pos)?
bool breaksAt(const QString &text, qsizetype pos, BreakLevel level)
{
    if (pos <= 0 || pos >= text.size())
        return false;
    switch (level) {
    case BreakLevel::Paragraph: {
        // A blank line (\n, \r\n or \r line ends) or a Unicode paragraph separator ends a paragraph.
        if (!text.at(pos).isSpace() || text.at(pos - 1).isSpace())
            return false;
        int lineEnds = 0;
        for (qsizetype i = pos; i < text.size() && text.at(i).isSpace(); ++i) {
            const QChar c = text.at(i);
            if (c == QChar::ParagraphSeparator)
                return true;
            if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n')))
                ++lineEnds;
        }
        return lineEnds >= 2;
    }
    case BreakLevel::Sentence: {
        if (!text.at(pos).isSpace())
            return false;
        qsizetype i = pos - 1;
        while (i > 0 && isClosing(text.at(i)))
            --i;
        return isSentenceEnd(text.at(i));
    }
    case BreakLevel::Space:
        return text.at(pos).isSpace() && !text.at(pos - 1).isSpace();
    }
    return false;
}

// Where the chunk starting at begin ends: the break of the best level within [begin + min, begin + max] that is
// closest to begin + target; a hard cut at begin + max when the text has no break there at all.
qsizetype chunkEnd(const QString &text, qsizetype begin, const TextChunker::Options &options)
{
    const qsizetype earliest = begin + std::max(1, options.targetChars / 2);
    const qsizetype latest = std::min<qsizetype>(text.size(), begin + options.maxChars);
    const qsizetype ideal = begin + options.targetChars;
    for (BreakLevel level : {BreakLevel::Paragraph, BreakLevel::Sentence, BreakLevel::Space}) {
        qsizetype best = -1;
        for (qsizetype pos = earliest; pos <= latest && pos < text.size(); ++pos) {
            if (!breaksAt(text, pos, level))
                continue;
            if (best < 0 || std::abs(pos - ideal) < std::abs(best - ideal))
                best = pos;
            if (pos >= ideal)
                break; // later breaks are only further from the ideal
        }
        if (best > 0)
            return best;
    }
    return clampToCharacter(text, latest);
}

// Where the next chunk starts: overlapChars before end, moved forward to the start of a word when one begins
// within the overlap (so the repeated tail does not start mid-word).
qsizetype nextStart(const QString &text, qsizetype begin, qsizetype end, int overlapChars)
{
    const qsizetype overlap = std::clamp<qsizetype>(overlapChars, 0, (end - begin) / 2);
    qsizetype start = end - overlap;
    if (overlap > 0) {
        qsizetype word = start;
        while (word < end && !(text.at(word).isSpace()))
            ++word;
        word = skipSpaces(text, word);
        if (word < end && start > begin && !text.at(start - 1).isSpace())
            start = word;
    }
    start = skipSpaces(text, clampToCharacter(text, start, true));
    return std::max(start, begin + 1);
}

} // namespace

QList<TextChunk> TextChunker::split(const QString &text, const Options &givenOptions)
{
    Options options = givenOptions;
    options.maxChars = std::max(options.maxChars, 2);
    options.targetChars = std::clamp(options.targetChars, 1, options.maxChars);

    QList<TextChunk> chunks;
    qsizetype begin = skipSpaces(text, 0);
    const qsizetype textEnd = trimEnd(text, begin, text.size());
    while (begin < textEnd) {
        qsizetype end = textEnd - begin <= options.maxChars ? textEnd : chunkEnd(text, begin, options);
        if (end <= begin) // a max of one character inside a surrogate pair: take the whole pair
            end = std::min(textEnd, begin + 2);
        const qsizetype trimmedEnd = trimEnd(text, begin, end);
        chunks.append(TextChunk{text.mid(begin, trimmedEnd - begin), int(begin)});
        if (end >= textEnd)
            break;
        begin = nextStart(text, begin, trimmedEnd, options.overlapChars);
    }
    return chunks;
}

} // namespace lifeos
