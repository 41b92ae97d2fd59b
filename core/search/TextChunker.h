#pragma once

#include <QList>
#include <QString>

namespace lifeos {

struct TextChunk {
    QString text;
    int anchor = 0; // index of the chunk's first character in the whole text
};

// Splits a long text into paragraph-sized chunks so any part is findable and a hit points to the right place.
// Chunks end at paragraph breaks where they can, else at sentence ends, else at spaces; each chunk after the
// first repeats the tail of the one before (overlap) so a phrase across a boundary is still found.
class TextChunker
{
public:
    struct Options {
        int targetChars = 800;  // a chunk grows by paragraphs up to about this
        int maxChars = 1200;    // never longer (a long paragraph is split at sentences)
        int overlapChars = 120; // repeated from the previous chunk
    };

    static QList<TextChunk> split(const QString &text, const Options &options);
    static QList<TextChunk> split(const QString &text) { return split(text, Options{}); }
};

} // namespace lifeos
