#include "CaptureLines.h"

#include "SampleRandom.h"

namespace lifeos {

namespace {

const char *const kTasks[] = {
    "buy bread tomorrow",
    "call mom at 5pm",
    "email Budi about the report next monday",
    "pay electricity bill by friday !!",
    "book dentist appointment in 2 weeks p2",
    "beli beras besok",
    "telepon Ani jam 7 malam",
    "kirim laporan hari Jumat #kerja",
    "fix the bike chain this weekend",
    "submit tax form before Dec 5",
    "jangan lupa bayar kos tgl 5",
    "pick up the kids at 15:30",
    "renew passport end of month",
    "todo: water the plants tonight",
    "remind me to stretch in 3 days",
};
const char *const kNotes[] = {
    "idea: a reading nook by the window",
    "note: the wifi password is on the fridge",
    "book recommendation from Sari: Laut Bercerita",
    "3 eggs",
    "catatan: ide hadiah untuk ibu",
    "quote: the best time to plant a tree was 20 years ago",
    "recipe idea: sambal matah with grilled fish",
    "meeting notes - budget review moved",
    "sell the old bike for 2 juta?",
    "podcast about sleep and caffeine",
};
const char *const kJournal[] = {
    "journal: quiet morning, good coffee",
    "j: long walk by the river after work",
    "felt tired all afternoon",
    "today was a good day with the team",
    "jurnal: hari ini aku merasa tenang",
    "hari ini capek tapi senang",
    "dear diary: finally finished the puzzle",
};
const char *const kExpenses[] = {
    "coffee 15k",
    "kopi 18rb",
    "lunch $12.50",
    "makan siang 35 ribu",
    "groceries Rp 250.000",
    "bensin 100rb",
    "parkir Rp5.000",
    "taxi 12.50 USD",
    "spent 1.5jt on a new phone",
    "bayar listrik 450rb yesterday",
    "croissant €3,50",
    "grab ke kantor 27k",
    "movie tickets $24",
    "beli buku 95 ribu kemarin",
};
const char *const kIncome[] = {
    "salary 12jt",
    "gaji 8 juta",
    "got paid $500 for the design job",
    "bonus 2 juta",
    "refund $19.99",
    "terima transfer 750rb dari Budi",
};
const char *const kMetrics[] = {
    "slept 7h20",
    "sleep 6.5 hours last night",
    "tidur 8 jam",
    "weight 72.4kg",
    "berat 68 kg",
    "160 lb",
    "water 500ml",
    "2 glasses of water",
    "minum 3 gelas air",
    "steps 10432",
    "8000 langkah",
    "mood 7",
    "energy 6/10",
    "suasana hati 8",
    "sauna 20 min",
};
const char *const kWorkouts[] = {
    "ran 5km in 28 min",
    "run 10k 55 min",
    "lari 5 km 30 menit",
    "yoga 45 min",
    "gym 1h",
    "swim 1.5km",
    "cycling 25 km 1h10",
    "gowes 20 km",
    "walk 3.2 km",
    "renang 40 menit",
    "hike 12km 4h",
    "badminton 1 jam",
};

} // namespace

QStringList sampleCaptureLines(int count, quint32 seed)
{
    SampleRandom random(seed);
    QStringList lines;
    lines.reserve(count);
    for (int i = 0; i < count; ++i) {
        // Roughly how a day of capture looks: tasks, spending and quick logs most, journal and notes less.
        const int roll = random.between(1, 100);
        if (roll <= 25)
            lines.append(QString::fromUtf8(random.pick(kTasks)));
        else if (roll <= 37)
            lines.append(QString::fromUtf8(random.pick(kNotes)));
        else if (roll <= 45)
            lines.append(QString::fromUtf8(random.pick(kJournal)));
        else if (roll <= 67)
            lines.append(QString::fromUtf8(random.pick(kExpenses)));
        else if (roll <= 71)
            lines.append(QString::fromUtf8(random.pick(kIncome)));
        else if (roll <= 89)
            lines.append(QString::fromUtf8(random.pick(kMetrics)));
        else
            lines.append(QString::fromUtf8(random.pick(kWorkouts)));
    }
    return lines;
}

} // namespace lifeos
