#include "capture/CaptureText.h"

namespace lifeos {

namespace {

bool isEdgePunctuation(QChar c)
{
    static const QString edge = QStringLiteral(",.;:!?\"'()[]{}");
    return edge.contains(c) || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x2018) || c == QChar(0x2019);
}

} // namespace

CaptureText::CaptureText(const QString &raw)
    : m_raw(raw)
{
    qsizetype i = 0;
    const qsizetype n = raw.size();
    while (i < n) {
        while (i < n && raw.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n && !raw.at(i).isSpace())
            ++i;
        Token token;
        token.start = start;
        token.length = i - start;
        token.word = normalise(QStringView(raw).mid(start, token.length));
        m_tokens.append(token);
    }
}

QString CaptureText::normalise(QStringView rawToken)
{
    qsizetype begin = 0;
    qsizetype end = rawToken.size();
    while (begin < end && isEdgePunctuation(rawToken.at(begin)))
        ++begin;
    while (end > begin && isEdgePunctuation(rawToken.at(end - 1)))
        --end;
    return rawToken.mid(begin, end - begin).toString().toCaseFolded();
}

QString CaptureText::word(qsizetype index) const
{
    if (index < 0 || index >= m_tokens.size())
        return {};
    return m_tokens.at(index).word;
}

QStringView CaptureText::rawToken(qsizetype index) const
{
    if (index < 0 || index >= m_tokens.size())
        return {};
    const Token &t = m_tokens.at(index);
    return QStringView(m_raw).mid(t.start, t.length);
}

bool CaptureText::isConsumed(qsizetype index) const
{
    return index >= 0 && index < m_tokens.size() && m_tokens.at(index).consumed;
}

bool CaptureText::isFree(qsizetype index, qsizetype count) const
{
    if (index < 0 || count < 0 || index + count > m_tokens.size())
        return false;
    for (qsizetype i = index; i < index + count; ++i) {
        if (m_tokens.at(i).consumed)
            return false;
    }
    return true;
}

void CaptureText::consume(qsizetype index, qsizetype count)
{
    for (qsizetype i = qMax<qsizetype>(0, index); i < index + count && i < m_tokens.size(); ++i)
        m_tokens[i].consumed = true;
}

QString CaptureText::remainder() const
{
    QString out;
    qsizetype previousEnd = -1; // end of the last kept token, when it was the token just before
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        const Token &t = m_tokens.at(i);
        if (t.consumed) {
            previousEnd = -1;
            continue;
        }
        if (!out.isEmpty()) {
            // Keep the typed spacing between neighbours; one space across a gap.
            if (previousEnd >= 0)
                out += QStringView(m_raw).mid(previousEnd, t.start - previousEnd);
            else
                out += u' ';
        }
        out += QStringView(m_raw).mid(t.start, t.length);
        previousEnd = t.start + t.length;
    }
    // Connectors left dangling by what was taken away ("buy bread, tomorrow" → "buy bread,").
    static const QString dangling = QStringLiteral(",;:-–—");
    while (!out.isEmpty() && (dangling.contains(out.back()) || out.back().isSpace()))
        out.chop(1);
    while (!out.isEmpty() && (dangling.contains(out.front()) || out.front().isSpace()))
        out.remove(0, 1);
    return out;
}

} // namespace lifeos
