#include "search/WordStem.h"

#include <algorithm>
#include <array>

// The rules, in order (each step is skipped when it would leave fewer than 3 letters; only plain a-z words of
// 4+ letters are touched):
//
// English (Porter's step 1 plus a little), applied first so "digital"/"digitals" meet before anything else:
//  - plurals: -sses -> -ss, -ies -> -y ("ties" -> "tie"), -s dropped except after s, u, i, a ("class", "bus",
//    "analysis", and Indonesian "keras"/"batas", which would meet "kera"/"bata");
//  - -eed -> -ee when something precedes it ("agreed"), -ied -> -y, -ed / -ing dropped when a vowel is left,
//    then Porter's repairs (hopp -> hop, hop -> hope, relat -> relate);
//  - superlatives only where unambiguous: -iest -> -y, -est after a doubled consonant ("biggest");
//    never -er ("dinner", "summer", "water" are words);
//  - adverbs: -ily -> -y, -bly -> -ble, -ly after a 4+ letter stem not ending in a, i, o, u, p, b, f, g
//    ("supply", "assembly", "butterfly", "anomaly" stay);
//  - a final -e is dropped as in Porter's step 5a, so "make", "making" and "makes" meet.
// Indonesian, on the English result, only when the remainder looks like an Indonesian root (4+ letters, a vowel,
// no doubled first or last letter, an initial consonant pair only from a small list) and the word does not look
// English (endings -e, -y, -es, -ss, -tion, -ment, -ness, -ous, -ck, -gh, -th, -x, -ing; letters q or x; pairs
// th, ph, sh, ch, ee, oo, ou, ck) and is not a known root (masalah, sekolah, pertama, berapa...):
//  - particle -lah/-kah/-tah/-pun, then possessive -nya/-ku/-mu (3+ letters left);
//  - derivational -kan/-an/-i (-i only with a prefix, and the reading without it is kept too: pakai, beli);
//    "...kan" keeps both the -kan and the -an reading (verbs first, pe-/ke- nouns -an first);
//  - prefixes: meN-/peN- with their sound changes (mem+vowel reads as m- or p-, men+vowel as t- or n-,
//    meng+vowel as a vowel or k-, meny+vowel as s- or ny-), me-/pe- before l, r, w, y, ber- (and be- + r-root),
//    ter- (not before r), di- (not before s+consonant), per- and ke- only with a suffix (per-an, ke-an),
//    se- before a consonant+vowel, pe- before k, d, t, s, j, g, b, c (petani), a second prefix per-/ber-/ter-
//    after di-/meN-/ke- (diperbaiki, memperbaiki, keberhasilan); belajar/bekerja/beternak by name;
//  - forbidden pairs as in Nazief-Adriani (di-an, me-an, ke-i, ke-kan, se-i, se-kan, ter-an, ber-i).
// Without a dictionary the nasal is ambiguous, so a word keeps every reading (at most kMaxStems): the index stores
// them all and a query matches any. Each root goes through the English rules once more, so "kelasnya" meets "kelas".

