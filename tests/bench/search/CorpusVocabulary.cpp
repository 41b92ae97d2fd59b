#include "CorpusVocabulary.h"

#include <array>

namespace lifeos::bench::CorpusVocabulary {

namespace {

using Words = const char *const[];

// --- sleep and health -------------------------------------------------------------------------------------
constexpr Words kSleepTags = {"health", "sleep"};
constexpr Words kSleepNouns = {"sleep", "insomnia", "nap", "pillow", "mattress", "alarm", "melatonin", "dream",
                               "nightmare", "bedtime", "snoring", "fatigue", "caffeine", "chamomile tea",
                               "sleep tracker", "blackout curtains", "white noise", "earplugs", "jet lag",
                               "headache", "migraine", "exhaustion", "yawning", "rest", "night shift",
                               "sleep schedule", "deep sleep", "REM", "sleeping pill", "duvet"};
constexpr Words kSleepAdjectives = {"restless", "groggy", "exhausted", "refreshed", "drowsy", "wired", "foggy",
                                    "heavy-eyed", "rested", "sluggish"};
constexpr Words kSleepTemplates = {
    "Woke up at {num} am again and could not get back to sleep.",
    "Felt {a} all morning after a bad night; the {n} did not help.",
    "Tried {n} before bed, and slept a little better than last week.",
    "Lay awake until past midnight thinking about {m}.",
    "The {n} kept me up, so I read until I felt {a}.",
    "Went to bed at {t} and still woke up {a}.",
    "Doctor {p} suggested cutting {n} after lunch and keeping a fixed {m}.",
    "Slept almost nine hours and felt {a} for once.",
    "Another short night: {num} hours, woke up {a} with a {n}.",
    "Moved the {n} away from the bed; the room is darker now.",
    "My {n} says I got only {num} hours of deep sleep.",
    "Skipped the afternoon {n} so I would be tired by {t}.",
};
constexpr Words kSleepTitles = {"Bad night", "Sleep log", "Insomnia again", "Slept well", "Night notes",
                                "Sleep experiment", "Tired"};
constexpr Words kSleepNounsId = {"tidur", "insomnia", "bantal", "kasur", "mimpi", "begadang", "kantuk", "alarm",
                                 "teh hangat", "sakit kepala", "capek", "lelah"};
constexpr Words kSleepTemplatesId = {
    "Bangun jam {num} pagi dan susah tidur lagi.",
    "Semalam {n} terus, pagi ini rasanya {m}.",
    "Coba minum {n} sebelum tidur, lumayan membantu.",
    "Tidur cuma {num} jam, badan terasa {m} seharian.",
    "Kata dokter {p}, kurangi kopi dan jangan {n}.",
};
constexpr Words kSleepTitlesId = {"Susah tidur", "Catatan tidur", "Begadang lagi"};

// --- running and exercise ---------------------------------------------------------------------------------
constexpr Words kRunTags = {"fitness", "running", "health"};
constexpr Words kRunNouns = {"run", "long run", "interval session", "tempo run", "half marathon", "10k race",
                             "running shoes", "shin splints", "knee", "hamstring", "stretching", "warm-up",
                             "cool-down", "pace", "heart rate", "training plan", "hill repeats", "track",
                             "foam roller", "recovery day", "gym", "squats", "deadlifts", "push-ups", "yoga",
                             "swimming", "bike ride", "cadence", "personal best", "blister"};
constexpr Words kRunAdjectives = {"sore", "strong", "slow", "steady", "easy", "brutal", "hilly", "humid",
                                  "fast", "stiff"};
constexpr Words kRunTemplates = {
    "Did a {a} {n} of {num} km along the river.",
    "The {n} felt {a}; kept the pace under control.",
    "My {n} is {a} again after yesterday's {m}.",
    "Coach {p} changed the {n} for the next {num} weeks.",
    "Bought new {n} at {pl}; they feel {a} so far.",
    "Skipped the {n} because of the rain and did {m} at home.",
    "Heart rate stayed around {num}0 on the {n}.",
    "Signed up for the {n} in {pl} with {p}.",
    "Spent twenty minutes on the {n} after the {m}.",
    "A {a} {n} this morning, {num} km in total.",
    "New {n} today, finally under fifty minutes.",
};
constexpr Words kRunTitles = {"Run", "Training log", "Race day", "Gym", "Long run", "Workout notes",
                              "Training plan"};
constexpr Words kRunNounsId = {"lari pagi", "lari", "sepatu lari", "lutut", "pemanasan", "peregangan",
                               "renang", "bersepeda", "olahraga", "keringat"};
constexpr Words kRunTemplatesId = {
    "Pagi ini {n} {num} km di taman, agak {m}.",
    "Setelah {n}, lutut terasa pegal.",
    "Ikut {n} bareng {p} di {pl}.",
    "Minggu ini {n} tiga kali, lumayan.",
};
constexpr Words kRunTitlesId = {"Lari pagi", "Olahraga", "Catatan latihan"};

// --- cooking and recipes ----------------------------------------------------------------------------------
constexpr Words kCookTags = {"recipes", "food", "cooking"};
constexpr Words kCookNouns = {"garlic", "shallots", "chilli", "coconut milk", "lemongrass", "ginger", "rice",
                              "noodles", "chicken thighs", "tofu", "tempeh", "eggs", "flour", "butter", "sugar",
                              "soy sauce", "lime", "coriander", "tomatoes", "onions", "olive oil", "pasta",
                              "curry", "soup", "stir-fry", "banana bread", "sourdough", "oven", "wok",
                              "frying pan", "marinade", "spice paste", "dough", "stock", "sambal", "rendang",
                              "fried rice", "lentils", "pancakes", "salad"};
constexpr Words kCookAdjectives = {"crispy", "spicy", "tender", "sweet", "salty", "fragrant", "creamy",
                                   "bland", "burnt", "fluffy"};
constexpr Words kCookTemplates = {
    "Fry the {n} until golden, then add the {m}.",
    "Simmer the {n} for {num}0 minutes over low heat.",
    "Cooked {n} for dinner; it came out {a}.",
    "Next time use less {n} and more {m}.",
    "{p} showed me how to make {n} with {m}.",
    "Bought {n} and {m} at the market in {pl}.",
    "Marinate the {n} overnight with {m}.",
    "The {n} was too {a}, so I added {m} at the end.",
    "Bake at 180 degrees for {num}5 minutes until {a}.",
    "Grind the {n} with {m} into a smooth paste.",
    "Served the {n} with rice and a {a} sambal.",
    "Tried a new recipe for {n}; the family loved it.",
};
constexpr Words kCookTitles = {"Recipe", "Dinner", "Cooking notes", "Weekend baking", "Family recipe",
                               "What I cooked", "Meal prep"};
constexpr Words kCookNounsId = {"bawang putih", "bawang merah", "cabai", "santan", "serai", "jahe", "nasi",
                                "mie", "ayam", "tahu", "tempe", "telur", "kecap manis", "sambal", "rendang",
                                "nasi goreng", "sayur asem", "gula merah", "daun salam"};
constexpr Words kCookTemplatesId = {
    "Tumis {n} sampai harum, lalu masukkan {m}.",
    "Masak {n} untuk makan malam, rasanya enak sekali.",
    "Resep {n} dari ibu, pakai {m} sedikit saja.",
    "Beli {n} dan {m} di pasar {pl}.",
    "Rebus {n} sekitar {num}0 menit dengan api kecil.",
};
constexpr Words kCookTitlesId = {"Resep", "Masak hari ini", "Resep ibu"};

// --- travel -----------------------------------------------------------------------------------------------
constexpr Words kTravelTags = {"travel", "trip"};
constexpr Words kTravelNouns = {"flight", "airport", "boarding pass", "passport", "visa", "hotel", "hostel",
                                "train", "ferry", "luggage", "backpack", "itinerary", "museum", "beach",
                                "temple", "old town", "night market", "street food", "rental car", "map",
                                "check-in", "layover", "souvenirs", "sunset", "volcano", "rice terraces",
                                "guesthouse", "tour guide", "currency exchange", "travel insurance"};
constexpr Words kTravelAdjectives = {"crowded", "beautiful", "delayed", "cheap", "quiet", "stunning",
                                     "exhausting", "charming", "touristy", "remote"};
constexpr Words kTravelTemplates = {
    "The {n} to {pl} was {a} by two hours.",
    "Booked the {n} in {pl} for {num} nights.",
    "Walked through the {n} and ended at the {m} for sunset.",
    "{p} lost the {n} at the {m}; found it an hour later.",
    "The {n} in {pl} was {a} but worth it.",
    "Took the {n} early and reached {pl} by noon.",
    "Need to renew the {n} before the trip to {pl}.",
    "Best {n} of the whole trip, {a} and cheap.",
    "Packed the {n} the night before; forgot the {m} again.",
    "Day {num} in {pl}: {n} in the morning, {m} after lunch.",
};
constexpr Words kTravelTitles = {"Trip notes", "Travel day", "Itinerary", "Packing list", "Holiday",
                                 "Weekend away", "On the road"};
constexpr Words kTravelNounsId = {"pesawat", "bandara", "paspor", "hotel", "kereta", "kapal", "koper",
                                  "pantai", "candi", "oleh-oleh", "liburan", "tiket", "penginapan"};
constexpr Words kTravelTemplatesId = {
    "Naik {n} ke {pl}, berangkat jam {num} pagi.",
    "{n} di {pl} ramai sekali waktu liburan.",
    "Jangan lupa bawa {n} dan {m}.",
    "Hari ke-{num} di {pl}, jalan-jalan ke {n}.",
};
constexpr Words kTravelTitlesId = {"Catatan perjalanan", "Liburan", "Jalan-jalan"};

// --- money ------------------------------------------------------------------------------------------------
constexpr Words kMoneyTags = {"money", "finance", "budget"};
constexpr Words kMoneyNouns = {"budget", "salary", "savings", "rent", "electricity bill", "credit card",
                               "mortgage", "insurance", "tax return", "receipt", "subscription", "groceries",
                               "pension", "index fund", "emergency fund", "invoice", "bank transfer",
                               "spending", "debt", "interest rate", "bonus", "expenses", "allowance",
                               "spreadsheet", "loan", "refund"};
constexpr Words kMoneyAdjectives = {"expensive", "overdue", "monthly", "unexpected", "tight", "affordable",
                                    "annual", "fixed", "cheaper", "late"};
constexpr Words kMoneyTemplates = {
    "Paid the {a} {n} today, {num}00 thousand.",
    "Went over the {n} again; {m} is too high this month.",
    "Moved {num} million from {n} into the {m}.",
    "Cancelled the {a} {n} I never use.",
    "{p} sent the {n} for last month.",
    "The {n} went up again, so the {m} is {a}.",
    "Sat down with the {n} spreadsheet for an hour.",
    "Need to file the {n} before the end of March.",
    "Spent too much on {n} this week.",
    "Set up an automatic {n} for the {m} on the first of the month.",
};
constexpr Words kMoneyTitles = {"Budget", "Money", "Finances", "Monthly review", "Bills", "Expenses"};
constexpr Words kMoneyNounsId = {"gaji", "tabungan", "uang sewa", "tagihan listrik", "kartu kredit",
                                 "cicilan", "asuransi", "pajak", "belanja", "pengeluaran", "utang"};
constexpr Words kMoneyTemplatesId = {
    "Bayar {n} bulan ini, {num}00 ribu.",
    "{n} naik lagi, harus lebih hemat.",
    "Transfer {num} juta ke {n}.",
    "Catat semua {n} minggu ini.",
};
constexpr Words kMoneyTitlesId = {"Keuangan", "Anggaran", "Tagihan"};

// --- work and projects ------------------------------------------------------------------------------------
constexpr Words kWorkTags = {"work", "project", "meeting"};
constexpr Words kWorkNouns = {"deadline", "release", "roadmap", "client", "proposal", "budget review",
                              "standup", "retrospective", "design review", "presentation", "slides", "report",
                              "migration", "database", "bug", "customer", "contract", "quarterly plan",
                              "hiring", "interview", "onboarding", "performance review", "sprint", "backlog",
                              "dashboard", "stakeholders", "launch", "feedback", "workshop", "invoice"};
constexpr Words kWorkAdjectives = {"urgent", "delayed", "productive", "tense", "long", "useful", "rushed",
                                   "smooth", "blocked", "promising"};
constexpr Words kWorkTemplates = {
    "The {n} slipped again; {p} is worried about the {m}.",
    "Spent the morning on the {n} for {p}.",
    "A {a} {n} with the team about the {m}.",
    "Agreed to move the {n} to {d}.",
    "{p} will own the {n}; I take the {m}.",
    "Finished the {n} just before the {m}.",
    "Action: send the {n} to {p} by {d}.",
    "The {n} was {a}, but we know what to do about the {m} now.",
    "Three blockers on the {n}, mostly the {m}.",
    "Prepared the {n} for the {m} on {d}.",
};
constexpr Words kWorkTitles = {"Meeting notes", "Project update", "1:1", "Weekly sync", "Planning",
                               "Retro", "Work log"};
constexpr Words kWorkNounsId = {"rapat", "laporan", "tenggat", "klien", "proyek", "presentasi", "atasan",
                                "kantor", "lembur", "kontrak"};
constexpr Words kWorkTemplatesId = {
    "{n} dengan {p} jam {num}, bahas {m}.",
    "Harus selesaikan {n} sebelum hari {d}.",
    "Hari ini {n} sampai malam, capek sekali.",
    "{p} minta {n} dikirim besok pagi.",
};
constexpr Words kWorkTitlesId = {"Catatan rapat", "Kerja", "Proyek"};

// --- family -----------------------------------------------------------------------------------------------
constexpr Words kFamilyTags = {"family", "kids"};
constexpr Words kFamilyNouns = {"kids", "school", "homework", "birthday", "grandparents", "dinner", "playground",
                                "parents' evening", "bedtime story", "swimming lesson", "piano lesson",
                                "football practice", "weekend", "picnic", "zoo", "cousins", "anniversary",
                                "school trip", "lunchbox", "report card", "tantrum", "family photo",
                                "video call", "holiday plans"};
constexpr Words kFamilyAdjectives = {"happy", "noisy", "tired", "proud", "grumpy", "sweet", "busy", "lovely",
                                     "chaotic", "calm"};
constexpr Words kFamilyTemplates = {
    "{p} had a {a} day at {n}.",
    "Took the kids to the {n}; everyone came home {a}.",
    "Helped with {n} after dinner.",
    "{p}'s {n} is on {d}; need a present.",
    "A {a} {n} with the grandparents.",
    "Missed the {n} because of work, felt bad about it.",
    "{p} read me a {n} for a change.",
    "Booked the {n} for the summer with {p}.",
};
constexpr Words kFamilyTitles = {"Family", "Kids", "Weekend", "Birthday", "Family day"};
constexpr Words kFamilyNounsId = {"anak-anak", "sekolah", "PR", "ulang tahun", "kakek", "nenek", "makan malam",
                                  "taman", "ibu", "bapak", "keluarga", "mudik"};
constexpr Words kFamilyTemplatesId = {
    "Ajak {n} ke {pl}, senang sekali.",
    "{p} ulang tahun hari {d}, beli kado.",
    "Makan malam bersama {n}, ramai.",
    "Telepon {n} di kampung, semua sehat.",
};
constexpr Words kFamilyTitlesId = {"Keluarga", "Akhir pekan", "Mudik"};

// --- garden and home --------------------------------------------------------------------------------------
constexpr Words kHomeTags = {"home", "garden"};
constexpr Words kHomeNouns = {"garden", "tomato plants", "basil", "compost", "watering can", "roses",
                              "lawn", "weeds", "seedlings", "balcony", "leaky tap", "plumber", "boiler",
                              "bathroom tiles", "paint", "kitchen cabinet", "washing machine", "vacuum",
                              "light bulb", "curtains", "bookshelf", "drill", "landlord", "mould", "gutter"};
constexpr Words kHomeAdjectives = {"overgrown", "broken", "fresh", "dusty", "tidy", "flooded", "sunny",
                                   "damp", "new", "wobbly"};
constexpr Words kHomeTemplates = {
    "Repotted the {n} and moved them to the {a} side of the {m}.",
    "The {n} is {a} again; called the {m}.",
    "Spent Saturday fixing the {n}.",
    "Pulled {n} for an hour; the {m} looks {a} now.",
    "Bought {n} and a new {m} at the hardware store.",
    "The {n} finally works, after {num} visits from the {m}.",
    "Harvested the first {n} of the season.",
};
constexpr Words kHomeTitles = {"Garden", "House", "Repairs", "Home to-do", "Balcony garden"};

// --- reading and learning ---------------------------------------------------------------------------------
constexpr Words kReadTags = {"reading", "books", "learning"};
constexpr Words kReadNouns = {"novel", "chapter", "audiobook", "library", "book club", "biography",
                              "short stories", "poetry", "history book", "notes", "quote", "author",
                              "online course", "lecture", "flashcards", "vocabulary", "grammar",
                              "programming", "Python", "exercise", "certificate", "podcast", "essay",
                              "bookshop", "e-reader"};
constexpr Words kReadAdjectives = {"gripping", "slow", "brilliant", "dense", "moving", "boring", "clever",
                                   "long", "short", "difficult"};
constexpr Words kReadTemplates = {
    "Finished the {n} by {p}; the ending was {a}.",
    "Read two chapters of the {n} on the train.",
    "{p} recommended a {a} {n} about {m}.",
    "Copied a {n} from the {m} into my notebook.",
    "The {n} for the {m} is due on {d}.",
    "Did {num}0 minutes of {n} before breakfast.",
    "Borrowed a {n} from the {m}.",
    "This {n} is {a}, but I keep going.",
};
constexpr Words kReadTitles = {"Reading notes", "Book notes", "Course notes", "Learning log", "Quotes"};
constexpr Words kReadNounsId = {"buku", "novel", "perpustakaan", "bab", "kursus", "bahasa Inggris",
                                "catatan", "penulis"};
constexpr Words kReadTemplatesId = {
    "Baca {n} sebelum tidur, ceritanya bagus.",
    "Pinjam {n} dari {m}.",
    "Ikut {n} online tiap hari {d}.",
};
constexpr Words kReadTitlesId = {"Catatan buku", "Belajar"};

// --- friends and going out --------------------------------------------------------------------------------
constexpr Words kFriendsTags = {"friends", "social"};
constexpr Words kFriendsNouns = {"coffee", "dinner party", "concert", "movie", "board games", "karaoke",
                                 "barbecue", "wedding", "housewarming", "drinks", "brunch", "hike",
                                 "reunion", "gift", "message", "phone call", "gossip", "farewell party"};
constexpr Words kFriendsAdjectives = {"fun", "loud", "late", "relaxed", "awkward", "wonderful", "long",
                                      "cosy", "memorable", "short"};
constexpr Words kFriendsTemplates = {
    "Met {p} for {n} at {pl}.",
    "A {a} {n} with old friends, home after midnight.",
    "{p} is organising a {n} on {d}.",
    "Long {n} with {p}; we talked about everything.",
    "Went to {p}'s {n}; it was {a}.",
    "Cancelled the {n} with {p}, too tired.",
};
constexpr Words kFriendsTitles = {"Friends", "Night out", "Catching up", "Weekend plans"};
constexpr Words kFriendsNounsId = {"ngopi", "nongkrong", "teman", "makan bareng", "nonton film", "arisan",
                                   "kondangan"};
constexpr Words kFriendsTemplatesId = {
    "{n} sama {p} di {pl}, seru.",
    "Ada {n} hari {d}, datang jam {num}.",
};
constexpr Words kFriendsTitlesId = {"Teman", "Nongkrong"};

// --- doctor and illness -----------------------------------------------------------------------------------
constexpr Words kDoctorTags = {"health", "doctor"};
constexpr Words kDoctorNouns = {"dentist", "checkup", "blood test", "cholesterol", "blood pressure",
                                "prescription", "antibiotics", "flu", "fever", "cough", "sore throat",
                                "allergy", "back pain", "physiotherapy", "vaccination", "clinic", "pharmacy",
                                "x-ray", "vitamin D", "weight", "diet", "sugar intake"};
constexpr Words kDoctorAdjectives = {"worse", "better", "painful", "mild", "normal", "high", "low",
                                     "swollen", "itchy", "chronic"};
constexpr Words kDoctorTemplates = {
    "Appointment with the {n} on {d} at {t}.",
    "The {n} came back {a}; {m} needs watching.",
    "Down with {n} since Tuesday, stayed home.",
    "Dr {p} prescribed {n} for the {m}.",
    "Picked up the {n} from the {m}.",
    "The {n} is {a} than last month.",
    "Booked a {n} for next month.",
};
constexpr Words kDoctorTitles = {"Doctor", "Health", "Checkup", "Sick day", "Medical"};
constexpr Words kDoctorNounsId = {"dokter", "demam", "batuk", "pilek", "apotek", "obat", "klinik",
                                  "tekanan darah", "sakit gigi", "flu"};
constexpr Words kDoctorTemplatesId = {
    "Ke {n} hari {d}, kena {m}.",
    "Beli {n} di apotek dekat rumah.",
    "Sudah tiga hari {n}, istirahat di rumah.",
};
constexpr Words kDoctorTitlesId = {"Sakit", "Ke dokter"};

// --- commute and car --------------------------------------------------------------------------------------
constexpr Words kCommuteTags = {"commute", "car"};
constexpr Words kCommuteNouns = {"traffic", "toll road", "parking", "motorbike", "car service", "petrol",
                                 "flat tyre", "bus", "train", "ride-hailing", "commute", "speeding ticket",
                                 "car insurance", "oil change", "windscreen", "traffic jam", "scooter"};
constexpr Words kCommuteAdjectives = {"slow", "jammed", "smooth", "wet", "late", "early", "packed", "empty"};
constexpr Words kCommuteTemplates = {
    "Stuck in {n} for {num}0 minutes on the way to work.",
    "The {n} was {a}; got to the office late.",
    "Took the {n} instead because of the {m}.",
    "Booked a {n} for {d} morning.",
    "Paid for {n} and {m} this week.",
};
constexpr Words kCommuteTitles = {"Commute", "Car", "Traffic"};
constexpr Words kCommuteNounsId = {"macet", "motor", "ojek", "bensin", "parkir", "jalan tol", "angkot",
                                   "ban bocor", "servis motor"};
constexpr Words kCommuteTemplatesId = {
    "{n} parah di jalan, sampai kantor telat.",
    "Naik {n} ke kantor, lebih cepat.",
    "Ganti {n} di bengkel dekat rumah.",
};
constexpr Words kCommuteTitlesId = {"Macet", "Perjalanan ke kantor"};

constexpr Words kNone = {""};

constexpr std::span<const char *const> none()
{
    return std::span<const char *const>(kNone, 0);
}

const std::array kTopics = {
    CorpusTopic{"sleep", kSleepTags, kSleepNouns, kSleepAdjectives, kSleepTemplates, kSleepTitles, kSleepNounsId,
                kSleepTemplatesId, kSleepTitlesId},
    CorpusTopic{"fitness", kRunTags, kRunNouns, kRunAdjectives, kRunTemplates, kRunTitles, kRunNounsId,
                kRunTemplatesId, kRunTitlesId},
    CorpusTopic{"cooking", kCookTags, kCookNouns, kCookAdjectives, kCookTemplates, kCookTitles, kCookNounsId,
                kCookTemplatesId, kCookTitlesId},
    CorpusTopic{"travel", kTravelTags, kTravelNouns, kTravelAdjectives, kTravelTemplates, kTravelTitles,
                kTravelNounsId, kTravelTemplatesId, kTravelTitlesId},
    CorpusTopic{"money", kMoneyTags, kMoneyNouns, kMoneyAdjectives, kMoneyTemplates, kMoneyTitles, kMoneyNounsId,
                kMoneyTemplatesId, kMoneyTitlesId},
    CorpusTopic{"work", kWorkTags, kWorkNouns, kWorkAdjectives, kWorkTemplates, kWorkTitles, kWorkNounsId,
                kWorkTemplatesId, kWorkTitlesId},
    CorpusTopic{"family", kFamilyTags, kFamilyNouns, kFamilyAdjectives, kFamilyTemplates, kFamilyTitles,
                kFamilyNounsId, kFamilyTemplatesId, kFamilyTitlesId},
    CorpusTopic{"home", kHomeTags, kHomeNouns, kHomeAdjectives, kHomeTemplates, kHomeTitles, none(), none(),
                none()},
    CorpusTopic{"reading", kReadTags, kReadNouns, kReadAdjectives, kReadTemplates, kReadTitles, kReadNounsId,
                kReadTemplatesId, kReadTitlesId},
    CorpusTopic{"friends", kFriendsTags, kFriendsNouns, kFriendsAdjectives, kFriendsTemplates, kFriendsTitles,
                kFriendsNounsId, kFriendsTemplatesId, kFriendsTitlesId},
    CorpusTopic{"doctor", kDoctorTags, kDoctorNouns, kDoctorAdjectives, kDoctorTemplates, kDoctorTitles,
                kDoctorNounsId, kDoctorTemplatesId, kDoctorTitlesId},
    CorpusTopic{"commute", kCommuteTags, kCommuteNouns, kCommuteAdjectives, kCommuteTemplates, kCommuteTitles,
                kCommuteNounsId, kCommuteTemplatesId, kCommuteTitlesId},
};

constexpr Words kPeople = {"Sarah", "Budi", "Rina", "Tom", "Ayu", "Dewi", "Mark", "Putri", "Anna", "Joko",
                           "Lisa", "Hendra", "Maya", "Daniel", "Sari", "Eko", "Nadia", "James", "Wulan", "Ben",
                           "Fajar", "Clara", "Agus", "Emma", "Yusuf", "Kevin", "Intan", "Laura", "Rudi", "Mia"};
constexpr Words kPlaces = {"Bandung", "Yogyakarta", "Jakarta", "Bali", "Surabaya", "Lombok", "Singapore",
                           "Kuala Lumpur", "Bangkok", "Tokyo", "Amsterdam", "Lisbon", "Malang", "Semarang",
                           "the city centre", "the mall", "Kemang", "Ubud", "Bogor", "Medan"};
constexpr Words kTimes = {"6 am", "7:30", "noon", "4 pm", "8 pm", "10 pm", "11:30 pm", "midnight", "9 am", "2 pm"};
constexpr Words kWeekdays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr Words kConnectives = {
    "Not much else happened today.",
    "Writing this down so I remember it next year.",
    "I keep thinking about the {n}.",
    "{p} called in the evening.",
    "It rained most of the afternoon.",
    "Overall a {a} day.",
    "Need to follow up on the {n} on {d}.",
    "Later, a quiet evening at home.",
};
constexpr Words kConnectivesId = {
    "Hari ini biasa saja.",
    "Sore hujan deras.",
    "Malamnya santai di rumah.",
    "{p} telepon tadi malam.",
    "Besok harus bangun pagi.",
};

} // namespace

std::span<const CorpusTopic> topics()
{
    return kTopics;
}
std::span<const char *const> people()
{
    return kPeople;
}
std::span<const char *const> places()
{
    return kPlaces;
}
std::span<const char *const> timesOfDay()
{
    return kTimes;
}
std::span<const char *const> weekdays()
{
    return kWeekdays;
}
std::span<const char *const> connectives()
{
    return kConnectives;
}
std::span<const char *const> connectivesId()
{
    return kConnectivesId;
}

} // namespace lifeos::bench::CorpusVocabulary
