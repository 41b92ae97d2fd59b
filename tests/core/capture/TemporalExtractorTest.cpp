#include "capture/TemporalExtractor.h"

#include "CaptureTestSupport.h"
#include "capture/CaptureText.h"

#include <catch2/catch.hpp>

#include <string>

using namespace lifeos;

namespace {

// One line and what the extractor should make of it: the date (ISO, or empty for none), the time ("HH:mm", or
// empty for none) and the title that remains.
struct Row
{
    const char *text;
    const char *date;
    const char *time;
    const char *remainder;
};

// A row read at another moment or place: `now` is local to `zone` unless it ends in Z.
struct ContextRow
{
    const char *now;
    const char *zone;
    DateLean lean;
    Row row;
};

ParseContext contextFor(const ContextRow &row)
{
    const QString now = QString::fromUtf8(row.now);
    if (now.endsWith(u'Z'))
        return test::contextAtUtc(now, QByteArray(row.zone));
    return test::contextAt(now, QByteArray(row.zone));
}

void checkRow(const Row &row, const ParseContext &ctx, DateLean lean)
{
    CaptureText text(QString::fromUtf8(row.text));
    const TemporalMatch match = TemporalExtractor::extract(text, ctx, lean);
    INFO("line: \"" << row.text << "\" at " << ctx.localNow().toString(Qt::ISODate).toStdString() << ' '
                    << ctx.zone.id().toStdString());
    CHECK(match.date.toString(Qt::ISODate).toStdString() == std::string(row.date));
    CHECK((match.time.isValid() ? match.time.toString(QStringLiteral("HH:mm")).toStdString() : std::string())
          == std::string(row.time));
    CHECK(text.remainder().toStdString() == std::string(row.remainder));
    CHECK(match.found() == (*row.date != '\0' || *row.time != '\0'));
}

} // namespace

// Every table below reads its lines on Sunday 2026-11-22 10:00 in Jakarta unless it says otherwise.

TEST_CASE("English day words are the local day relative to now and leave the rest as the title")
{
    const Row row = GENERATE(values<Row>({
        {"buy bread tomorrow", "2026-11-23", "", "buy bread"},
        {"buy bread tmr", "2026-11-23", "", "buy bread"},
        {"call mom tmrw", "2026-11-23", "", "call mom"},
        {"Tomorrow: dentist", "2026-11-23", "", "dentist"},
        {"pay rent today", "2026-11-22", "", "pay rent"},
        {"movie tonight", "2026-11-22", "", "movie"},
        {"yesterday I ran far", "2026-11-21", "", "I ran far"},
        {"party last night was loud", "2026-11-21", "", "party was loud"},
        {"the day after tomorrow fly home", "2026-11-24", "", "fly home"},
        {"day before yesterday lost keys", "2026-11-20", "", "lost keys"},
        {"plan trip next week", "2026-11-23", "", "plan trip"},
        {"last week was busy", "2026-11-09", "", "was busy"},
        {"budget next month", "2026-12-01", "", "budget"},
        {"report end of month", "2026-11-30", "", "report"},
        {"report by the end of the month", "2026-11-30", "", "report"},
        {"tidy up end of week", "2026-11-22", "", "tidy up"},
        {"taxes end of year", "2026-12-31", "", "taxes"},
        {"TOMORROW buy milk", "2026-11-23", "", "buy milk"},
        {"buy bread, tomorrow", "2026-11-23", "", "buy bread"},
        {"bill due tomorrow", "2026-11-23", "", "bill"},
    }));
    checkRow(row, test::contextAt(), DateLean::Future);
}

