#include "capture/TagExtractor.h"

namespace lifeos {

namespace {

std::optional<int> priorityOf(const CaptureText &text, qsizetype index)
{
    const QStringView raw = text.rawToken(index);
    if (!raw.isEmpty() && raw.count(u'!') == raw.size())
        return raw.size() == 1 ? 2 : 1;
    const QString word = text.word(index);
    if (word.size() == 2 && word.at(0) == u'p' && word.at(1) >= u'1' && word.at(1) <= u'4')
        return word.at(1).unicode() - u'0';
    return std::nullopt;
}

// "#Work," → "Work": the token after '#' without trailing punctuation; empty when it holds no letter.
QString tagOf(QStringView raw)
{
    if (raw.size() < 2 || raw.front() != u'#')
        return {};
    QStringView body = raw.mid(1);
    static const QString trailing = QStringLiteral(",.;:!?\"')]}");
    while (!body.isEmpty() && trailing.contains(body.back()))
        body.chop(1);
    bool hasLetter = false;
    for (QChar c : body) {
        if (c == u'#')
            return {}; // "##" or "#a#b": not a tag we can name
        hasLetter = hasLetter || c.isLetter();
    }
    return hasLetter ? body.toString() : QString();
}

} // namespace

TagsAndPriority TagExtractor::extract(CaptureText &text)
{
    TagsAndPriority result;
    QStringList folded;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.isConsumed(i))
            continue;
        const QString tag = tagOf(text.rawToken(i));
        if (!tag.isEmpty()) {
            if (!folded.contains(tag.toCaseFolded())) {
                folded.append(tag.toCaseFolded());
                result.tags.append(tag);
            }
            text.consume(i);
            continue;
        }
        if (const auto priority = priorityOf(text, i)) {
            result.priority = result.priority ? qMin(*result.priority, *priority) : *priority;
            text.consume(i);
        }
    }
    return result;
}

} // namespace lifeos
