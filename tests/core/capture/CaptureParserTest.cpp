// The offline capture parser, table-driven: what kind a line becomes, its title, and the amount, measurement,
// tags and priority read from it. The last test case checks the dates the parser settles on for each kind.
#include "capture/CaptureParser.h"

#include "CaptureTestSupport.h"
#include "capture/QuantityWord.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>

using namespace lifeos;

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string kindOf(const ParsedCapture &parsed)
{
    return captureKindName(parsed.kind).toStdString();
}

ParsedCapture parsed(const std::string &text, const ParseContext &ctx = test::contextAt())
{
    return CaptureParser::parse(qs(text), ctx);
}

void checkConfidence(const ParsedCapture &result, bool sure)
{
    CHECK(result.confidence >= 0.0);
    CHECK(result.confidence <= 1.0);
    if (sure)
        CHECK(result.confidence >= 0.5);
    else
        CHECK(result.confidence < 0.5);
}

} // namespace

TEST_CASE("a line is filed as the kind its words say, with the parsed-away words out of the title")
{
    auto [input, kind, title, sure] = GENERATE(table<std::string, std::string, std::string, bool>({
        // tasks, English
        {"buy bread", "task", "Buy bread", true},
        {"call mom", "task", "Call mom", true},
        {"email the landlord about the leak", "task", "Email the landlord about the leak", true},
        {"pay the electricity bill", "task", "Pay the electricity bill", true},
        {"fix the bike", "task", "Fix the bike", true},
        {"send invoice to ACME", "task", "Send invoice to ACME", true},
        {"book flights to Bali", "task", "Book flights to Bali", true},
        {"pick up the kids", "task", "Pick up the kids", true},
        {"finish the report", "task", "Finish the report", true},
        {"submit tax return", "task", "Submit tax return", true},
        {"buy 3 eggs", "task", "Buy 3 eggs", true},
        {"call 911", "task", "Call 911", true},
        {"todo: water the plants", "task", "Water the plants", true},
        {"task: renew passport", "task", "Renew passport", true},
        {"remind me to call the dentist", "task", "Call the dentist", true},
        {"don't forget to feed the cat", "task", "Feed the cat", true},
        {"need to renew my SIM card", "task", "Need to renew my SIM card", true},
        {"I have to submit the form", "task", "I have to submit the form", true},
        // tasks, Indonesian
        {"beli roti", "task", "Beli roti", true},
        {"telepon ibu", "task", "Telepon ibu", true},
        {"kirim laporan ke pak Budi", "task", "Kirim laporan ke pak Budi", true},
        {"bayar listrik", "task", "Bayar listrik", true},
        {"ambil paket di kantor pos", "task", "Ambil paket di kantor pos", true},
        {"selesaikan presentasi", "task", "Selesaikan presentasi", true},
        {"jangan lupa beli obat", "task", "Beli obat", true},
        {"ingatkan saya untuk minum obat", "task", "Minum obat", true},
        {"tugas: cuci mobil", "task", "Cuci mobil", true},
        {"beli 2 kg beras", "task", "Beli 2 kg beras", true},
        {"harus ke bank", "task", "Harus ke bank", true},
        {"perbaiki atap bocor", "task", "Perbaiki atap bocor", true},
        // notes: marked ones are sure; unmarked lines with nothing to go on are notes below 0.5, kept whole
        {"note: the wifi password is on the fridge", "note", "The wifi password is on the fridge", true},
        {"idea: a podcast about local history", "note", "A podcast about local history", true},
        {"catatan: nomor kamar 101", "note", "Nomor kamar 101", true},
        {"ide: bikin aplikasi resep", "note", "Bikin aplikasi resep", true},
        {"3 eggs", "note", "3 eggs", false},
        {"room 101", "note", "Room 101", false},
        {"blue whale facts", "note", "Blue whale facts", false},
        {"the meaning of life", "note", "The meaning of life", false},
        {"42", "note", "42", false},
        {"note the time", "note", "Note the time", false},
        {"iPhone charger ideas", "note", "iPhone charger ideas", false},
        {"chapter 12 notes", "note", "Chapter 12 notes", false},
        {"went to the gym", "note", "Went to the gym", false},
        {"bought 3 eggs", "note", "Bought 3 eggs", false},
        {"mood 11", "note", "Mood 11", false},
        {"kopi 3", "note", "Kopi 3", false},
        {"buku catatan baru", "note", "Buku catatan baru", false},
        {"resep nasi goreng kampung", "note", "Resep nasi goreng kampung", false},
        // journal lines keep their words: they are the entry
        {"journal: long day but a good one", "journal", "Long day but a good one", true},
        {"j: quiet morning", "journal", "Quiet morning", true},
        {"jurnal: capek banget", "journal", "Capek banget", true},
        {"diary: first snow", "journal", "First snow", true},
        {"felt anxious before the presentation", "journal", "Felt anxious before the presentation", true},
        {"I feel calmer after talking to Sam", "journal", "I feel calmer after talking to Sam", true},
        {"grateful for my friends", "journal", "Grateful for my friends", true},
        {"merasa senang sekali", "journal", "Merasa senang sekali", true},
        {"aku merasa lelah", "journal", "Aku merasa lelah", true},
        {"I went to the market and met Budi", "journal", "I went to the market and met Budi", true},
        {"saya bersyukur atas keluarga", "journal", "Saya bersyukur atas keluarga", true},
        {"today was a good day", "journal", "Today was a good day", true},
        {"hari ini aku senang", "journal", "Hari ini aku senang", true},
        {"j: ran 5km and felt great", "journal", "Ran 5km and felt great", true},
    }));
    CAPTURE(input);
    const ParsedCapture result = parsed(input);
    CHECK(kindOf(result) == kind);
    CHECK(result.title == qs(title));
    CHECK(result.raw == qs(input));
    checkConfidence(result, sure);
}

