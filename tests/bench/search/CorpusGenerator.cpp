#include "CorpusGenerator.h"

#include "CorpusVocabulary.h"

#include <QTime>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <span>
#include <vector>

namespace lifeos::bench {

namespace {

using Words = std::span<const char *const>;

// Syllables for names that occur in only a few documents (cafés, projects, streets): the long tail of
// words every real collection has, which a fixed topic vocabulary alone would not give the text index.
constexpr const char *kSyllables[] = {"ka", "ra", "lo", "mi", "ta", "se", "no", "vi", "ba", "ru", "de", "sa",
                                      "ko", "li", "ma", "te", "pu", "ne", "ga", "wi", "do", "ha", "ji", "ya",
                                      "ze", "bo", "fi", "lu", "me", "ri", "so", "tu", "an", "el", "or", "in",
                                      "ku", "po", "di", "na"};
constexpr const char *kRareTemplates[] = {
    "Lunch at {x} café with {p}; the coffee there is still the best.",
    "The call about Project {x} moved to {d}.",
    "Ordered from {x} again, {num} items this time.",
    "Found a shortcut through {x} Street.",
    "{p} introduced me to someone from {x}, a small company in {pl}.",
    "Note to self: the {x} account number is in the blue folder.",
};
constexpr const char *kRareTemplateId = "Makan siang di warung {x} bareng {p}.";

struct Kind
{
    const char *name;
    double share;
};

std::string capitalised(std::string text)
{
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = char(text[0] - 'a' + 'A');
    return text;
}

void appendJsonString(std::string &out, const std::string &text)
{
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

struct CorpusGenerator::Document
{
    std::string title;
    std::string body;
    std::string created;
    std::vector<std::string> tags;
};

namespace {

// Fills a template's slots for one document: nouns come mostly from a handful of "focus" nouns the document
// is about, so its sentences keep returning to the same few things, as a person's writing does.
class SentenceWriter
{
public:
    SentenceWriter(SampleRandom &random, const CorpusTopic &topic, bool indonesian)
        : m_random(random)
        , m_topic(topic)
        , m_indonesian(indonesian)
    {
        const Words nouns = indonesian ? topic.nounsId : topic.nouns;
        const int focus = std::min<int>(int(nouns.size()), random.between(3, 7));
        for (int i = 0; i < focus; ++i)
            m_focus.push_back(nouns[std::size_t(random.between(0, int(nouns.size()) - 1))]);
    }

    std::string noun()
    {
        const Words nouns = m_indonesian ? m_topic.nounsId : m_topic.nouns;
        if (m_random.chance(0.8))
            return m_focus[std::size_t(m_random.between(0, int(m_focus.size()) - 1))];
        return nouns[std::size_t(m_random.between(0, int(nouns.size()) - 1))];
    }

    std::string focusNoun() const { return m_focus.front(); }

    std::string sentence()
    {
        const Words templates = m_indonesian ? m_topic.templatesId : m_topic.templates;
        return fill(templates[std::size_t(m_random.between(0, int(templates.size()) - 1))]);
    }

    std::string fill(const char *pattern)
    {
        std::string out;
        std::string first;
        for (const char *c = pattern; *c; ++c) {
            if (*c != '{') {
                out += *c;
                continue;
            }
            const char *end = c;
            while (*end && *end != '}')
                ++end;
            const std::string slot(c + 1, end);
            c = end;
            if (slot == "n" || slot == "m") {
                std::string word = noun();
                if (slot == "m" && word == first)
                    word = noun();
                if (slot == "n")
                    first = word;
                out += word;
            } else if (slot == "a") {
                const Words adjectives = m_indonesian ? Words(kAdjectivesId) : m_topic.adjectives;
                out += adjectives[std::size_t(m_random.between(0, int(adjectives.size()) - 1))];
            } else if (slot == "p") {
                out += m_random.pick(CorpusVocabulary::people());
            } else if (slot == "pl") {
                out += m_random.pick(CorpusVocabulary::places());
            } else if (slot == "num") {
                out += std::to_string(m_random.between(2, 9));
            } else if (slot == "t") {
                out += m_random.pick(CorpusVocabulary::timesOfDay());
            } else if (slot == "d") {
                out += m_random.pick(CorpusVocabulary::weekdays());
            } else if (slot == "x") {
                out += rareName();
            }
        }
        return capitalised(out);
    }

    // Log-uniform over ~20,000 names: a few are common, most appear in a handful of documents.
    std::string rareName()
    {
        const int k = int(std::exp(m_random.real() * std::log(20000.0)));
        constexpr int syllables = int(std::size(kSyllables));
        std::string name = std::string(kSyllables[k % syllables]) + kSyllables[(k / syllables) % syllables];
        if (k >= syllables * syllables)
            name += kSyllables[(k / (syllables * syllables)) % syllables];
        return capitalised(name);
    }

private:
    static constexpr const char *kAdjectivesId[] = {"capek", "senang", "enak", "ramai", "sepi", "lumayan",
                                                    "pegal", "segar"};

    SampleRandom &m_random;
    const CorpusTopic &m_topic;
    bool m_indonesian = false;
    std::vector<std::string> m_focus;
};

} // namespace

CorpusGenerator::CorpusGenerator(Options options)
    : m_options(options)
    , m_random(options.seed)
{}

CorpusGenerator::Document CorpusGenerator::nextDocument()
{
    static constexpr Kind kKinds[] = {{"journal", 0.34}, {"note", 0.25}, {"line", 0.16}, {"meeting", 0.08},
                                      {"recipe", 0.06}, {"trip", 0.03}, {"essay", 0.05}, {"list", 0.03}};
    const auto topics = CorpusVocabulary::topics();
    auto topicNamed = [&](const char *name) -> const CorpusTopic & {
        for (const CorpusTopic &topic : topics) {
            if (std::string(topic.name) == name)
                return topic;
        }
        return topics.front();
    };

    double roll = m_random.real();
    std::string kind = "note";
    for (const Kind &candidate : kKinds) {
        if (roll < candidate.share) {
            kind = candidate.name;
            break;
        }
        roll -= candidate.share;
    }

    Document doc;
    // Recent years hold more records than early ones (people write more once the habit sets).
    const int span = m_options.years * 365;
    const QDate day = m_options.today.addDays(-qint64(double(span) * std::pow(m_random.real(), 1.4)));
    const QTime time(m_random.between(6, 23), m_random.between(0, 59), m_random.between(0, 59));
    doc.created = day.toString(Qt::ISODate).toStdString() + "T" + time.toString(Qt::ISODate).toStdString();

    const CorpusTopic *topic = &topics[std::size_t(m_random.between(0, int(topics.size()) - 1))];
    if (kind == "meeting")
        topic = &topicNamed("work");
    else if (kind == "recipe")
        topic = &topicNamed("cooking");
    else if (kind == "trip")
        topic = &topicNamed("travel");
    const bool indonesian = !topic->nounsId.empty() && kind != "essay" && m_random.chance(0.08);
    SentenceWriter writer(m_random, *topic, indonesian);
    auto pickTitle = [&](Words titles) { return std::string(titles[std::size_t(m_random.between(0, int(titles.size()) - 1))]); };
    auto sentences = [&](double median, double sigma, int low, int high) {
        return std::clamp(int(std::lround(std::exp(m_random.gaussian(std::log(median), sigma)))), low, high);
    };
    // Paragraphs of two to six sentences; a second topic may come in for journal days.
    auto paragraphs = [&](SentenceWriter &first, int count, SentenceWriter *second) {
        std::string text;
        int inParagraph = 0;
        int paragraphLength = m_random.between(2, 6);
        for (int i = 0; i < count; ++i) {
            std::string sentence;
            if (second && i >= count / 2)
                sentence = second->sentence();
            else if (m_random.chance(0.08))
                sentence = first.fill(indonesian ? m_random.pick(CorpusVocabulary::connectivesId())
                                                 : m_random.pick(CorpusVocabulary::connectives()));
            else if (m_random.chance(0.04))
                sentence = first.fill(indonesian ? kRareTemplateId : m_random.pick(kRareTemplates));
            else
                sentence = first.sentence();
            if (!text.empty())
                text += inParagraph == 0 ? "\n\n" : " ";
            text += sentence;
            if (++inParagraph >= paragraphLength) {
                inParagraph = 0;
                paragraphLength = m_random.between(2, 6);
            }
        }
        return text;
    };

    for (const char *tag : topic->tags) {
        if (m_random.chance(0.35))
            doc.tags.emplace_back(tag);
    }

    if (kind == "journal") {
        static constexpr const char *kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                                "Sunday"};
        doc.title = std::string(kDays[day.dayOfWeek() - 1]) + ", " + day.toString(u"d MMMM yyyy").toStdString();
        const CorpusTopic &other = topics[std::size_t(m_random.between(0, int(topics.size()) - 1))];
        const bool otherIndonesian = indonesian && !other.nounsId.empty();
        SentenceWriter second(m_random, other, otherIndonesian);
        const bool twoTopics = &other != topic && (!indonesian || otherIndonesian) && m_random.chance(0.4);
        doc.body = paragraphs(writer, sentences(6, 0.6, 1, 30), twoTopics ? &second : nullptr);
        doc.tags.emplace_back(indonesian ? "jurnal" : "journal");
    } else if (kind == "line") {
        doc.title = writer.sentence();
        if (doc.title.size() > 1 && doc.title.back() == '.')
            doc.title.pop_back();
        doc.body = m_random.chance(0.5) ? std::string() : writer.sentence();
    } else if (kind == "meeting") {
        doc.title = pickTitle(indonesian ? topic->titlesId : topic->titles) + ": " + writer.focusNoun();
        std::string body = indonesian ? "Peserta: " : "Attendees: ";
        const int attendees = m_random.between(2, 6);
        for (int i = 0; i < attendees; ++i)
            body += std::string(i ? ", " : "") + m_random.pick(CorpusVocabulary::people());
        body += indonesian ? "\n\nAgenda:\n" : "\n\nAgenda:\n";
        const int items = m_random.between(2, 5);
        for (int i = 0; i < items; ++i)
            body += "- " + capitalised(writer.noun()) + "\n";
        body += "\n" + paragraphs(writer, sentences(7, 0.5, 2, 30), nullptr);
        body += indonesian ? "\n\nTindak lanjut:\n" : "\n\nActions:\n";
        const int actions = m_random.between(1, 4);
        for (int i = 0; i < actions; ++i)
            body += std::string("- [ ] ") + m_random.pick(CorpusVocabulary::people()) + ": " + writer.noun() + "\n";
        doc.body = body;
        doc.tags.emplace_back("meeting");
    } else if (kind == "recipe") {
        const std::string dish = writer.focusNoun();
        doc.title = capitalised(dish) + (indonesian ? "" : m_random.chance(0.5) ? " (family recipe)" : "");
        std::string body = indonesian ? "Bahan:\n" : "Ingredients:\n";
        const int ingredients = m_random.between(4, 10);
        for (int i = 0; i < ingredients; ++i)
            body += "- " + std::to_string(m_random.between(1, 5) * 50) + " g " + writer.noun() + "\n";
        body += indonesian ? "\nCara membuat:\n" : "\nMethod:\n";
        const int steps = m_random.between(3, 8);
        for (int i = 0; i < steps; ++i)
            body += std::to_string(i + 1) + ". " + writer.sentence() + "\n";
        if (m_random.chance(0.4))
            body += "\n" + writer.sentence();
        doc.body = body;
        doc.tags.emplace_back(indonesian ? "resep" : "recipe");
    } else if (kind == "trip" || kind == "essay") {
        doc.title = pickTitle(indonesian ? topic->titlesId : topic->titles) + ": " + writer.focusNoun();
        // Long enough to be split into several chunks: 1.5 to 6 KB.
        doc.body = paragraphs(writer, sentences(40, 0.4, 20, 100), nullptr);
    } else if (kind == "list") {
        doc.title = pickTitle(indonesian ? topic->titlesId : topic->titles);
        const int items = m_random.between(3, 12);
        for (int i = 0; i < items; ++i)
            doc.body += std::string(m_random.chance(0.5) ? "- [x] " : "- [ ] ") + capitalised(writer.noun()) + "\n";
    } else {
        doc.title = pickTitle(indonesian ? topic->titlesId : topic->titles);
        if (m_random.chance(0.5))
            doc.title += ": " + writer.focusNoun();
        doc.body = paragraphs(writer, sentences(4, 0.7, 1, 25), nullptr);
    }
    return doc;
}

std::string CorpusGenerator::nextLine()
{
    const Document doc = nextDocument();
    ++m_written;
    std::string line;
    line.reserve(doc.body.size() + doc.title.size() + 128);
    line += "{\"title\":";
    appendJsonString(line, doc.title);
    line += ",\"body\":";
    appendJsonString(line, doc.body);
    line += ",\"created\":";
    appendJsonString(line, doc.created);
    line += ",\"tags\":[";
    for (std::size_t i = 0; i < doc.tags.size(); ++i) {
        if (i)
            line += ',';
        appendJsonString(line, doc.tags[i]);
    }
    char ref[32];
    std::snprintf(ref, sizeof ref, "gen-%07d", m_written);
    line += "],\"ref\":\"";
    line += ref;
    line += "\"}";
    return line;
}

QStringList CorpusGenerator::sampleQueries(int count, quint32 seed)
{
    SampleRandom random(seed);
    const auto topics = CorpusVocabulary::topics();
    auto wordsOf = [](const char *phrase) {
        return QString::fromUtf8(phrase).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QStringList queries;
    while (queries.size() < count) {
        const CorpusTopic &topic = topics[std::size_t(random.between(0, int(topics.size()) - 1))];
        const bool indonesian = !topic.nounsId.empty() && random.chance(0.1);
        const Words nouns = indonesian ? topic.nounsId : topic.nouns;
        const int length = random.chance(0.4) ? 1 : random.chance(0.67) ? 2 : 3;
        QStringList words;
        while (words.size() < length) {
            const bool adjective = !indonesian && !words.isEmpty() && random.chance(0.3);
            words += wordsOf(adjective ? random.pick(topic.adjectives) : random.pick(nouns));
            words.removeDuplicates();
        }
        words = words.mid(0, length);
        const double shape = random.real();
        if (shape < 0.2 && words.last().size() > 4) {
            // Still typing: the last word cut after three to five letters.
            words.last().truncate(random.between(3, std::min<int>(5, int(words.last().size()) - 1)));
        } else if (shape < 0.4) {
            // One typo in the longest word: a swap, a dropped letter, a doubled letter or a wrong one.
            qsizetype longest = 0;
            for (qsizetype i = 1; i < words.size(); ++i) {
                if (words[i].size() > words[longest].size())
                    longest = i;
            }
            QString &word = words[longest];
            if (word.size() >= 5) {
                const int at = random.between(1, int(word.size()) - 2);
                switch (random.between(0, 3)) {
                case 0:
                    std::swap(word[at], word[at + 1]);
                    break;
                case 1:
                    word.remove(at, 1);
                    break;
                case 2:
                    word.insert(at, word.at(at));
                    break;
                default:
                    word[at] = QLatin1Char(char('a' + random.between(0, 25)));
                }
            }
        }
        queries.append(words.join(QLatin1Char(' ')));
    }
    return queries;
}

} // namespace lifeos::bench
