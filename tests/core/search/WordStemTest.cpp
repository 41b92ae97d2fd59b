#include "search/WordStem.h"

#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <string>

using lifeos::WordStem;

namespace {

struct StemRow {
    const char *word;
    const char *stem; // WordStem::stem(), the most likely reading
};

struct PairRow {
    const char *a;
    const char *b;
};

bool shareAStem(const QString &a, const QString &b)
{
    const QStringList stemsOfB = WordStem::stems(b);
    for (const QString &stem : WordStem::stems(a)) {
        if (stemsOfB.contains(stem))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("each word gets its expected stem", "[search][stem]")
{
    // clang-format off
    const StemRow row = GENERATE(values<StemRow>({
        // English plurals
        {"runs", "run"}, {"cats", "cat"}, {"classes", "class"}, {"boxes", "box"}, {"wishes", "wish"},
        {"parties", "party"}, {"studies", "study"}, {"ties", "tie"}, {"horses", "hors"}, {"horse", "hors"},
        {"photos", "photo"}, {"meetings", "meet"}, {"shoes", "shoe"}, {"glass", "glass"}, {"bus", "bus"},
        {"virus", "virus"}, {"analysis", "analysis"}, {"news", "news"}, {"always", "always"}, {"series", "series"},
        // English -ed / -ing and Porter's repairs
        {"running", "run"}, {"hopping", "hop"}, {"hoping", "hope"}, {"hope", "hope"}, {"making", "make"},
        {"made", "made"}, {"walked", "walk"}, {"walking", "walk"}, {"stopped", "stop"}, {"falling", "fall"},
        {"missed", "miss"}, {"agreed", "agre"}, {"agree", "agre"}, {"need", "need"}, {"speed", "speed"},
        {"studied", "study"}, {"died", "die"}, {"used", "use"}, {"using", "use"}, {"related", "relat"},
        {"relate", "relat"}, {"string", "string"}, {"thing", "thing"}, {"bring", "bring"}, {"king", "king"},
        {"being", "being"}, {"morning", "morn"}, {"evening", "evening"}, {"wedding", "wedding"},
        {"building", "build"}, {"bed", "bed"}, {"shed", "shed"},
        // English superlatives and adverbs
        {"biggest", "big"}, {"smallest", "small"}, {"easiest", "easy"}, {"interest", "interest"},
        {"forest", "forest"}, {"suggest", "suggest"}, {"quickly", "quick"}, {"really", "real"},
        {"happily", "happy"}, {"terribly", "terribl"}, {"supply", "supply"}, {"family", "family"},
        {"only", "only"}, {"early", "early"}, {"weekly", "week"}, {"butterfly", "butterfly"},
        {"anomaly", "anomaly"}, {"lovely", "love"}, {"dinner", "dinner"}, {"summer", "summer"},
        {"runner", "runner"},
        // English words Indonesian rules must leave alone
        {"bean", "bean"}, {"kettle", "kettl"}, {"seven", "seven"}, {"dial", "dial"}, {"berry", "berry"},
        {"terrible", "terribl"}, {"person", "person"}, {"meant", "meant"}, {"memory", "memory"},
        {"pending", "pend"}, {"mention", "mention"}, {"member", "member"}, {"members", "member"},
        {"method", "method"}, {"terror", "terror"}, {"terrain", "terrain"}, {"distance", "distanc"},
        {"display", "display"}, {"secret", "secret"}, {"session", "session"}, {"kernel", "kernel"},
        {"message", "messag"}, {"mental", "mental"}, {"perform", "perform"}, {"permit", "permit"},
        {"petrol", "petrol"}, {"pencil", "pencil"}, {"dining", "dine"}, {"melon", "melon"},
        {"berlin", "berlin"}, {"haiku", "hai"},
        // Indonesian particles and possessives
        {"bukunya", "buku"}, {"rumahku", "rumah"}, {"kakimu", "kaki"}, {"apakah", "apa"}, {"meskipun", "meski"},
        {"pergilah", "pergi"}, {"masalah", "masalah"}, {"sekolah", "sekolah"}, {"masalahnya", "masalah"},
        {"ibuku", "ibu"}, {"kamu", "kamu"}, {"buku", "buku"},
        // Indonesian suffixes
        {"makanan", "makan"}, {"makanannya", "makan"}, {"minuman", "minum"}, {"tulisan", "tulis"},
        {"jalanan", "jalan"}, {"masakan", "masak"}, {"jalan", "jalan"}, {"makan", "makan"},
        // Indonesian prefixes with the nasal sound changes
        {"memakan", "makan"}, {"menulis", "tulis"}, {"menyapu", "sapu"}, {"mengambil", "ambil"},
        {"pemasukan", "masuk"}, {"membeli", "beli"}, {"memberikan", "beri"}, {"mencari", "cari"},
        {"mendengar", "dengar"}, {"menjual", "jual"}, {"menggunakan", "guna"}, {"menghapus", "hapus"},
        {"melihat", "lihat"}, {"merasa", "rasa"}, {"mengirim", "irim"}, {"memasukkan", "masuk"},
        {"pembeli", "beli"}, {"penulis", "tulis"}, {"pelari", "lari"}, {"petani", "tani"},
        {"penjualan", "jual"}, {"pendidikan", "didik"},
        // ber-, ter-, di-, ke-, se-, per- and two prefixes
        {"bermain", "main"}, {"berjalan", "jalan"}, {"berlari", "lari"}, {"berenang", "enang"},
        {"bertemu", "temu"}, {"berapa", "berapa"}, {"berita", "berita"},
        {"terbuka", "buka"}, {"tertidur", "tidur"}, {"terjadi", "jadi"}, {"terima", "terima"},
        {"dimakan", "makan"}, {"ditulis", "tulis"}, {"diberikan", "beri"}, {"dingin", "dingin"},
        {"kesehatan", "sehat"}, {"keadaan", "ada"}, {"kebersihan", "bersih"}, {"keberhasilan", "hasil"},
        {"sebuah", "buah"}, {"sehari", "hari"}, {"seorang", "seorang"},
        {"perbaikan", "baik"}, {"pertanyaan", "tanya"}, {"perjalanan", "jalan"}, {"pertama", "pertama"},
        {"diperbaiki", "baiki"}, {"memperbaiki", "baiki"},
        {"belajar", "ajar"}, {"pelajaran", "ajar"}, {"bekerja", "kerja"}, {"pekerjaan", "kerja"},
        // Left alone: short, not a-z, digits
        {"run", "run"}, {"cat", "cat"}, {"2024", "2024"}, {"covid19", "covid19"}, {"naïve", "naïve"},
        {"", ""},
    }));
    // clang-format on
    INFO("word: " << row.word);
    CHECK(WordStem::stem(QString::fromUtf8(row.word)) == QString::fromUtf8(row.stem));
}

TEST_CASE("word forms that mean the same thing share a stem", "[search][stem]")
{
    // clang-format off
    const PairRow row = GENERATE(values<PairRow>({
        {"running", "runs"}, {"run", "running"}, {"walked", "walking"}, {"makes", "making"},
        {"hoped", "hopes"}, {"boxes", "box"}, {"studies", "studied"}, {"digital", "digitals"},
        {"happily", "happy"}, {"terribly", "terrible"}, {"used", "uses"}, {"becoming", "become"},
        {"relates", "related"}, {"agreed", "agree"}, {"meetings", "meeting"}, {"biggest", "big"},
        {"makanan", "makan"}, {"memakan", "makan"}, {"dimakan", "makanan"}, {"pemakan", "makan"},
        {"memakai", "pakai"}, {"pakaian", "pakai"}, {"dipakai", "memakai"},
        {"menulis", "tulis"}, {"penulis", "ditulis"}, {"tulisan", "menulis"},
        {"menyapu", "sapu"}, {"mengambil", "ambil"}, {"mengirim", "kirim"}, {"dikirim", "pengiriman"},
        {"pemasukan", "masuk"}, {"memasukkan", "masuk"}, {"dimasukkan", "pemasukan"},
        {"mengikuti", "ikut"}, {"menikah", "nikah"}, {"menanam", "tanam"}, {"memilih", "dipilih"},
        {"kelasnya", "kelas"}, {"bukunya", "buku"}, {"bertemu", "pertemuan"}, {"berenang", "renang"},
        {"menggunakan", "digunakan"}, {"pertanyaan", "bertanya"}, {"memperbaiki", "perbaikan"},
        {"kesehatan", "sehat"}, {"pelajaran", "belajar"}, {"bekerja", "pekerjaan"},
    }));
    // clang-format on
    INFO(row.a << " / " << row.b << ": " << WordStem::stems(QString::fromUtf8(row.a)).join(u',').toStdString()
                << " vs " << WordStem::stems(QString::fromUtf8(row.b)).join(u',').toStdString());
    CHECK(shareAStem(QString::fromUtf8(row.a), QString::fromUtf8(row.b)));
}

TEST_CASE("unrelated words do not share a stem", "[search][stem]")
{
    // clang-format off
    const PairRow row = GENERATE(values<PairRow>({
        {"news", "new"}, {"evening", "even"}, {"wedding", "wed"}, {"dinner", "din"}, {"summer", "sum"},
        {"keras", "kera"}, {"batas", "bata"}, {"masalah", "masa"}, {"hope", "hop"}, {"hoping", "hopping"},
        {"interest", "inter"}, {"suggest", "sug"}, {"apply", "app"}, {"only", "on"}, {"terrain", "rain"},
        {"distance", "stance"}, {"berry", "ry"}, {"seven", "ven"}, {"person", "son"}, {"perform", "form"},
        {"pertama", "tama"}, {"dingin", "ngin"}, {"penting", "ting"}, {"dinner", "inner"}, {"berita", "rita"},
    }));
    // clang-format on
    INFO(row.a << " / " << row.b << ": " << WordStem::stems(QString::fromUtf8(row.a)).join(u',').toStdString()
                << " vs " << WordStem::stems(QString::fromUtf8(row.b)).join(u',').toStdString());
    CHECK_FALSE(shareAStem(QString::fromUtf8(row.a), QString::fromUtf8(row.b)));
}

TEST_CASE("English words keep their beginning: no Indonesian prefix is taken off", "[search][stem]")
{
    const char *word = GENERATE("dinner", "bean", "kettle", "seven", "dial", "berry", "terrible", "person",
                                "meant", "memory", "pending", "diet", "display", "distance",
                                "different", "difficult", "kennel", "ketchup", "keyboard", "secret", "service",
                                "session", "september", "terror", "terrace", "territory", "berlin", "beret",
                                "member", "message", "mental", "mention", "method", "melody", "perhaps", "period",
                                "person", "people", "pepper", "pension", "penalty", "petrol", "three", "washing", "thinking");
    const QString input = QString::fromUtf8(word);
    for (const QString &stem : WordStem::stems(input)) {
        INFO(word << " -> " << stem.toStdString());
        CHECK(stem.startsWith(input.left(4)));
    }
}

TEST_CASE("a stem is never shorter than three letters and never longer than the word", "[search][stem]")
{
    const char *word = GENERATE("ties", "dies", "used", "aged", "owed", "being", "doing", "going", "seeing",
                                "ibuku", "kamu", "dia", "diam", "dirinya", "menu", "mengu", "menyanyi", "mem",
                                "meng", "peng", "berr", "di", "ke", "se", "kanan", "anak", "akan", "ikan");
    const QString input = QString::fromUtf8(word);
    const QStringList stems = WordStem::stems(input);
    REQUIRE_FALSE(stems.isEmpty());
    CHECK(stems.size() <= WordStem::kMaxStems);
    for (const QString &stem : stems) {
        INFO(word << " -> " << stem.toStdString());
        CHECK((stem.size() >= 3 || stem == input));
        CHECK(stem.size() <= input.size() + 1); // Porter may add an e back: "us" + e
    }
}