TEST_CASE("counted offsets move by calendar days, weeks, months and years")
{
    const Row row = GENERATE(values<Row>({
        {"review in 3 days", "2026-11-25", "", "review"},
        {"in 2 weeks dentist", "2026-12-06", "", "dentist"},
        {"renew passport in a month", "2026-12-22", "", "renew passport"},
        {"in two days call Bo", "2026-11-24", "", "call Bo"},
        {"in a year check roof", "2027-11-22", "", "check roof"},
        {"fell 3 days ago", "2026-11-19", "", "fell"},
        {"2 weeks ago started", "2026-11-08", "", "started"},
        {"a week ago met Ana", "2026-11-15", "", "met Ana"},
        {"5 days from now launch", "2026-11-27", "", "launch"},
        {"rapat 3 hari lagi", "2026-11-25", "", "rapat"},
        {"dalam 3 hari kirim paket", "2026-11-25", "", "kirim paket"},
        {"2 minggu lalu sakit", "2026-11-08", "", "sakit"},
        {"2 minggu yang lalu sakit", "2026-11-08", "", "sakit"},
        {"seminggu lagi ujian", "2026-11-29", "", "ujian"},
        {"sebulan lagi gajian", "2026-12-22", "", "gajian"},
        {"dalam 2 bulan pindahan", "2027-01-22", "", "pindahan"},
        {"setahun lalu menikah", "2025-11-22", "", "menikah"},
        {"dalam seminggu selesai", "2026-11-29", "", "selesai"},
    }));
    checkRow(row, test::contextAt(), DateLean::Future);
}

TEST_CASE("weekdays follow this, next and last with weeks starting on Monday")
{
    // Sunday 2026-11-22: this week is Mon 16 … Sun 22, next week Mon 23 … Sun 29.
    const Row row = GENERATE(values<Row>({
        {"dinner friday", "2026-11-27", "", "dinner"},
        {"dinner Friday with Bo", "2026-11-27", "", "dinner with Bo"},
        {"dinner next friday", "2026-11-27", "", "dinner"},
        {"dinner this friday", "2026-11-20", "", "dinner"},
        {"dinner last friday", "2026-11-20", "", "dinner"},
        {"church on sunday", "2026-11-22", "", "church"},
        {"church next sunday", "2026-11-29", "", "church"},
        {"church this sunday", "2026-11-22", "", "church"},
        {"church last sunday", "2026-11-15", "", "church"},
        {"gym monday", "2026-11-23", "", "gym"},
        {"gym on Mon", "2026-11-23", "", "gym"},
        {"gym tue", "2026-11-24", "", "gym"},
        {"report due friday", "2026-11-27", "", "report"},
        {"report due by thursday", "2026-11-26", "", "report"},
        {"market on sat", "2026-11-28", "", "market"},
        {"market next sat", "2026-11-28", "", "market"},
        {"friday next week demo", "2026-11-27", "", "demo"},
        {"Fri, Dec 4 party", "2026-12-04", "", "party"},
        {"Jumat depan rapat", "2026-11-27", "", "rapat"},
        {"Jumat ini rapat", "2026-11-20", "", "rapat"},
        {"Jumat lalu rapat", "2026-11-20", "", "rapat"},
        {"Jum'at depan rapat", "2026-11-27", "", "rapat"},
        {"Senin depan rapat", "2026-11-23", "", "rapat"},
        {"Senin ini rapat", "2026-11-16", "", "rapat"},
        {"Senin lalu rapat", "2026-11-16", "", "rapat"},
        {"Rabu kemarin hujan", "2026-11-18", "", "hujan"},
        {"kamis arisan", "2026-11-26", "", "arisan"},
        {"Sabtu minggu depan nikahan", "2026-11-28", "", "nikahan"},
        {"pada hari Senin rapat", "2026-11-23", "", "rapat"},
        {"hari Minggu ke gereja", "2026-11-22", "", "ke gereja"},
        {"ke gereja Minggu", "2026-11-22", "", "ke gereja"},
        {"hari minggu depan ke gereja", "2026-11-29", "", "ke gereja"},
        {"Minggu ini ke pantai", "2026-11-22", "", "ke pantai"},
        {"malam minggu nonton", "2026-11-28", "", "nonton"},
        {"malam Minggu jam 7 nonton", "2026-11-28", "19:00", "nonton"},
        {"malam Senin jam 9", "2026-11-22", "21:00", ""},
        {"makan siang besok", "2026-11-23", "", "makan siang"},
        {"libur 2 Minggu lagi", "2026-12-06", "", "libur"},
        {"Senin, 7 Desember rapat", "2026-12-07", "", "rapat"},
    }));
    checkRow(row, test::contextAt(), DateLean::Future);
}