TEST_CASE("money is read in integer minor units of the written or default currency")
{
    // minor < 0: no amount is read
    auto [input, kind, title, minor, currency, category] =
        GENERATE(table<std::string, std::string, std::string, qint64, std::string, std::string>({
            {"coffee 15k", "expense", "Coffee", 15000, "IDR", "food"},
            {"kopi 15rb", "expense", "Kopi", 15000, "IDR", "food"},
            {"kopi 15 ribu", "expense", "Kopi", 15000, "IDR", "food"},
            {"laptop 1.5jt", "expense", "Laptop", 1500000, "IDR", ""},
            {"sepatu 2 juta", "expense", "Sepatu", 2000000, "IDR", "shopping"},
            {"groceries Rp 150.000", "expense", "Groceries", 150000, "IDR", "food"},
            {"bensin Rp15,000", "expense", "Bensin", 15000, "IDR", "transport"},
            {"bensin Rp. 20.000", "expense", "Bensin", 20000, "IDR", "transport"},
            {"lunch $12.50", "expense", "Lunch", 1250, "USD", "food"},
            {"ebook 12.50 USD", "expense", "Ebook", 1250, "USD", ""},
            {"croissant \u20AC3,50", "expense", "Croissant", 350, "EUR", ""},
            {"dinner 1.234,56 EUR", "expense", "Dinner", 123456, "EUR", "food"},
            {"taxi 12 USD", "expense", "Taxi", 1200, "USD", "transport"},
            {"USD 20 dinner", "expense", "Dinner", 2000, "USD", "food"},
            {"hotel 1,234.50 SGD", "expense", "Hotel", 123450, "SGD", ""},
            {"souvenir 10 dollars", "expense", "Souvenir", 1000, "USD", ""},
            {"spent 50k on lunch", "expense", "Lunch", 50000, "IDR", "food"},
            {"paid 350rb for electricity", "expense", "Electricity", 350000, "IDR", "bills"},
            {"bayar listrik 350rb", "expense", "Listrik", 350000, "IDR", "bills"},
            {"beli kopi 20rb", "expense", "Kopi", 20000, "IDR", "food"},
            {"jajan bakso 25rb", "expense", "Bakso", 25000, "IDR", "food"},
            {"grab ke kantor 32rb", "expense", "Grab ke kantor", 32000, "IDR", "transport"},
            {"parkir 5000", "expense", "Parkir", 5000, "IDR", "transport"},
            {"makan 25.000", "expense", "Makan", 25000, "IDR", "food"},
            {"kopi 25000 di kantor", "expense", "Kopi di kantor", 25000, "IDR", "food"},
            {"netflix 186rb", "expense", "Netflix", 186000, "IDR", "entertainment"},
            {"obat 45rb", "expense", "Obat", 45000, "IDR", "health"},
            {"tiket konser 1,5 juta", "expense", "Tiket konser", 1500000, "IDR", "entertainment"},
            {"lunch for 75rb", "expense", "Lunch", 75000, "IDR", "food"},
            {"50k for gofood", "expense", "Gofood", 50000, "IDR", "food"},
            {"coffee 15k for Budi", "expense", "Coffee for Budi", 15000, "IDR", "food"},
            {"pulsa 100rb", "expense", "Pulsa", 100000, "IDR", "bills"},
            {"beli telur 30000", "expense", "Telur", 30000, "IDR", ""},
            {"sewa kos 1.500.000", "expense", "Sewa kos", 1500000, "IDR", "bills"},
            {"rumah 1,2 miliar", "expense", "Rumah", 1200000000, "IDR", ""},
            {"expense: team lunch 300rb", "expense", "Team lunch", 300000, "IDR", "food"},
            {"spent 50k", "expense", "Spent", 50000, "IDR", ""},
            // income
            {"salary 15jt", "income", "Salary", 15000000, "IDR", "salary"},
            {"gaji 10 juta", "income", "Gaji", 10000000, "IDR", "salary"},
            {"got paid 5jt for the logo", "income", "The logo", 5000000, "IDR", ""},
            {"received $200 from Acme", "income", "From Acme", 20000, "USD", ""},
            {"bonus 2jt", "income", "Bonus", 2000000, "IDR", ""},
            {"terima 500rb dari Budi", "income", "Dari Budi", 500000, "IDR", ""},
            {"dapat 100k dari arisan", "income", "Dari arisan", 100000, "IDR", ""},
            {"sold the old bike 2 juta", "income", "Sold the old bike", 2000000, "IDR", ""},
            {"refund 150rb", "income", "Refund", 150000, "IDR", ""},
            {"income: freelance 3jt", "income", "Freelance", 3000000, "IDR", ""},
            {"dividend $35.20", "income", "Dividend", 3520, "USD", ""},
            // amounts inside notes are reported, the kind follows the marker and the words stay
            {"idea: sell the bike for 2 juta", "note", "Sell the bike for 2 juta", 2000000, "IDR", ""},
            {"note: the flight was $450", "note", "The flight was $450", 45000, "USD", ""},
            {"catatan: harga sewa 3jt per bulan", "note", "Harga sewa 3jt per bulan", 3000000, "IDR", ""},
            // numbers that are not money
            {"3 eggs", "note", "3 eggs", -1, "", ""},
            {"room 101", "note", "Room 101", -1, "", ""},
            {"call 911", "task", "Call 911", -1, "", ""},
            {"buy 3 eggs", "task", "Buy 3 eggs", -1, "", ""},
            {"beli 2 kg beras", "task", "Beli 2 kg beras", -1, "", ""},
            {"kopi 3", "note", "Kopi 3", -1, "", ""},
            {"10k steps", "metric", "Steps", -1, "", ""},
            {"ran a 5k", "workout", "Run", -1, "", ""},
        }));
    CAPTURE(input);
    const ParsedCapture result = parsed(input);
    CHECK(kindOf(result) == kind);
    CHECK(result.title == qs(title));
    if (minor < 0) {
        CHECK_FALSE(result.amount.has_value());
    } else {
        REQUIRE(result.amount.has_value());
        CHECK(result.amount->minor == minor);
        CHECK(result.amount->currency == qs(currency));
    }
    if (kind == "expense" || kind == "income")
        CHECK(result.category == qs(category));
    checkConfidence(result, kind != "note" || input.find(':') != std::string::npos);
}

