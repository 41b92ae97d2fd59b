#pragma once

#include "capture/CaptureText.h"

#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

namespace lifeos {

// Words and short phrases ("pick up", "jalan kaki") looked up among the tokens of a line, each with an optional
// value (the canonical key it stands for, e.g. "kopi" → "food"). Built once from a compact literal, so matching a
// line costs one hash lookup per token.
class PhraseMap
{
public:
    struct Match
    {
        qsizetype index = -1;
        qsizetype length = 0; // tokens covered; 0 when nothing matched
        QString value;
        bool found() const { return length > 0; }
    };

    // entries: "value=phrase|phrase;value=phrase", or just "phrase|phrase" for a set without values ('=', '|'
    // and ';' cannot be phrases).
    explicit PhraseMap(QLatin1StringView entries);

    // The longest phrase starting at index. Consumed tokens never match unless includeConsumed.
    Match matchAt(const CaptureText &text, qsizetype index, bool includeConsumed = false) const;
    // The first phrase at or after `from`.
    Match findFirst(const CaptureText &text, qsizetype from = 0, bool includeConsumed = false) const;
    // True when `word` is a one-word phrase of this map.
    bool containsWord(const QString &word) const;
    // The value of a one-word phrase, or an empty string.
    QString valueOf(const QString &word) const;

private:
    struct Phrase
    {
        QStringList words;
        QString value;
    };
    QHash<QString, QList<Phrase>> m_byFirstWord;
};

} // namespace lifeos