TEST_CASE("next, this and last weekday on other days of the week")
{
    const ContextRow row = GENERATE(values<ContextRow>({
        // Friday 2026-11-20
        {"2026-11-20T09:00:00", "Asia/Jakarta", DateLean::Future, {"next friday", "2026-11-27", "", ""}},
        {"2026-11-20T09:00:00", "Asia/Jakarta", DateLean::Future, {"this friday", "2026-11-20", "", ""}},
        {"2026-11-20T09:00:00", "Asia/Jakarta", DateLean::Future, {"last friday", "2026-11-13", "", ""}},
        {"2026-11-20T09:00:00", "Asia/Jakarta", DateLean::Future, {"friday", "2026-11-20", "", ""}},
        {"2026-11-20T09:00:00", "Asia/Jakarta", DateLean::Past, {"friday", "2026-11-20", "", ""}},
        {"2026-11-20T09:00:00", "Asia/Jakarta", DateLean::Future, {"Jumat depan", "2026-11-27", "", ""}},
        {"2026-11-20T09:00:00", "Asia/Jakarta", DateLean::Future, {"Jumat lalu", "2026-11-13", "", ""}},
        // Wednesday 2026-11-18
        {"2026-11-18T09:00:00", "Asia/Jakarta", DateLean::Future, {"next friday", "2026-11-27", "", ""}},
        {"2026-11-18T09:00:00", "Asia/Jakarta", DateLean::Future, {"this friday", "2026-11-20", "", ""}},
        {"2026-11-18T09:00:00", "Asia/Jakarta", DateLean::Future, {"last friday", "2026-11-13", "", ""}},
        {"2026-11-18T09:00:00", "Asia/Jakarta", DateLean::Future, {"friday", "2026-11-20", "", ""}},
        {"2026-11-18T09:00:00", "Asia/Jakarta", DateLean::Past, {"friday", "2026-11-13", "", ""}},
        {"2026-11-18T09:00:00", "Asia/Jakarta", DateLean::Future, {"next week", "2026-11-23", "", ""}},
        {"2026-11-18T09:00:00", "Asia/Jakarta", DateLean::Future, {"end of week", "2026-11-22", "", ""}},
        {"2026-11-18T09:00:00", "Asia/Jakarta", DateLean::Future, {"Jumat ini", "2026-11-20", "", ""}},
    }));
    checkRow(row.row, contextFor(row), row.lean);
}

TEST_CASE("times in English: am and pm, 24-hour clocks, noon and midnight")
{
    const Row row = GENERATE(values<Row>({
        {"meeting at 5pm with Ana", "", "17:00", "meeting with Ana"},
        {"call 5pm", "", "17:00", "call"},
        {"call 5 pm", "", "17:00", "call"},
        {"call 5PM.", "", "17:00", "call"},
        {"call at 5 p.m. sharp", "", "17:00", "call sharp"},
        {"standup 5:30pm", "", "17:30", "standup"},
        {"standup 5.30pm", "", "17:30", "standup"},
        {"wake 6:45am", "", "06:45", "wake"},
        {"feed baby 12am", "", "00:00", "feed baby"},
        {"lunch 12pm", "", "12:00", "lunch"},
        {"standup 17:30", "", "17:30", "standup"},
        {"standup at 09:15", "", "09:15", "standup"},
        {"gym at 17", "", "17:00", "gym"},
        {"gym at 7", "", "07:00", "gym"},
        {"lunch at noon", "", "12:00", "lunch"},
        {"lunch 12 noon", "", "12:00", "lunch"},
        {"deploy at midnight", "", "00:00", "deploy"},
        {"run in the morning", "", "09:00", "run"},
        {"nap in the afternoon", "", "15:00", "nap"},
        {"dinner in the evening", "", "", "dinner in the evening"},
        {"feed baby 12:30am", "", "00:30", "feed baby"},
        {"run at 5 in the morning", "", "05:00", "run"},
        {"dinner at 7 in the evening", "", "19:00", "dinner"},
        {"sleep at 11 at night", "", "23:00", "sleep"},
        {"tea at 5 o'clock", "", "05:00", "tea"},
        {"report due by 5pm", "", "17:00", "report"},
        {"meet @ 3pm", "", "15:00", "meet"},
        {"call at 5pm then at 6pm", "", "17:00", "call then at 6pm"},
    }));
    checkRow(row, test::contextAt(), DateLean::Future);
}