TEST_CASE("an amount without a currency takes the default one, except rupiah words")
{
    auto [input, defaultCurrency, minor, currency] = GENERATE(table<std::string, std::string, qint64, std::string>({
        {"coffee 15k", "USD", 1500000, "USD"},
        {"lunch 8.99", "USD", 899, "USD"},
        {"lunch $12.50", "USD", 1250, "USD"},
        {"lunch 12,50", "EUR", 1250, "EUR"},
        {"kopi 15rb", "USD", 15000, "IDR"},
        {"coffee 4", "USD", 400, "USD"},
        {"coffee Rp 15.000", "USD", 15000, "IDR"},
        {"coffee 15k", "JPY", 15000, "JPY"},
    }));
    CAPTURE(input, defaultCurrency);
    ParseContext ctx = test::contextAt();
    ctx.defaultCurrency = qs(defaultCurrency);
    const ParsedCapture result = parsed(input, ctx);
    CHECK(kindOf(result) == "expense");
    REQUIRE(result.amount.has_value());
    CHECK(result.amount->minor == minor);
    CHECK(result.amount->currency == qs(currency));
}

TEST_CASE("a measurement is filed as a metric in its canonical unit, titled by its label")
{
    auto [input, title, name, value, unit] =
        GENERATE(table<std::string, std::string, std::string, double, std::string>({
            {"slept 7h20", "Sleep", "sleep", 7.333, "h"},
            {"slept 7h20 last night", "Sleep", "sleep", 7.333, "h"},
            {"sleep 8h", "Sleep", "sleep", 8, "h"},
            {"slept 7.5 hours", "Sleep", "sleep", 7.5, "h"},
            {"slept 7:30", "Sleep", "sleep", 7.5, "h"},
            {"slept for 6 hours", "Sleep", "sleep", 6, "h"},
            {"8h sleep", "Sleep", "sleep", 8, "h"},
            {"slept 90m", "Sleep", "sleep", 1.5, "h"},
            {"slept 7", "Sleep", "sleep", 7, "h"},
            {"tidur 8 jam", "Sleep", "sleep", 8, "h"},
            {"tidur 7 jam 30 menit", "Sleep", "sleep", 7.5, "h"},
            {"tidur 6,5 jam", "Sleep", "sleep", 6.5, "h"},
            {"semalam tidur 5 jam", "Sleep", "sleep", 5, "h"},
            {"tidur 8 jam semalam", "Sleep", "sleep", 8, "h"},
            {"weight 72.5kg", "Weight", "weight", 72.5, "kg"},
            {"weight 72.5 kg", "Weight", "weight", 72.5, "kg"},
            {"weighed 160 lb", "Weight", "weight", 72.57, "kg"},
            {"berat 70 kg", "Weight", "weight", 70, "kg"},
            {"berat badan 68,5 kg", "Weight", "weight", 68.5, "kg"},
            {"bb 70", "Weight", "weight", 70, "kg"},
            {"72.5 kg", "Weight", "weight", 72.5, "kg"},
            {"berat 70 kilo", "Weight", "weight", 70, "kg"},
            {"water 500ml", "Water", "water", 500, "ml"},
            {"water 1.5 l", "Water", "water", 1500, "ml"},
            {"drank 3 glasses of water", "Water", "water", 750, "ml"},
            {"2 cups of water", "Water", "water", 480, "ml"},
            {"minum 2 gelas air", "Water", "water", 500, "ml"},
            {"minum 2 gelas", "Water", "water", 500, "ml"},
            {"minum air 600 ml", "Water", "water", 600, "ml"},
            {"air putih 2 gelas", "Water", "water", 500, "ml"},
            {"water 2000", "Water", "water", 2000, "ml"},
            {"water 3", "Water", "water", 750, "ml"},
            {"steps 8000", "Steps", "steps", 8000, "steps"},
            {"8,500 steps", "Steps", "steps", 8500, "steps"},
            {"10k steps", "Steps", "steps", 10000, "steps"},
            {"langkah 12.000", "Steps", "steps", 12000, "steps"},
            {"walked 10000 steps", "Steps", "steps", 10000, "steps"},
            {"mood 7", "Mood", "mood", 7, "/10"},
            {"mood 7/10", "Mood", "mood", 7, "/10"},
            {"mood: 8", "Mood", "mood", 8, "/10"},
            {"suasana hati 6", "Mood", "mood", 6, "/10"},
            {"energy 6", "Energy", "energy", 6, "/10"},
            {"energi 5/10", "Energy", "energy", 5, "/10"},
            {"energy 4 out of 10", "Energy", "energy", 4, "/10"},
            {"energi 3 dari 10", "Energy", "energy", 3, "/10"},
            {"sauna 20 min", "Sauna", "sauna", 20, "min"},
            {"sauna 15 menit", "Sauna", "sauna", 15, "min"},
            {"sauna 20", "Sauna", "sauna", 20, "min"},
            {"mood 7 after the walk", "Mood after the walk", "mood", 7, "/10"},
            {"weight 71 kg after breakfast", "Weight after breakfast", "weight", 71, "kg"},
        }));
    CAPTURE(input);
    const ParsedCapture result = parsed(input);
    CHECK(kindOf(result) == "metric");
    CHECK(result.title == qs(title));
    REQUIRE(result.metric.has_value());
    CHECK(result.metric->name == qs(name));
    CHECK(result.metric->value == Approx(value).margin(0.001));
    CHECK(result.metric->unit == qs(unit));
    CHECK_FALSE(result.amount.has_value());
    checkConfidence(result, true);
}

