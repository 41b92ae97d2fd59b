// lifeos-corpus: writes a deterministic search corpus as JSONL for `lifeos import FILE --format jsonl`
// (see CorpusGenerator.h), or sample queries for it.
#include "CorpusGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using lifeos::bench::CorpusGenerator;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "lifeos-corpus: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lifeos-corpus"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes N realistic documents (journal days, notes, meeting notes, recipes, travel, health, "
                       "money, work; some Indonesian) as JSONL in the import format, the same for the same seed."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Documents (100000)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed (4)."), QStringLiteral("S"),
                                        QStringLiteral("4"));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         QStringLiteral("The newest date (2026-01-01); dates span ten years before it."),
                                         QStringLiteral("YYYY-MM-DD"), QStringLiteral("2026-01-01"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output file (default: stdout)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"),
                                           QStringLiteral("Print N sample queries, one a line, instead."),
                                           QStringLiteral("N"));
    parser.addOptions({countOption, seedOption, todayOption, outOption, queriesOption});
    parser.process(app);

    bool ok = false;
    const quint32 seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed wants a whole number."));
    FILE *out = stdout;
    if (parser.isSet(outOption)) {
        out = std::fopen(qPrintable(parser.value(outOption)), "wb");
        if (!out)
            return fail(QStringLiteral("cannot write %1").arg(parser.value(outOption)));
    }
    if (parser.isSet(queriesOption)) {
        for (const QString &query : CorpusGenerator::sampleQueries(parser.value(queriesOption).toInt(), seed))
            std::fprintf(out, "%s\n", query.toUtf8().constData());
        return out == stdout || std::fclose(out) == 0 ? 0 : fail(QStringLiteral("write failed"));
    }

    const int count = parser.value(countOption).toInt(&ok);
    if (!ok || count < 0)
        return fail(QStringLiteral("--count wants a whole number."));
    CorpusGenerator::Options options;
    options.seed = seed;
    options.today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
    if (!options.today.isValid())
        return fail(QStringLiteral("--today wants YYYY-MM-DD."));

    QElapsedTimer timer;
    timer.start();
    CorpusGenerator generator(options);
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        std::string line = generator.nextLine();
        line += '\n';
        bytes += qint64(line.size());
        if (std::fwrite(line.data(), 1, line.size(), out) != line.size())
            return fail(QStringLiteral("write failed"));
    }
    if (out != stdout && std::fclose(out) != 0)
        return fail(QStringLiteral("write failed"));
    std::fprintf(stderr, "lifeos-corpus: %d documents, %.1f MB in %.2f s\n", count, double(bytes) / 1048576.0,
                 double(timer.nsecsElapsed()) / 1e9);
    return 0;
}