TEST_CASE("times in Indonesian: jam and pukul with pagi, siang, sore and malam")
{
    const Row row = GENERATE(values<Row>({
        {"rapat jam 5 sore", "", "17:00", "rapat"},
        {"jam 3 sore jemput anak", "", "15:00", "jemput anak"},
        {"jam 7 pagi lari", "", "07:00", "lari"},
        {"jam 8 malam makan", "", "20:00", "makan"},
        {"jam 12 siang makan", "", "12:00", "makan"},
        {"jam 1 siang makan", "", "13:00", "makan"},
        {"jam 11 siang makan", "", "11:00", "makan"},
        {"jam 12 malam tidur", "", "00:00", "tidur"},
        {"jam 2 malam bangun", "", "02:00", "bangun"},
        {"rapat jam 17.30", "", "17:30", "rapat"},
        {"rapat 17.30", "", "17:30", "rapat"},
        {"rapat jam 5.30 sore", "", "17:30", "rapat"},
        {"pukul 9 rapat", "", "09:00", "rapat"},
        {"pukul 19.00 misa", "", "19:00", "misa"},
        {"rapat pada jam 10", "", "10:00", "rapat"},
        {"5 sore jemput", "", "17:00", "jemput"},
        {"5 pagi bangun", "", "05:00", "bangun"},
        {"jam setengah 8 rapat", "", "07:30", "rapat"},
        {"jam setengah 8 malam nonton", "", "19:30", "nonton"},
        {"makan jam 12 tengah malam", "", "00:00", "makan"},
        {"jam 8 malam ini nonton", "2026-11-22", "20:00", "nonton"},
        {"tidur jam 10 malam", "", "22:00", "tidur"},
    }));
    checkRow(row, test::contextAt(), DateLean::Future);
}

TEST_CASE("a date and a time in one line are both read, in either order")
{
    const Row row = GENERATE(values<Row>({
        {"tomorrow at 5pm call Ana", "2026-11-23", "17:00", "call Ana"},
        {"5pm tomorrow call Ana", "2026-11-23", "17:00", "call Ana"},
        {"call Ana tomorrow 17:30", "2026-11-23", "17:30", "call Ana"},
        {"dentist on friday at 9am", "2026-11-27", "09:00", "dentist"},
        {"movie tonight at 8", "2026-11-22", "20:00", "movie"},
        {"at 8 tonight movie", "2026-11-22", "20:00", "movie"},
        {"run tomorrow morning", "2026-11-23", "09:00", "run"},
        {"run tomorrow morning at 6", "2026-11-23", "06:00", "run"},
        {"nap this afternoon", "2026-11-22", "15:00", "nap"},
        {"dinner friday evening at 7", "2026-11-27", "19:00", "dinner"},
        {"party friday night", "2026-11-27", "", "party"},
        {"trip Dec 5 at 14:00", "2026-12-05", "14:00", "trip"},
        {"besok jam 7 pagi lari", "2026-11-23", "07:00", "lari"},
        {"besok pagi lari", "2026-11-23", "09:00", "lari"},
        {"besok siang makan", "2026-11-23", "12:00", "makan"},
        {"besok malam jam 8 nonton", "2026-11-23", "20:00", "nonton"},
        {"nanti sore jam 4 jemput", "2026-11-22", "16:00", "jemput"},
        {"Senin sore jam 4 rapat", "2026-11-23", "16:00", "rapat"},
        {"tanggal 5 Desember jam 10 rapat", "2026-12-05", "10:00", "rapat"},
        {"tomorrow at 5", "2026-11-23", "05:00", ""},
        {"Dec 5 2026 at 5pm", "2026-12-05", "17:00", ""},
        {"tomorrow night at 11", "2026-11-23", "23:00", ""},
        {"rapat Senin jam 9", "2026-11-23", "09:00", "rapat"},
        {"tgl 5/12 bayar", "2026-12-05", "", "bayar"},
        {"tomorrow tomorrow", "2026-11-23", "", "tomorrow"},
        {"friday or saturday", "2026-11-27", "", "or saturday"},
    }));
    checkRow(row, test::contextAt(), DateLean::Future);
}

