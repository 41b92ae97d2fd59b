#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace lifeos {

// A light stemmer for English and Indonesian, for search only: it maps word forms onto one key
// ("running"/"runs" -> "run", "makanan"/"dimakan" -> "makan"). Conservative: it never returns a stem
// shorter than 3 letters and returns the word unchanged when unsure. Input is one lowercase word.
class WordStem
{
public:
    static constexpr int kMaxStems = 4;

    // The most likely stem (the first of stems()).
    static QString stem(const QString &word);
    // Every stem the word may have, most likely first; the word itself when it is left alone. Indonesian
    // meN-/peN- hide the root's first letter (memakan <- makan, memakai <- pakai), so such words get one stem
    // per reading; the index stores them all and a query matches any.
    static QStringList stems(const QString &word);
    // The same on the tokenizer's bytes: the stems that differ from the word (none for a word left alone,
    // or one that is not plain a-z). No allocation in the common case.
    static std::vector<std::string> stemsAscii(std::string_view word);
};

} // namespace lifeos