TEST_CASE("sleep and sauna carry their duration in minutes too")
{
    auto [input, minutes] = GENERATE(table<std::string, double>({
        {"slept 7h20", 440},
        {"tidur 1 jam 30 menit", 90},
        {"sauna 25 min", 25},
        {"slept 6:45", 405},
    }));
    CAPTURE(input);
    const ParsedCapture result = parsed(input);
    REQUIRE(result.durationMin.has_value());
    CHECK(*result.durationMin == Approx(minutes));
}

TEST_CASE("sleep said of last night is filed on the day the sleeper woke")
{
    auto [input] = GENERATE(table<std::string>({
        {"slept 7h20 last night"},
        {"tidur 8 jam semalam"},
        {"semalam tidur 6 jam"},
        {"slept 7:30 last night"},
        {"tadi malam tidur 5 jam"},
    }));
    CAPTURE(input);
    const ParsedCapture result = parsed(input);
    CHECK(kindOf(result) == "metric");
    CHECK(result.title == QStringLiteral("Sleep"));
    CHECK(result.date == QDate(2026, 11, 22));
}

TEST_CASE("the user's own metrics are read by name or alias before the built-in words")
{
    auto [input, kind, name, value] = GENERATE(table<std::string, std::string, std::string, double>({
        {"caffeine 200mg", "metric", "caffeine", 200},
        {"kopi 200 mg", "metric", "caffeine", 200},
        {"meditasi 15", "metric", "meditation", 15},
        {"meditate 20 min", "metric", "meditation", 20},
        {"kopi 15k", "expense", "", 0},
    }));
    CAPTURE(input);
    ParseContext ctx = test::contextAt();
    ctx.customMetrics = {CustomMetric{QStringLiteral("caffeine"), QStringLiteral("mg"), {QStringLiteral("kopi")}},
                         CustomMetric{QStringLiteral("meditation"),
                                      QStringLiteral("min"),
                                      {QStringLiteral("meditasi"), QStringLiteral("meditate")}}};
    const ParsedCapture result = parsed(input, ctx);
    CHECK(kindOf(result) == kind);
    if (kind == "metric") {
        REQUIRE(result.metric.has_value());
        CHECK(result.metric->name == qs(name));
        CHECK(result.metric->value == Approx(value));
        CHECK(result.metric->unit == ctx.customMetrics.at(name == "caffeine" ? 0 : 1).unit);
        CHECK(result.title == qs(name).left(1).toUpper() + qs(name).mid(1));
    } else {
        CHECK(result.amount == Money{15000, QStringLiteral("IDR")});
    }
}