TEST_CASE("written dates: month names, day numbers and ISO in both languages")
{
    const Row row = GENERATE(values<Row>({
        {"party Dec 5", "2026-12-05", "", "party"},
        {"party December 5", "2026-12-05", "", "party"},
        {"party 5 December", "2026-12-05", "", "party"},
        {"party 5 Dec 2027", "2027-12-05", "", "party"},
        {"party Dec 5th", "2026-12-05", "", "party"},
        {"party Dec 5, 2027", "2027-12-05", "", "party"},
        {"party on the 5th of December", "2026-12-05", "", "party"},
        {"party on Dec. 5", "2026-12-05", "", "party"},
        {"rent on the 5th", "2026-12-05", "", "rent"},
        {"rent by the 25th", "2026-11-25", "", "rent"},
        {"rent due 1st", "2026-12-01", "", "rent"},
        {"trip 5/12", "2026-12-05", "", "trip"},
        {"trip 5/12/2026", "2026-12-05", "", "trip"},
        {"trip 5/12/27", "2027-12-05", "", "trip"},
        {"trip 05-12-2026", "2026-12-05", "", "trip"},
        {"trip 5.12.2026", "2026-12-05", "", "trip"},
        {"trip 2026-12-05", "2026-12-05", "", "trip"},
        {"trip 2026-12-05T14:30", "2026-12-05", "14:30", "trip"},
        {"trip 2026-12-05 14:30", "2026-12-05", "14:30", "trip"},
        {"Christmas 25/12", "2026-12-25", "", "Christmas"},
        {"bayar tgl 5", "2026-12-05", "", "bayar"},
        {"bayar tgl 22", "2026-11-22", "", "bayar"},
        {"bayar tgl 30", "2026-11-30", "", "bayar"},
        {"bayar tgl 31", "2026-12-31", "", "bayar"},
        {"bayar tanggal 5 bulan depan", "2026-12-05", "", "bayar"},
        {"pada tanggal 5 rapat", "2026-12-05", "", "rapat"},
        {"tanggal 5 Desember ulang tahun", "2026-12-05", "", "ulang tahun"},
        {"5 Des rapat", "2026-12-05", "", "rapat"},
        {"tahun baru 1 Januari", "2027-01-01", "", "tahun baru"},
        {"14 Februari", "2027-02-14", "", ""},
        {"3 Maret", "2027-03-03", "", ""},
        {"21 April", "2027-04-21", "", ""},
        {"10 Mei", "2027-05-10", "", ""},
        {"1 Juni", "2027-06-01", "", ""},
        {"4 Juli", "2027-07-04", "", ""},
        {"17 Agustus upacara", "2027-08-17", "", "upacara"},
        {"17 Agt upacara", "2027-08-17", "", "upacara"},
        {"17 Agu upacara", "2027-08-17", "", "upacara"},
        {"9 September", "2027-09-09", "", ""},
        {"5 Okt", "2027-10-05", "", ""},
        {"28 Oktober", "2027-10-28", "", ""},
        {"30 November", "2026-11-30", "", ""},
        {"25 Desember", "2026-12-25", "", ""},
        {"3 Mar dentist", "2027-03-03", "", "dentist"},
        {"may 5 dentist", "2027-05-05", "", "dentist"},
    }));
    checkRow(row, test::contextAt(), DateLean::Future);
}

TEST_CASE("Indonesian day words are the local day relative to now")
{
    const Row row = GENERATE(values<Row>({
        {"besok beli roti", "2026-11-23", "", "beli roti"},
        {"beli roti hari ini", "2026-11-22", "", "beli roti"},
        {"nanti malam nonton", "2026-11-22", "", "nonton"},
        {"malam ini nonton", "2026-11-22", "", "nonton"},
        {"lusa ke dokter", "2026-11-24", "", "ke dokter"},
        {"besok lusa ke dokter", "2026-11-24", "", "ke dokter"},
        {"kemarin lari 5 km", "2026-11-21", "", "lari 5 km"},
        {"kemarin malam pesta", "2026-11-21", "", "pesta"},
        {"semalam hujan", "2026-11-21", "", "hujan"},
        {"semalem hujan", "2026-11-21", "", "hujan"},
        {"kemarin malem nonton", "2026-11-21", "", "nonton"},
        {"malam tadi hujan", "2026-11-21", "", "hujan"},
        {"tadi malam hujan", "2026-11-21", "", "hujan"},
        {"kemarin lusa jatuh", "2026-11-20", "", "jatuh"},
        {"minggu depan liburan", "2026-11-23", "", "liburan"},
        {"Minggu depan liburan", "2026-11-23", "", "liburan"},
        {"pekan depan liburan", "2026-11-23", "", "liburan"},
        {"minggu lalu sakit", "2026-11-09", "", "sakit"},
        {"bulan depan bayar pajak", "2026-12-01", "", "bayar pajak"},
        {"akhir bulan bayar listrik", "2026-11-30", "", "bayar listrik"},
        {"akhir tahun liburan", "2026-12-31", "", "liburan"},
        {"Besok: beli roti", "2026-11-23", "", "beli roti"},
    }));
    checkRow(row, test::contextAt(), DateLean::Future);
}

