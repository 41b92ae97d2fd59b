#include "capture/MarkerExtractor.h"

#include "capture/PhraseMap.h"

namespace lifeos {

std::optional<CaptureKind> MarkerExtractor::extract(CaptureText &text)
{
    static const PhraseMap colonMarkers(QLatin1StringView(
        "task=todo|to-do|task|tugas|reminder;note=note|idea|ide|catatan;journal=journal|j|jurnal|diary|diari;"
        "expense=expense|pengeluaran;income=income|pemasukan"));
    static const PhraseMap taskPhrases(QLatin1StringView(
        "remind me to|remind me|ingatkan|ingatkan aku|ingatkan saya|ingatkan aku untuk|ingatkan saya untuk|"
        "ingatkan untuk|jangan lupa|don't forget to|dont forget to|don't forget|dont forget|todo|to-do"));

    qsizetype first = 0;
    while (first < text.size() && text.isConsumed(first))
        ++first;
    if (first >= text.size())
        return std::nullopt;

    const QStringView raw = text.rawToken(first);
    if (raw.endsWith(u':')) {
        const QString kind = colonMarkers.valueOf(text.word(first));
        if (!kind.isEmpty()) {
            text.consume(first);
            return captureKindFromName(kind);
        }
    }
    const PhraseMap::Match phrase = taskPhrases.matchAt(text, first);
    if (phrase.found()) {
        text.consume(first, phrase.length);
        return CaptureKind::Task;
    }
    return std::nullopt;
}

} // namespace lifeos
