#pragma once

#include "SampleRandom.h"

#include <QDate>
#include <QStringList>

#include <string>

namespace lifeos::bench {

// Writes a deterministic search corpus: documents as one person's records would read (journal days, notes,
// meeting notes, recipes, travel, health, money, work; ~8% Indonesian), one JSON object a line in the format
// `lifeos import --format jsonl` reads: {"title","body","created","tags","ref"}. Every document is about one
// topic (journal days about one to three), drawing its words from that topic's tables, so that documents on
// one subject share meaning, not only words. Lengths run from one line to several paragraphs (about 5% are
// long enough to be chunked); dates spread over ten years before `today`, denser in recent years.
class CorpusGenerator
{
public:
    struct Options
    {
        quint32 seed = 4;
        QDate today = QDate(2026, 1, 1);
        int years = 10;
    };

    explicit CorpusGenerator(Options options);

    // The next document as one JSONL line, without the newline. ref is "gen-<number>", counting from 1.
    std::string nextLine();

    // Queries a person might type into this corpus: 1–3 words of one topic; about a fifth end in a prefix
    // (typing in progress), a fifth have a typo, a tenth are Indonesian. Deterministic for the seed.
    static QStringList sampleQueries(int count, quint32 seed);

private:
    struct Document;
    Document nextDocument();

    Options m_options;
    SampleRandom m_random;
    int m_written = 0;
};

} // namespace lifeos::bench