TEST_CASE("numbers and words that are not dates or times stay in the title")
{
    const Row row = GENERATE(values<Row>({
        {"buy 3 eggs", "", "", "buy 3 eggs"},
        {"makan siang 15k", "", "", "makan siang 15k"},
        {"ran 7.5 hours", "", "", "ran 7.5 hours"},
        {"ran 5 km", "", "", "ran 5 km"},
        {"10000 steps", "", "", "10000 steps"},
        {"p1 fix login bug", "", "", "p1 fix login bug"},
        {"tidur 8 jam", "", "", "tidur 8 jam"},
        {"tidur 7.5 jam", "", "", "tidur 7.5 jam"},
        {"tidur 8 jam 30 menit", "", "", "tidur 8 jam 30 menit"},
        {"it may rain", "", "", "it may rain"},
        {"sun is out", "", "", "sun is out"},
        {"sat on the sofa", "", "", "sat on the sofa"},
        {"march on", "", "", "march on"},
        {"every friday gym", "", "", "every friday gym"},
        {"setiap Senin olahraga", "", "", "setiap Senin olahraga"},
        {"read for 3 days", "", "", "read for 3 days"},
        {"minggu ini sibuk", "", "", "minggu ini sibuk"},
        {"latihan 2 minggu", "", "", "latihan 2 minggu"},
        {"3 minggu sekali", "", "", "3 minggu sekali"},
        {"score 3-5", "", "", "score 3-5"},
        {"coffee 7.50 usd", "", "", "coffee 7.50 usd"},
        {"bayar rp 12.30", "", "", "bayar rp 12.30"},
        // Every currency the amount reader knows, before or after the number, keeps it from being a time.
        {"souvenir 7.50 SGD", "", "", "souvenir 7.50 SGD"},
        {"pay RM 12.30", "", "", "pay RM 12.30"},
        {"kopi 7.50 MYR", "", "", "kopi 7.50 MYR"},
        {"ramen \u00A5 12.30", "", "", "ramen \u00A5 12.30"},
        {"taxi 12.30 aud", "", "", "taxi 12.30 aud"},
        {"page 5", "", "", "page 5"},
        {"kamar 12", "", "", "kamar 12"},
        {"meet at home", "", "", "meet at home"},
        {"half 1/2 cup sugar", "", "", "half 1/2 cup sugar"},
        {"menginap 3 malam", "", "", "menginap 3 malam"},
        {"jam dinding rusak", "", "", "jam dinding rusak"},
        {"beli 2 kg beras", "", "", "beli 2 kg beras"},
        {"at 5 km mark", "", "", "at 5 km mark"},
        {"chapter 5th", "", "", "chapter 5th"},
        {"Nov 2026 budget", "", "", "Nov 2026 budget"},
        {"morning pages", "", "", "morning pages"},
    }));
    checkRow(row, test::contextAt(), DateLean::Future);
}

TEST_CASE("impossible dates are not dates and their tokens stay")
{
    const Row row = GENERATE(values<Row>({
        {"split 31/2", "", "", "split 31/2"},
        {"ratio 13/13", "", "", "ratio 13/13"},
        {"Feb 30 party", "", "", "Feb 30 party"},
        {"31 April", "", "", "31 April"},
        {"29/2/2027", "", "", "29/2/2027"},
        {"2026-02-30", "", "", "2026-02-30"},
        {"2026-13-01", "", "", "2026-13-01"},
        {"at 25", "", "", "at 25"},
        {"at 17pm", "", "", "at 17pm"},
        {"99:99", "", "", "99:99"},
        {"jam 24", "", "", "jam 24"},
    }));
    checkRow(row, test::contextAt(), DateLean::Future);
}