TEST_CASE("an activity with a duration or distance is a workout")
{
    // -1: not said
    auto [input, title, activity, minutes, km] = GENERATE(table<std::string, std::string, std::string, double, double>({
        {"ran 5km", "Run", "run", -1, 5},
        {"run 5 km in 28 min", "Run", "run", 28, 5},
        {"ran 3.2 mi", "Run", "run", -1, 5.15},
        {"jog 30 min", "Run", "run", 30, -1},
        {"lari 5 km", "Run", "run", -1, 5},
        {"lari 5 kilo", "Run", "run", -1, 5},
        {"ran a 5k", "Run", "run", -1, 5},
        {"went for a run 30 min", "Run", "run", 30, -1},
        {"easy run 5km", "Easy run", "run", -1, 5},
        {"ran 5km with Sarah", "Ran with Sarah", "run", -1, 5},
        {"walk 45 min", "Walk", "walk", 45, -1},
        {"jalan kaki 30 menit", "Walk", "walk", 30, -1},
        {"walked 4 km in 50 minutes", "Walk", "walk", 50, 4},
        {"cycled 20 km", "Cycle", "cycle", -1, 20},
        {"gowes 25 km 1 jam 30 menit", "Cycle", "cycle", 90, 25},
        {"bike 1:30", "Cycle", "cycle", 90, -1},
        {"sepeda 40 menit", "Cycle", "cycle", 40, -1},
        {"swim 1.5 km", "Swim", "swim", -1, 1.5},
        {"renang 45 menit", "Swim", "swim", 45, -1},
        {"swam 800 meters", "Swim", "swim", -1, 0.8},
        {"yoga 45 min", "Yoga", "yoga", 45, -1},
        {"gym 1h", "Gym", "gym", 60, -1},
        {"lifted weights for 50 min", "Lift", "lift", 50, -1},
        {"hike 12 km 4 hours", "Hike", "hike", 240, 12},
        {"mendaki 3 jam", "Hike", "hike", 180, -1},
        {"futsal 2 jam", "Futsal", "futsal", 120, -1},
        {"badminton 1 jam", "Badminton", "badminton", 60, -1},
        {"bulutangkis 90m", "Badminton", "badminton", 90, -1},
        {"tennis 1.5 hours", "Tennis", "tennis", 90, -1},
        {"yoga setengah jam", "Yoga", "yoga", 30, -1},
        {"run an hour", "Run", "run", 60, -1},
        {"run two hours", "Run", "run", 120, -1},
        {"lari dua jam", "Run", "run", 120, -1},
        {"yoga ten minutes", "Yoga", "yoga", 10, -1},
        {"renang sejam", "Swim", "swim", 60, -1},
    }));
    CAPTURE(input);
    const ParsedCapture result = parsed(input);
    CHECK(kindOf(result) == "workout");
    CHECK(result.title == qs(title));
    CHECK(result.activity == qs(activity));
    if (minutes < 0) {
        CHECK_FALSE(result.durationMin.has_value());
    } else {
        REQUIRE(result.durationMin.has_value());
        CHECK(*result.durationMin == Approx(minutes));
    }
    if (km < 0) {
        CHECK_FALSE(result.distanceKm.has_value());
    } else {
        REQUIRE(result.distanceKm.has_value());
        CHECK(*result.distanceKm == Approx(km).margin(0.001));
    }
    CHECK_FALSE(result.amount.has_value());
    checkConfidence(result, true);
}

TEST_CASE("tags and priority are read out of the line and kept out of the title")
{
    // tags joined by ','; priority 0: none
    auto [input, kind, title, tags, priority] =
        GENERATE(table<std::string, std::string, std::string, std::string, int>({
            {"buy milk #groceries", "task", "Buy milk", "groceries", 0},
            {"call mom #family #Family", "task", "Call mom", "family", 0},
            {"#Work finish slides", "task", "Finish slides", "Work", 0},
            {"fix bug #work #urgent", "task", "Fix bug", "work,urgent", 0},
            {"fix bug p1", "task", "Fix bug", "", 1},
            {"fix bug P2", "task", "Fix bug", "", 2},
            {"email Sam p3", "task", "Email Sam", "", 3},
            {"clean garage p4", "task", "Clean garage", "", 4},
            {"pay rent !", "task", "Pay rent", "", 2},
            {"pay rent !!", "task", "Pay rent", "", 1},
            {"pay rent !!!", "task", "Pay rent", "", 1},
            {"submit report ! p3", "task", "Submit report", "", 2},
            {"call the bank!", "task", "Call the bank!", "", 0},
            {"quarterly review p2", "task", "Quarterly review", "", 2},
            {"#1 fan", "note", "#1 fan", "", 0},
            {"p5 release", "note", "P5 release", "", 0},
            {"coffee 15k #treat", "expense", "Coffee", "treat", 0},
            {"note: #ideas podcast names", "note", "Podcast names", "ideas", 0},
            {"#ideas note: podcast names", "note", "Podcast names", "ideas", 0},
            {"beli pulsa #rumah !", "task", "Beli pulsa", "rumah", 2},
            {"journal: #gratitude sunny walk", "journal", "Sunny walk", "gratitude", 0},
            {"tags only #a #b", "note", "Tags only", "a,b", 0},
            {"cafe notes #w\u00F6rld, #caf\u00E9.", "note", "Cafe notes", "w\u00F6rld,caf\u00E9", 0},
            {"ran 5km #morning", "workout", "Run", "morning", 0},
            {"mood 8 #happy", "metric", "Mood", "happy", 0},
        }));
    CAPTURE(input);
    const ParsedCapture result = parsed(input);
    CHECK(kindOf(result) == kind);
    CHECK(result.title == qs(title));
    CHECK(result.tags == (tags.empty() ? QStringList() : qs(tags).split(u',')));
    if (priority == 0)
        CHECK_FALSE(result.priority.has_value());
    else
        CHECK(result.priority == priority);
}