namespace lifeos {

namespace {

using std::string;
using std::string_view;

bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Porter's consonant: y is a consonant at the start and after a vowel.
bool isConsonant(string_view w, size_t i)
{
    const char c = w[i];
    if (isVowel(c))
        return false;
    if (c == 'y')
        return i == 0 || !isConsonant(w, i - 1);
    return true;
}

// Porter's m: how many vowel-consonant sequences the stem has.
int measure(string_view s)
{
    int m = 0;
    size_t i = 0;
    const size_t n = s.size();
    while (i < n && isConsonant(s, i))
        ++i;
    while (i < n) {
        while (i < n && !isConsonant(s, i))
            ++i;
        if (i >= n)
            break;
        while (i < n && isConsonant(s, i))
            ++i;
        ++m;
    }
    return m;
}

bool hasVowel(string_view s)
{
    for (size_t i = 0; i < s.size(); ++i) {
        if (!isConsonant(s, i))
            return true;
    }
    return false;
}

bool endsDoubleConsonant(string_view s)
{
    const size_t n = s.size();
    return n >= 2 && s[n - 1] == s[n - 2] && isConsonant(s, n - 1);
}

// Consonant-vowel-consonant at the end, the last not w, x or y ("hop", not "bow").
bool endsCvc(string_view s)
{
    const size_t n = s.size();
    if (n < 3 || !isConsonant(s, n - 3) || isConsonant(s, n - 2) || !isConsonant(s, n - 1))
        return false;
    const char last = s[n - 1];
    return last != 'w' && last != 'x' && last != 'y';
}

bool endsWith(string_view w, string_view suffix)
{
    return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

bool startsWith(string_view w, string_view prefix)
{
    return w.size() >= prefix.size() && w.substr(0, prefix.size()) == prefix;
}

template <size_t N>
bool isOneOf(string_view w, const std::array<string_view, N> &list)
{
    return std::find(list.begin(), list.end(), w) != list.end();
}

// English words that look inflected but are not, or whose stem would meet an unrelated word.
constexpr std::array<string_view, 16> kEnglishKeep = {
    "news",     "always",  "perhaps", "series",   "species", "physics", "mathematics", "politics",
    "economics", "ethics", "evening", "wedding", "during",  "suggest", "lens",        "thus"};

string english(string w)
{
    if (w.size() < 4 || isOneOf(w, kEnglishKeep))
        return w;

    // Plurals.
    if (endsWith(w, "sses")) {
        w.resize(w.size() - 2);
    } else if (endsWith(w, "ies")) {
        if (w.size() <= 4)
            w.pop_back(); // ties -> tie
        else
            w.replace(w.size() - 3, 3, "y");
    } else if (endsWith(w, "s")) {
        const char before = w[w.size() - 2];
        if (before != 's' && before != 'u' && before != 'i' && before != 'a')
            w.pop_back();
    }

    // Past tense and participles, then Porter's repairs.
    bool strippedEnding = false;
    if (endsWith(w, "eed")) {
        if (measure(string_view(w).substr(0, w.size() - 3)) > 0)
            w.pop_back();
    } else if (endsWith(w, "ied")) {
        if (w.size() <= 4)
            w.pop_back(); // died -> die
        else
            w.replace(w.size() - 3, 3, "y");
    } else if (endsWith(w, "ed") || endsWith(w, "ing")) {
        const size_t cut = endsWith(w, "ed") ? 2 : 3;
        const string_view stem = string_view(w).substr(0, w.size() - cut);
        // "used" -> "use": a two-letter vowel-consonant stem takes its e back; anything shorter stays whole.
        const bool shortVc = stem.size() == 2 && !isConsonant(stem, 0) && isConsonant(stem, 1);
        if (hasVowel(stem) && (stem.size() >= 3 || shortVc)) {
            w.resize(stem.size());
            strippedEnding = true;
        }
    }
    if (strippedEnding) {
        if (endsWith(w, "at") || endsWith(w, "bl") || endsWith(w, "iz")) {
            w.push_back('e');
        } else if (endsDoubleConsonant(w) && w.back() != 'l' && w.back() != 's' && w.back() != 'z') {
            w.pop_back();
        } else if ((measure(w) == 1 && endsCvc(w)) || w.size() == 2) {
            w.push_back('e'); // hoping -> hope (kept by step 5a below), used -> use
        }
    } else if (endsWith(w, "iest") && w.size() >= 7) {
        w.replace(w.size() - 4, 4, "y"); // easiest -> easy
    } else if (endsWith(w, "est") && w.size() >= 7 && endsDoubleConsonant(string_view(w).substr(0, w.size() - 3))) {
        w.resize(w.size() - 3); // biggest -> bigg -> big, smallest -> small
        if (w.back() != 'l' && w.back() != 's' && w.back() != 'z')
            w.pop_back();
    } else if (endsWith(w, "ily") && w.size() >= 7) {
        w.replace(w.size() - 3, 3, "y"); // happily -> happy
    } else if (endsWith(w, "bly") && w.size() >= 7) {
        w.replace(w.size() - 3, 3, "ble"); // terribly -> terrible
    } else if (endsWith(w, "ly") && w.size() >= 6) {
        const char before = w[w.size() - 3];
        if (std::string_view("aioupbfg").find(before) == string_view::npos)
            w.resize(w.size() - 2);
    }

    // Porter's step 5a: a final e goes unless the stem is one short syllable ending consonant-vowel-consonant.
    if (w.size() >= 4 && w.back() == 'e') {
        const string_view stem = string_view(w).substr(0, w.size() - 1);
        const int m = measure(stem);
        if (m > 1 || (m == 1 && !endsCvc(stem)))
            w.pop_back();
    }
    return w;
}

// ---- Indonesian ----

bool plausibleRoot(string_view r, size_t minLength = 4)
{
    if (r.size() < minLength)
        return false;
    bool vowel = false;
    for (const char c : r)
        vowel = vowel || isVowel(c);
    if (!vowel || r[0] == r[1])
        return false;
    const size_t n = r.size();
    if (!isVowel(r[n - 1]) && r[n - 1] == r[n - 2])
        return false; // "masukk"
    if (!isVowel(r[0]) && !isVowel(r[1])) {
        static constexpr std::array<string_view, 20> kOnsets = {"bl", "br", "dr", "fl", "fr", "gl", "gr",
                                                                 "kh", "kl", "kr", "ny", "pl", "pr", "sk",
                                                                 "sl", "sp", "st", "sw", "sy", "tr"};
        if (!isOneOf(r.substr(0, 2), kOnsets))
            return false;
    }
    return true;
}

// Endings and letter pairs Indonesian spelling does not use: such a word is English (or a loan) and keeps its
// beginning ("dinner", "kettle", "memory", "pending", "three", "washing").
bool looksEnglish(string_view w)
{
    static constexpr std::array<string_view, 13> kEndings = {"e",  "y",  "ss", "tion", "ment", "ness", "ck",
                                                             "gh", "th", "x",  "ing",  "ous",  "es"};
    for (const string_view ending : kEndings) {
        if (endsWith(w, ending))
            return true;
    }
    static constexpr std::array<string_view, 10> kPairs = {"q", "x", "th", "ph", "sh", "ch", "ee", "oo", "ou", "ck"};
    for (const string_view pair : kPairs) {
        if (w.find(pair) != string_view::npos)
            return true;
    }
    return isOneOf(w, kEnglishKeep);
}

// Indonesian words that look affixed but are roots (or whose affixed reading would meet an unrelated word).
constexpr std::array<string_view, 34> kIndonesianRoots = {
    "masalah", "sekolah",  "istilah",  "sebelah", "langkah", "sedekah",  "perintah", "pemerintah", "adalah",
    "seperti", "semua",    "sedang",   "sendiri", "selalu",  "segera",   "senang",   "sepeda",     "selasa",
    "sekarang", "sejarah", "selamat",  "semangat", "pertama", "perempuan", "percaya", "pesawat",   "mereka",
    "keluarga", "kepala",  "kereta",   "ketika",  "kemarin", "kemudian", "berapa"};

enum class Suffix { None, Kan, An, I };

// Prefixes that hide a letter of the root, or need a suffix, follow Nazief-Adriani's rules without a dictionary.
void addRoot(std::vector<string> &roots, string root, size_t minLength = 4)
{
    if (plausibleRoot(root, minLength) && std::find(roots.begin(), roots.end(), root) == roots.end())
        roots.push_back(std::move(root));
}

std::vector<string> prefixRoots(string_view v, Suffix suffix, int depth);

// A root after a first prefix may carry a second one (diperbaiki, memperbaiki, keberhasilan).
void addWithSecondPrefix(std::vector<string> &roots, string_view rest, Suffix suffix, int depth, size_t minLength = 4)
{
    if (depth == 0 && (startsWith(rest, "per") || startsWith(rest, "ber") || startsWith(rest, "ter"))) {
        const std::vector<string> inner = prefixRoots(rest, suffix, depth + 1);
        if (!inner.empty()) {
            for (const string &root : inner)
                addRoot(roots, root);
            return;
        }
    }
    addRoot(roots, string(rest), minLength);
}

// meN- and peN- (after "me"/"pe"): the nasal replaces the root's first consonant, so some readings are ambiguous.
void nasalRoots(std::vector<string> &roots, string_view rest, Suffix suffix, int depth)
{
    auto add = [&](string root) { addRoot(roots, std::move(root)); };
    if (startsWith(rest, "ng")) {
        const string_view r = rest.substr(2);
        if (r.empty())
            return;
        if (isVowel(r[0])) {
            add(string(r));                      // mengambil -> ambil
            add(string("k").append(r));          // mengirim -> kirim
        } else if (r[0] == 'g' || r[0] == 'h' || startsWith(r, "kh")) {
            add(string(r));                      // menggunakan -> guna
        }
    } else if (startsWith(rest, "ny")) {
        const string_view r = rest.substr(2);
        if (!r.empty() && isVowel(r[0])) {
            add(string("s").append(r));          // menyapu -> sapu
            add(string("ny").append(r));         // menyanyi -> nyanyi
        }
    } else if (startsWith(rest, "m")) {
        const string_view r = rest.substr(1);
        if (r.empty())
            return;
        if (startsWith(r, "per")) {
            addWithSecondPrefix(roots, r, suffix, depth); // memperbaiki
        } else if (r[0] == 'b' || r[0] == 'f' || r[0] == 'v' || r[0] == 'p') {
            add(string(r));                      // membeli -> beli
        } else if (isVowel(r[0])) {
            add(string("m").append(r));          // memakan -> makan
            add(string("p").append(r));          // memakai -> pakai
        }
    } else if (startsWith(rest, "n")) {
        const string_view r = rest.substr(1);
        if (r.empty())
            return;
        if (r[0] == 'c' || r[0] == 'd' || r[0] == 'j' || r[0] == 'z' || startsWith(r, "sy")) {
            add(string(r));                      // mencari -> cari
        } else if (isVowel(r[0])) {
            add(string("t").append(r));          // menulis -> tulis
            add(string("n").append(r));          // menikah -> nikah
        }
    } else if (rest.size() >= 2 && (rest[0] == 'l' || rest[0] == 'r' || rest[0] == 'w' || rest[0] == 'y')
               && isVowel(rest[1])) {
        add(string(rest));                       // melihat -> lihat
    }
}

std::vector<string> prefixRoots(string_view v, Suffix suffix, int depth)
{
    static constexpr std::array<std::pair<string_view, string_view>, 6> kIrregular = {
        {{"belajar", "ajar"}, {"pelajar", "ajar"}, {"bekerja", "kerja"}, {"pekerja", "kerja"},
         {"beternak", "ternak"}, {"peternak", "ternak"}}};
    std::vector<string> roots;
    for (const auto &[word, root] : kIrregular) {
        if (v == word) {
            roots.emplace_back(root);
            return roots;
        }
    }
    if (v.size() < 5)
        return roots;

    if (startsWith(v, "di")) {
        const string_view rest = v.substr(2);
        const bool sCluster = rest[0] == 's' && !isVowel(rest[1]); // "distance", "display"
        if (suffix != Suffix::An && !sCluster)
            addWithSecondPrefix(roots, rest, suffix, depth);
    } else if (startsWith(v, "ke")) {
        if (suffix == Suffix::An)
            addWithSecondPrefix(roots, v.substr(2), suffix, depth, 3); // kesehatan -> sehat, keadaan -> ada
    } else if (startsWith(v, "se")) {
        const string_view rest = v.substr(2);
        if (suffix != Suffix::I && suffix != Suffix::Kan && !isVowel(rest[0]) && isVowel(rest[1]))
            addRoot(roots, string(rest));
    } else if (startsWith(v, "ter")) {
        const string_view rest = v.substr(3);
        if (suffix != Suffix::An && rest[0] != 'r')
            addRoot(roots, string(rest));
    } else if (startsWith(v, "ber")) {
        const string_view rest = v.substr(3);
        if (suffix != Suffix::I && rest[0] != 'r') {
            addRoot(roots, string(rest));
            if (isVowel(rest[0]) && rest.size() >= 4)
                addRoot(roots, string("r").append(rest)); // berenang -> renang (not berita -> rita)
        }
    } else if (startsWith(v, "per") && (suffix != Suffix::None || depth > 0) && v[3] != 'r') {
        addRoot(roots, string(v.substr(3))); // perbaikan -> baik, diperbaiki -> baik
    } else if (depth == 0 && startsWith(v, "me")) {
        if (suffix != Suffix::An)
            nasalRoots(roots, v.substr(2), suffix, depth);
    } else if (depth == 0 && startsWith(v, "pe")) {
        const string_view rest = v.substr(2);
        if (rest[0] != 'r' || suffix != Suffix::None) // "period", "perawat": pe- + r-root only with a suffix
            nasalRoots(roots, rest, suffix, depth);
        // pe- without a nasal before some consonants: petani -> tani, pedagang -> dagang.
        if (roots.empty() && std::string_view("kdtsjgbc").find(rest[0]) != string_view::npos && isVowel(rest[1]))
            addRoot(roots, string(rest));
    }
    // "peraturan": per- + atur above; pe- + r-root as a second reading only when per- found nothing.
    if (depth == 0 && startsWith(v, "per") && suffix != Suffix::None && roots.empty())
        nasalRoots(roots, v.substr(2), suffix, depth);
    return roots;
}

// Every Indonesian reading of a word, most likely first; empty when the word does not look affixed.
std::vector<string> indonesianRoots(const string &w)
{
    std::vector<string> none;
    if (w.size() < 5 || looksEnglish(w))
        return none;

    // Inflectional layers, most stripped first: particle, then possessive.
    std::vector<string> forms;
    auto addPossessive = [&forms](const string &f) {
        for (const string_view p : {string_view("nya"), string_view("ku"), string_view("mu")}) {
            if (endsWith(f, p) && f.size() - p.size() >= 3) {
                forms.push_back(f.substr(0, f.size() - p.size()));
                break;
            }
        }
        forms.push_back(f);
    };
    bool particle = false;
    for (const string_view p : {string_view("lah"), string_view("kah"), string_view("tah"), string_view("pun")}) {
        if (endsWith(w, p) && w.size() - p.size() >= 3) {
            bool root = false;
            for (const string_view r : kIndonesianRoots)
                root = root || endsWith(w, r);
            if (!root) {
                addPossessive(w.substr(0, w.size() - p.size()));
                particle = true;
            }
            break;
        }
    }
    if (particle)
        forms.push_back(w); // "menikah" is meN- + nikah, not meni + -kah
    else
        addPossessive(w);

    struct Reading {
        string base;
        Suffix suffix;
    };
    for (const string &f : forms) {
        if (isOneOf(string_view(f), kIndonesianRoots))
            return f == w ? none : std::vector<string>{f};
        std::vector<Reading> readings;
        const size_t n = f.size();
        if (endsWith(f, "kan") && n >= 6)
            readings.push_back({f.substr(0, n - 3), Suffix::Kan});
        if (endsWith(f, "an") && n >= 6)
            readings.push_back({f.substr(0, n - 2), Suffix::An});
        if (endsWith(f, "i") && n >= 6 && f[n - 2] != 'i')
            readings.push_back({f.substr(0, n - 1), Suffix::I});
        readings.push_back({f, Suffix::None});

        std::vector<string> kanRoots, anRoots, iRoots, plainRoots;
        for (const Reading &reading : readings) {
            std::vector<string> roots = prefixRoots(reading.base, reading.suffix, 0);
            switch (reading.suffix) {
            case Suffix::Kan: kanRoots = std::move(roots); break;
            case Suffix::An: anRoots = std::move(roots); break;
            case Suffix::I: iRoots = std::move(roots); break;
            case Suffix::None: plainRoots = std::move(roots); break;
            }
        }
        auto merged = [](std::vector<string> first, const std::vector<string> &second) {
            for (const string &r : second) {
                if (std::find(first.begin(), first.end(), r) == first.end())
                    first.push_back(r);
            }
            return first;
        };
        if (!kanRoots.empty() || !anRoots.empty()) {
            // Verbs take -kan (memasukkan), nouns made with pe-/ke-/per- take -an (pemasukan); keep both readings.
            const bool noun = startsWith(f, "pe") || startsWith(f, "ke");
            return noun ? merged(anRoots, kanRoots) : merged(kanRoots, anRoots);
        }
        // Many roots end in -i (pakai, beli, cari), so "memakai" keeps both readings, the whole word first.
        if (!plainRoots.empty() || !iRoots.empty())
            return merged(plainRoots, iRoots);
    }

    // No prefix anywhere: a noun made with -an (makanan), an imperative with -kan (tanyakan), or just a
    // particle or possessive (bukunya).
    for (const string &f : forms) {
        std::vector<string> roots;
        const size_t n = f.size();
        if (endsWith(f, "an") && n >= 6)
            addRoot(roots, f.substr(0, n - 2));
        if (endsWith(f, "kan") && n >= 7)
            addRoot(roots, f.substr(0, n - 3));
        if (!roots.empty())
            return roots;
    }
    if (forms.front() != w && forms.front().size() >= 3)
        return {forms.front()};
    return none;
}

bool isPlainWord(string_view w)
{
    for (const char c : w) {
        if (c < 'a' || c > 'z')
            return false;
    }
    return true;
}

std::vector<string> stemsOf(string_view word)
{
    std::vector<string> result;
    if (word.size() < 4 || !isPlainWord(word))
        return result;
    const string base = english(string(word));
    const std::vector<string> roots = indonesianRoots(base);
    if (roots.empty()) {
        result.push_back(base); // the English rules are not idempotent ("horse" -> "hors" -> "hor"): once only
        return result;
    }
    for (const string &root : roots) {
        string stem = english(root);
        if (stem.size() < 3)
            stem = root;
        if (stem.size() >= 3 && std::find(result.begin(), result.end(), stem) == result.end())
            result.push_back(std::move(stem));
        if (result.size() == size_t(WordStem::kMaxStems))
            break;
    }
    return result;
}

} // namespace

QString WordStem::stem(const QString &word)
{
    const QStringList all = stems(word);
    return all.isEmpty() ? word : all.first();
}

QStringList WordStem::stems(const QString &word)
{
    const QByteArray latin = word.toLatin1();
    const std::vector<string> found = stemsOf(string_view(latin.constData(), size_t(latin.size())));
    if (found.empty() || word.size() != latin.size())
        return {word};
    QStringList result;
    for (const string &s : found)
        result.append(QString::fromLatin1(s.data(), qsizetype(s.size())));
    return result;
}

std::vector<string> WordStem::stemsAscii(string_view word)
{
    std::vector<string> found = stemsOf(word);
    found.erase(std::remove(found.begin(), found.end(), word), found.end());
    return found;
}

} // namespace lifeos