TEST_CASE("an undirected date leans into the past for logs")
{
    const Row row = GENERATE(values<Row>({
        {"ran friday", "2026-11-20", "", "ran"},
        {"lari Jumat", "2026-11-20", "", "lari"},
        {"ran sunday", "2026-11-22", "", "ran"},
        {"ran monday", "2026-11-16", "", "ran"},
        {"party Dec 5", "2025-12-05", "", "party"},
        {"party Nov 22", "2026-11-22", "", "party"},
        {"party Nov 23", "2025-11-23", "", "party"},
        {"paid tgl 5", "2026-11-05", "", "paid"},
        {"paid tgl 25", "2026-10-25", "", "paid"},
        {"trip 5/12", "2025-12-05", "", "trip"},
        {"leap Feb 29", "2024-02-29", "", "leap"},
        {"next friday", "2026-11-27", "", ""},
    }));
    checkRow(row, test::contextAt(), DateLean::Past);
}

TEST_CASE("month ends, year ends and leap days use calendar arithmetic")
{
    const ContextRow row = GENERATE(values<ContextRow>({
        {"2026-01-31T10:00:00", "Asia/Jakarta", DateLean::Future, {"in a month", "2026-02-28", "", ""}},
        {"2028-01-31T10:00:00", "Asia/Jakarta", DateLean::Future, {"in a month", "2028-02-29", "", ""}},
        {"2026-01-31T10:00:00", "Asia/Jakarta", DateLean::Future, {"sebulan lagi", "2026-02-28", "", ""}},
        {"2026-03-31T10:00:00", "Asia/Jakarta", DateLean::Future, {"a month ago", "2026-02-28", "", ""}},
        {"2028-02-29T10:00:00", "Asia/Jakarta", DateLean::Future, {"in a year", "2029-02-28", "", ""}},
        {"2026-12-31T10:00:00", "Asia/Jakarta", DateLean::Future, {"tomorrow", "2027-01-01", "", ""}},
        {"2026-12-31T10:00:00", "Asia/Jakarta", DateLean::Future, {"besok", "2027-01-01", "", ""}},
        {"2027-01-01T10:00:00", "Asia/Jakarta", DateLean::Future, {"yesterday", "2026-12-31", "", ""}},
        {"2026-12-20T10:00:00", "Asia/Jakarta", DateLean::Future, {"Jan 5", "2027-01-05", "", ""}},
        {"2026-12-20T10:00:00", "Asia/Jakarta", DateLean::Past, {"Jan 5", "2026-01-05", "", ""}},
        {"2026-12-20T10:00:00", "Asia/Jakarta", DateLean::Future, {"next week", "2026-12-21", "", ""}},
        {"2026-12-28T10:00:00", "Asia/Jakarta", DateLean::Future, {"next month", "2027-01-01", "", ""}},
        {"2026-12-31T10:00:00", "Asia/Jakarta", DateLean::Future, {"tgl 5", "2027-01-05", "", ""}},
        {"2026-11-22T10:00:00", "Asia/Jakarta", DateLean::Future, {"Feb 29", "2028-02-29", "", ""}},
        {"2028-02-10T10:00:00", "Asia/Jakarta", DateLean::Future, {"Feb 29", "2028-02-29", "", ""}},
        {"2026-11-22T10:00:00", "Asia/Jakarta", DateLean::Future, {"29/2/2028", "2028-02-29", "", ""}},
        {"2028-02-03T10:00:00", "Asia/Jakarta", DateLean::Future, {"end of month", "2028-02-29", "", ""}},
        {"2026-02-03T10:00:00", "Asia/Jakarta", DateLean::Future, {"akhir bulan", "2026-02-28", "", ""}},
        {"2026-02-01T10:00:00", "Asia/Jakarta", DateLean::Future, {"tgl 30", "2026-03-30", "", ""}},
        {"2026-03-01T10:00:00", "Asia/Jakarta", DateLean::Past, {"tgl 30", "2026-01-30", "", ""}},
        {"2026-01-31T10:00:00", "Asia/Jakarta", DateLean::Future, {"tgl 31", "2026-01-31", "", ""}},
    }));
    checkRow(row.row, contextFor(row), row.lean);
}

