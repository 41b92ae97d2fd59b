#include "capture/PhraseMap.h"

namespace lifeos {

PhraseMap::PhraseMap(QLatin1StringView entries)
{
    const QString all(entries);
    for (const QString &entry : all.split(u';', Qt::SkipEmptyParts)) {
        QString value;
        QString phrases = entry;
        const qsizetype equals = entry.indexOf(u'=');
        if (equals >= 0) {
            value = entry.left(equals).trimmed();
            phrases = entry.mid(equals + 1);
        }
        for (const QString &phrase : phrases.split(u'|', Qt::SkipEmptyParts)) {
            const QStringList words = phrase.trimmed().split(u' ', Qt::SkipEmptyParts);
            if (!words.isEmpty())
                m_byFirstWord[words.first()].append(Phrase{words, value});
        }
    }
}

PhraseMap::Match PhraseMap::matchAt(const CaptureText &text, qsizetype index, bool includeConsumed) const
{
    Match best;
    if (index < 0 || index >= text.size() || (!includeConsumed && text.isConsumed(index)))
        return best;
    const auto candidates = m_byFirstWord.constFind(text.token(index).word);
    if (candidates == m_byFirstWord.constEnd())
        return best;
    for (const Phrase &phrase : *candidates) {
        const qsizetype length = phrase.words.size();
        if (length <= best.length || index + length > text.size())
            continue;
        bool matches = true;
        for (qsizetype k = 1; k < length && matches; ++k) {
            const qsizetype i = index + k;
            matches = (includeConsumed || !text.isConsumed(i)) && text.token(i).word == phrase.words.at(k);
        }
        if (matches)
            best = Match{index, length, phrase.value};
    }
    return best;
}

PhraseMap::Match PhraseMap::findFirst(const CaptureText &text, qsizetype from, bool includeConsumed) const
{
    for (qsizetype i = qMax<qsizetype>(0, from); i < text.size(); ++i) {
        const Match match = matchAt(text, i, includeConsumed);
        if (match.found())
            return match;
    }
    return {};
}

bool PhraseMap::containsWord(const QString &word) const
{
    const auto candidates = m_byFirstWord.constFind(word);
    if (candidates == m_byFirstWord.constEnd())
        return false;
    for (const Phrase &phrase : *candidates) {
        if (phrase.words.size() == 1)
            return true;
    }
    return false;
}

QString PhraseMap::valueOf(const QString &word) const
{
    const auto candidates = m_byFirstWord.constFind(word);
    if (candidates == m_byFirstWord.constEnd())
        return {};
    for (const Phrase &phrase : *candidates) {
        if (phrase.words.size() == 1)
            return phrase.value;
    }
    return {};
}

} // namespace lifeos