TEST_CASE("empty and whitespace-only lines are empty notes with no confidence")
{
    auto [input] = GENERATE(table<std::string>({{""}, {" "}, {"   "}, {"\t\n  "}, {"\r\n"}}));
    CAPTURE(input);
    const ParsedCapture result = parsed(input);
    CHECK(kindOf(result) == "note");
    CHECK(result.title.isEmpty());
    CHECK(result.raw == qs(input));
    CHECK(result.confidence == 0.0);
}

TEST_CASE("odd characters are kept in raw and, but for control characters, in the title")
{
    auto [input, kind, title] = GENERATE(table<std::string, std::string, std::string>({
        {"buy milk\x07", "task", "Buy milk"},
        {"\x01\x02", "note", ""},
        {"note with \x1b[31m escape", "note", "Note with [31m escape"},
        {"col a\tcol b", "note", "Col a\tcol b"},
        {"line one\nline two", "note", "Line one line two"},
        {"family \U0001F468\u200D\U0001F469\u200D\U0001F467 dinner 150rb",
         "expense",
         "Family \U0001F468\u200D\U0001F469\u200D\U0001F467 dinner"},
        {"\U0001F389\U0001F389\U0001F389", "note", "\U0001F389\U0001F389\U0001F389"},
        {"\U0001F3C3 ran 5km", "workout", "\U0001F3C3 ran"},
        {"\u0627\u0634\u062A\u0631\u064A \u0627\u0644\u062E\u0628\u0632",
         "note",
         "\u0627\u0634\u062A\u0631\u064A \u0627\u0644\u062E\u0628\u0632"},
        {"\u05E7\u05E4\u05D4 15k", "expense", "\u05E7\u05E4\u05D4"},
        {"buy \u200Fmilk\u200E", "task", "Buy \u200Fmilk\u200E"},
        {"#", "note", "#"},
        {":", "note", ""},
        {"coffee 99999999999999999999k", "note", "Coffee 99999999999999999999k"},
        {"Rp", "note", "Rp"},
        {"\u00FCber cool", "note", "\u00DCber cool"},
    }));
    CAPTURE(input);
    const ParsedCapture result = parsed(input);
    CHECK(result.raw == qs(input));
    CHECK(kindOf(result) == kind);
    CHECK(result.title == qs(title));
    for (QChar c : result.title)
        CHECK((c.unicode() >= 0x20 || c == u'\t'));
}

TEST_CASE("a NUL, a lone surrogate and every C0 character never crash and stay in raw")
{
    QString text = QStringLiteral("buy");
    text += QChar(0);
    text += QStringLiteral(" milk ");
    text += QChar(0xD800);
    for (ushort c = 1; c < 0x20; ++c)
        text += QChar(c);
    text += QStringLiteral(" 15k");
    const ParsedCapture result = CaptureParser::parse(text, test::contextAt());
    CHECK(result.raw == text);
    for (QChar c : result.title)
        CHECK((c.unicode() >= 0x20 || c == u'\t'));
    CHECK(result.title.contains(QChar(0xD800)));
}

TEST_CASE("a megabyte of text is kept whole as a note")
{
    auto [shape] = GENERATE(table<std::string>({{"words"}, {"one token"}, {"numbers and amounts"}}));
    CAPTURE(shape);
    QString text;
    const QString unit = shape == "words"       ? QStringLiteral("lorem ipsum dolor sit amet ")
                         : shape == "one token" ? QStringLiteral("x")
                                                : QStringLiteral("coffee 15k buy 3 eggs #tag p1 ");
    while (text.size() < 1024 * 1024)
        text += unit;
    const ParsedCapture result = CaptureParser::parse(text, test::contextAt());
    const ParsedCapture forced = CaptureParser::parseAs(text, test::contextAt(), CaptureKind::Expense);
    CHECK(kindOf(result) == "note");
    CHECK(result.raw == text);
    CHECK(result.title.size() == text.trimmed().size());
    CHECK(result.confidence < 0.5);
    CHECK(forced.raw == text);
}