TEST_CASE("the local day counts, across DST changes and when UTC is on another day")
{
    const ContextRow row = GENERATE(values<ContextRow>({
        // Berlin springs forward in the night to 2026-03-29 and falls back in the night to 2026-10-25.
        {"2026-03-28T23:30:00", "Europe/Berlin", DateLean::Future, {"tomorrow", "2026-03-29", "", ""}},
        {"2026-03-28T23:30:00", "Europe/Berlin", DateLean::Future, {"today", "2026-03-28", "", ""}},
        {"2026-03-28T23:30:00", "Europe/Berlin", DateLean::Future, {"in 2 days", "2026-03-30", "", ""}},
        {"2026-03-28T23:30:00", "Europe/Berlin", DateLean::Future, {"tomorrow at 2:30", "2026-03-29", "02:30", ""}},
        {"2026-03-28T23:30:00", "Europe/Berlin", DateLean::Future, {"sunday", "2026-03-29", "", ""}},
        {"2026-10-24T23:30:00", "Europe/Berlin", DateLean::Future, {"tomorrow", "2026-10-25", "", ""}},
        {"2026-10-25T02:30:00", "Europe/Berlin", DateLean::Future, {"today", "2026-10-25", "", ""}},
        {"2026-10-25T23:30:00", "Europe/Berlin", DateLean::Future, {"tomorrow", "2026-10-26", "", ""}},
        {"2026-10-25T23:30:00", "Europe/Berlin", DateLean::Future, {"yesterday", "2026-10-24", "", ""}},
        // 17:30 UTC is already 00:30 the next day in Jakarta …
        {"2026-11-22T17:30:00Z", "Asia/Jakarta", DateLean::Future, {"today", "2026-11-23", "", ""}},
        {"2026-11-22T17:30:00Z", "Asia/Jakarta", DateLean::Future, {"besok", "2026-11-24", "", ""}},
        {"2026-11-22T16:30:00Z", "Asia/Jakarta", DateLean::Future, {"hari ini", "2026-11-22", "", ""}},
        // … and 07:30 UTC is still 23:30 the previous day in Los Angeles.
        {"2026-11-23T07:30:00Z", "America/Los_Angeles", DateLean::Future, {"today", "2026-11-22", "", ""}},
        {"2026-11-23T07:30:00Z", "America/Los_Angeles", DateLean::Future, {"tomorrow", "2026-11-23", "", ""}},
    }));
    checkRow(row.row, contextFor(row), row.lean);
}

TEST_CASE("numeric dates follow the user's date order")
{
    const ContextRow row = GENERATE(values<ContextRow>({
        {"2026-11-22T10:00:00", "", DateLean::Future, {"trip 12/5", "2026-12-05", "", "trip"}},
        {"2026-11-22T10:00:00", "", DateLean::Future, {"trip 5/12", "2027-05-12", "", "trip"}},
        {"2026-11-22T10:00:00", "", DateLean::Future, {"trip 12/5/2026", "2026-12-05", "", "trip"}},
        {"2026-11-22T10:00:00", "", DateLean::Future, {"trip 2026-12-05", "2026-12-05", "", "trip"}},
        {"2026-11-22T10:00:00", "", DateLean::Future, {"trip 25/12", "", "", "trip 25/12"}},
    }));
    checkRow(row.row, test::monthFirstContext(QString::fromUtf8(row.now)), row.lean);
}

TEST_CASE("tokens taken by another extractor are not read again")
{
    CaptureText text(QStringLiteral("pay 5 dec tomorrow"));
    text.consume(2); // another extractor took "dec"
    const TemporalMatch match = TemporalExtractor::extract(text, test::contextAt(), DateLean::Future);
    CHECK(match.date == QDate(2026, 11, 23));
    CHECK(text.remainder() == QStringLiteral("pay 5"));
}

TEST_CASE("a one-megabyte line is read to its end")
{
    QString line;
    const QString chunk = QStringLiteral("buy 3 eggs at home 7.5 km on the way and 15k minggu ini ");
    while (line.size() < 1024 * 1024)
        line += chunk;
    line += QStringLiteral("tomorrow at 5pm");
    CaptureText text(line);
    // How fast is measured by bench_capture (a test never asserts time); this checks the whole line is read.
    const TemporalMatch match = TemporalExtractor::extract(text, test::contextAt(), DateLean::Future);
    CHECK(match.date == QDate(2026, 11, 23));
    CHECK(match.time == QTime(17, 0));
}
