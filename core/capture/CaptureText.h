#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace lifeos {

// A captured line split at white space into tokens that the extractors (dates, amounts, metrics …) mark as
// consumed when they understand them. What is left unconsumed becomes the title, so "buy bread tomorrow" is
// titled "buy bread" once the date extractor has taken "tomorrow".
class CaptureText
{
public:
    struct Token
    {
        qsizetype start = 0;  // offset of the token in the raw text
        qsizetype length = 0; // length in the raw text
        QString word;         // case-folded, with surrounding punctuation (,.;:!?"'()) stripped; may be empty
        bool consumed = false;
    };

    explicit CaptureText(const QString &raw);

    const QString &raw() const { return m_raw; }
    qsizetype size() const { return m_tokens.size(); }
    const Token &token(qsizetype index) const { return m_tokens.at(index); }

    // The normalised word at index, or an empty string when index is out of range (so look-ahead needs no checks).
    QString word(qsizetype index) const;
    // The token exactly as typed (punctuation included), or empty when out of range.
    QStringView rawToken(qsizetype index) const;
    bool isConsumed(qsizetype index) const;
    // True when every token in [index, index + count) exists and is unconsumed.
    bool isFree(qsizetype index, qsizetype count = 1) const;

    void consume(qsizetype index, qsizetype count = 1);

    // The unconsumed tokens as typed, joined by single spaces (the raw spacing inside a run of kept tokens is
    // kept as it was); trailing and leading connector punctuation is trimmed.
    QString remainder() const;

private:
    static QString normalise(QStringView rawToken);

    QString m_raw;
    QList<Token> m_tokens;
};

} // namespace lifeos