TEST_CASE("a line read as a picked kind keeps what fits that kind and leaves the rest in the title")
{
    // minor/minutes < 0: not read; metric empty: none
    auto [input, kind, title, minor, metric, minutes, sure] =
        GENERATE(table<std::string, std::string, std::string, qint64, std::string, double, bool>({
            {"coffee 15k", "task", "Coffee 15k", -1, "", -1, false},
            {"coffee 15k", "note", "Coffee 15k", 15000, "", -1, false},
            {"coffee 15k", "journal", "Coffee 15k", -1, "", -1, false},
            {"coffee 15k", "expense", "Coffee", 15000, "", -1, true},
            {"coffee 15k", "income", "Coffee", 15000, "", -1, false},
            {"coffee 15k", "metric", "Coffee 15k", -1, "", -1, false},
            {"coffee 15k", "workout", "Coffee 15k", -1, "", -1, false},
            {"buy bread", "task", "Buy bread", -1, "", -1, true},
            {"buy bread", "note", "Buy bread", -1, "", -1, false},
            {"buy bread", "journal", "Buy bread", -1, "", -1, false},
            {"buy bread", "expense", "Bread", -1, "", -1, false},
            {"buy bread", "income", "Buy bread", -1, "", -1, false},
            {"buy bread", "metric", "Buy bread", -1, "", -1, false},
            {"buy bread", "workout", "Buy bread", -1, "", -1, false},
            {"slept 7h20", "task", "Slept 7h20", -1, "", -1, false},
            {"slept 7h20", "note", "Slept 7h20", -1, "", -1, false},
            {"slept 7h20", "journal", "Slept 7h20", -1, "", -1, false},
            {"slept 7h20", "expense", "Slept 7h20", -1, "", -1, false},
            {"slept 7h20", "income", "Slept 7h20", -1, "", -1, false},
            {"slept 7h20", "metric", "Sleep", -1, "sleep", 440, true},
            {"slept 7h20", "workout", "Slept 7h20", -1, "", -1, false},
            {"ran 5km", "task", "Ran 5km", -1, "", -1, false},
            {"ran 5km", "note", "Ran 5km", -1, "", -1, false},
            {"ran 5km", "journal", "Ran 5km", -1, "", -1, false},
            {"ran 5km", "expense", "Ran 5km", -1, "", -1, false},
            {"ran 5km", "metric", "Ran 5km", -1, "", -1, false},
            {"ran 5km", "workout", "Run", -1, "", -1, true},
            {"felt great", "journal", "Felt great", -1, "", -1, true},
            {"felt great", "task", "Felt great", -1, "", -1, false},
            {"felt great", "note", "Felt great", -1, "", -1, false},
            {"gaji 10jt", "income", "Gaji", 10000000, "", -1, true},
            {"gaji 10jt", "expense", "Gaji", 10000000, "", -1, false},
            {"abc 25000", "expense", "Abc", 25000, "", -1, true},
            {"mood 7", "note", "Mood 7", -1, "", -1, false},
            {"mood 7", "metric", "Mood", -1, "mood", -1, true},
            {"note: coffee 15k", "expense", "Coffee", 15000, "", -1, true},
            {"todo: call mom", "journal", "Call mom", -1, "", -1, false},
            {"idea: sell the bike for 2 juta", "income", "Sell the bike", 2000000, "", -1, false},
        }));
    CAPTURE(input, kind);
    const ParsedCapture result = CaptureParser::parseAs(qs(input), test::contextAt(), *captureKindFromName(qs(kind)));
    CHECK(kindOf(result) == kind);
    CHECK(result.title == qs(title));
    CHECK(result.raw == qs(input));
    if (minor < 0) {
        CHECK_FALSE(result.amount.has_value());
    } else {
        REQUIRE(result.amount.has_value());
        CHECK(result.amount->minor == minor);
    }
    if (metric.empty()) {
        CHECK_FALSE(result.metric.has_value());
    } else {
        REQUIRE(result.metric.has_value());
        CHECK(result.metric->name == qs(metric));
    }
    if (minutes >= 0) {
        REQUIRE(result.durationMin.has_value());
        CHECK(*result.durationMin == Approx(minutes));
    }
    checkConfidence(result, sure);
}

TEST_CASE("an empty line read as any kind is still empty, with no confidence")
{
    const CaptureKind kind = GENERATE(from_range(allCaptureKinds()));
    const ParsedCapture result = CaptureParser::parseAs(QStringLiteral("  "), test::contextAt(), kind);
    CHECK(result.kind == kind);
    CHECK(result.title.isEmpty());
    CHECK(result.confidence == 0.0);
}

TEST_CASE("numbers are read with the separator rules: three digits after one mark group thousands")
{
    // value < 0: not a number
    auto [text, value] = GENERATE(table<std::string, double>({
        {"15.000", 15000},
        {"15,000", 15000},
        {"12.50", 12.5},
        {"3,50", 3.5},
        {"0.500", 0.5},
        {"1.500.000", 1500000},
        {"1,500,000", 1500000},
        {"1.234,56", 1234.56},
        {"1,234.56", 1234.56},
        {"7", 7},
        {"1.2.3", -1},
        {"1,2.3", -1},
        {"1..2", -1},
        {"1.", -1},
        {"9999999999999999", -1},
    }));
    CAPTURE(text);
    const auto number = DecimalNumber::read(qs(text));
    if (value < 0) {
        CHECK_FALSE(number.has_value());
    } else {
        REQUIRE(number.has_value());
        CHECK(number->value() == Approx(value));
    }
}

TEST_CASE("random mixes of awkward tokens never crash and never lose the raw text")
{
    const QStringList pool = {
        QStringLiteral("15k"),
        QStringLiteral("Rp"),
        QStringLiteral("$"),
        QStringLiteral("1:30"),
        QStringLiteral("7h20"),
        QStringLiteral("#"),
        QStringLiteral("#a"),
        QStringLiteral("!"),
        QStringLiteral("p1"),
        QStringLiteral("todo:"),
        QStringLiteral("slept"),
        QStringLiteral("ran"),
        QStringLiteral("5km"),
        QStringLiteral("kilo"),
        QStringLiteral("jam"),
        QStringLiteral("menit"),
        QStringLiteral("besok"),
        QStringLiteral("tomorrow"),
        QStringLiteral("at"),
        QStringLiteral("5pm"),
        QStringLiteral("/10"),
        QStringLiteral("mood"),
        QStringLiteral("of"),
        QStringLiteral("water"),
        QStringLiteral("\u200D"),
        QStringLiteral("\U0001F600"),
        QStringLiteral("-"),
        QStringLiteral("1.2.3"),
        QStringLiteral("99999999999999999999"),
        QStringLiteral("0"),
        QStringLiteral("0.5"),
        QStringLiteral("..."),
        QStringLiteral("remind"),
        QStringLiteral("me"),
        QStringLiteral("to"),
        QStringLiteral("last"),
        QStringLiteral("night"),
        QStringLiteral("out"),
        QStringLiteral("10"),
        QStringLiteral("glasses"),
        QStringLiteral("beli"),
        QStringLiteral("gaji"),
        QStringLiteral("got"),
        QStringLiteral("paid"),
        QStringLiteral("setengah"),
        QStringLiteral("half"),
        QStringLiteral("an"),
        QStringLiteral("hour"),
        QStringLiteral("\t"),
        QStringLiteral("\x01"),
        QStringLiteral("\u05D0"),
        QStringLiteral(":"),
    };
    std::mt19937 random(20261122);
    std::uniform_int_distribution<qsizetype> pick(0, pool.size() - 1);
    std::uniform_int_distribution<int> length(1, 9);
    std::uniform_int_distribution<int> kindIndex(0, int(allCaptureKinds().size()) - 1);
    int lostRaw = 0;
    int badConfidence = 0;
    for (int line = 0; line < 3000; ++line) {
        QString text;
        for (int words = length(random); words > 0; --words)
            text += pool.at(pick(random)) + (words % 3 ? QStringLiteral(" ") : QString());
        const ParsedCapture guessed = CaptureParser::parse(text, test::contextAt());
        const ParsedCapture picked =
            CaptureParser::parseAs(text, test::contextAt(), allCaptureKinds().at(kindIndex(random)));
        lostRaw += guessed.raw != text || picked.raw != text;
        badConfidence += guessed.confidence < 0 || guessed.confidence > 1 || picked.confidence < 0
                         || picked.confidence > 1 || (guessed.kind != CaptureKind::Note && guessed.confidence < 0.5);
    }
    CHECK(lostRaw == 0);
    CHECK(badConfidence == 0);
}

// The day and time each kind ends up with: the date reader's answer, with the day the parser picks for a bare time.
TEST_CASE("dates and times are read relative to now and leaned by kind")
{
    // date "": none; time "": none; "*": not checked
    auto [input, kind, title, date, time] =
        GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
            {"buy bread tomorrow", "task", "Buy bread", "2026-11-23", ""},
            {"beli roti besok", "task", "Beli roti", "2026-11-23", ""},
            {"call mom at 5pm", "task", "Call mom", "2026-11-22", "17:00"},
            {"call mom at 8am", "task", "Call mom", "2026-11-23", "08:00"},
            {"dentist tomorrow 3pm", "task", "Dentist", "2026-11-23", "15:00"},
            {"submit report friday", "task", "Submit report", "2026-11-27", ""},
            {"meeting with Budi tomorrow 9am", "task", "Meeting with Budi", "2026-11-23", "09:00"},
            {"telepon ibu besok jam 5 sore", "task", "Telepon ibu", "2026-11-23", "17:00"},
            {"pay rent 5jt tomorrow", "task", "Pay rent 5jt", "2026-11-23", ""},
            {"coffee 15k yesterday", "expense", "Coffee", "2026-11-21", ""},
            {"kopi 20rb kemarin", "expense", "Kopi", "2026-11-21", ""},
            {"lunch 50k on friday", "expense", "Lunch", "2026-11-20", ""},
            {"coffee 15k at 8am", "expense", "Coffee", "2026-11-22", "08:00"},
            {"gaji 10jt kemarin", "income", "Gaji", "2026-11-21", ""},
            {"ran 5km yesterday", "workout", "Run", "2026-11-21", ""},
            {"lari 5 km kemarin", "workout", "Run", "2026-11-21", ""},
            {"weight 72kg yesterday", "metric", "Weight", "2026-11-21", ""},
            {"today was a good day", "journal", "Today was a good day", "2026-11-22", ""},
            {"yesterday was rough", "journal", "Yesterday was rough", "2026-11-21", ""},
            {"dinner with Sam friday", "task", "Dinner with Sam", "2026-11-27", ""},
            {"pay rent 5jt friday", "task", "Pay rent 5jt", "2026-11-27", ""},
            {"bought coffee 15k friday", "expense", "Coffee", "2026-11-20", ""},
            {"weight on 5/12 72kg", "metric", "Weight", "2025-12-05", ""},
            {"mood 7 on friday", "metric", "Mood", "2026-11-20", ""},
            {"sauna 20 min at 7pm", "metric", "Sauna", "2026-11-21", "19:00"},
            {"lunch 12.50", "task", "Lunch", "2026-11-22", "12:50"},
            {"ran 5km saturday", "workout", "Run", "2026-11-21", ""},
            {"bayar kos 1.5jt besok", "task", "Bayar kos 1.5jt", "2026-11-23", ""},
            {"run 5km tomorrow", "task", "Run 5km", "2026-11-23", ""},
        }));
    CAPTURE(input);
    const ParsedCapture result = parsed(input);
    CHECK(kindOf(result) == kind);
    CHECK(result.title == qs(title));
    if (date != "*")
        CHECK(result.date == (date.empty() ? QDate() : QDate::fromString(qs(date), Qt::ISODate)));
    if (time != "*")
        CHECK(result.time == (time.empty() ? QTime() : QTime::fromString(qs(time), QStringLiteral("HH:mm"))));
}
