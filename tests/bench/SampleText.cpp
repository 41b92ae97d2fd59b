#include "SampleText.h"

#include <algorithm>

namespace lifeos {

namespace {

// ---- People, places and things the sample person's life is made of ----------------------------------------------

constexpr QStringView kKids[] = {u"Mia", u"Leo"};
constexpr QStringView kPartner[] = {u"Sam"};
constexpr QStringView kFriends[] = {u"Jess", u"Dan", u"Rizky", u"Anna", u"Tomás", u"Nadia", u"Ollie", u"Putri"};
constexpr QStringView kColleagues[] =
    {u"Sarah", u"Budi", u"Priya", u"Tom", u"Ayu", u"Marco", u"Chen", u"Dewi", u"Lukas", u"Fatima", u"Greg", u"Hannah"};
constexpr QStringView kClients[] =
    {u"Acme", u"Globex", u"Initech", u"PT Maju Jaya", u"Northwind", u"Harbour & Co", u"Bluebird Health"};
constexpr QStringView kProjects[] = {u"Atlas",
                                     u"the mobile app",
                                     u"the website redesign",
                                     u"Project Nimbus",
                                     u"the billing migration",
                                     u"the data warehouse",
                                     u"the onboarding revamp",
                                     u"Helios",
                                     u"the partner portal"};
constexpr QStringView kProjectNames[] = {u"Atlas",
                                         u"Nimbus",
                                         u"Helios",
                                         u"Billing migration",
                                         u"Data warehouse",
                                         u"Onboarding revamp",
                                         u"Partner portal",
                                         u"Website redesign",
                                         u"Mobile app"};
constexpr QStringView kComponents[] = {u"checkout",
                                       u"the API",
                                       u"search",
                                       u"the importer",
                                       u"notifications",
                                       u"the login flow",
                                       u"reporting",
                                       u"the sync service",
                                       u"the admin panel"};
constexpr QStringView kWorkTopics[] = {u"pricing",
                                       u"the contract",
                                       u"onboarding",
                                       u"the launch date",
                                       u"the budget",
                                       u"the migration plan",
                                       u"the security review",
                                       u"the design review",
                                       u"headcount",
                                       u"the support backlog",
                                       u"the Q{q} targets",
                                       u"vendor costs"};
constexpr QStringView kMeetings[] = {u"team offsite",
                                     u"board meeting",
                                     u"all-hands",
                                     u"client pitch",
                                     u"sprint review",
                                     u"planning session",
                                     u"quarterly review",
                                     u"design crit"};
constexpr QStringView kBugs[] = {u"login bug",
                                 u"crash on startup",
                                 u"memory leak",
                                 u"time zone bug",
                                 u"flaky test",
                                 u"rounding error",
                                 u"race condition",
                                 u"broken export"};
constexpr QStringView kWorkDocs[] =
    {u"budget", u"hiring plan", u"roadmap", u"metrics report", u"sales forecast", u"OKRs", u"capacity plan"};
constexpr QStringView kDocs[] =
    {u"design doc", u"post-mortem", u"release notes", u"spec", u"FAQ", u"runbook", u"one-pager", u"proposal"};
constexpr QStringView kRoles[] = {u"backend engineer",
                                  u"product designer",
                                  u"data analyst",
                                  u"support lead",
                                  u"engineering manager",
                                  u"QA engineer"};
constexpr QStringView kConferences[] = {u"the Berlin conference",
                                        u"the Singapore summit",
                                        u"the London meetup",
                                        u"the Jakarta tech week",
                                        u"the annual sales kick-off"};
constexpr QStringView kCities[] =
    {u"Lisbon", u"Melbourne", u"Toronto", u"Jakarta", u"Berlin", u"Manchester", u"Surabaya", u"Edinburgh"};
constexpr QStringView kTripPlaces[] = {u"Lisbon",
                                       u"Kyoto",
                                       u"the Lake District",
                                       u"Barcelona",
                                       u"Copenhagen",
                                       u"the coast",
                                       u"Mum and Dad's",
                                       u"Edinburgh",
                                       u"Vienna",
                                       u"Cornwall",
                                       u"Singapore",
                                       u"Berlin"};
constexpr QStringView kIndonesianPlaces[] = {u"Bali", u"Yogyakarta", u"Bandung", u"Jakarta", u"Lombok", u"Malang"};
constexpr QStringView kMonths[] = {u"January",
                                   u"February",
                                   u"March",
                                   u"April",
                                   u"May",
                                   u"June",
                                   u"July",
                                   u"August",
                                   u"September",
                                   u"October",
                                   u"November",
                                   u"December"};
constexpr QStringView kWeekdays[] = {u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday"};
constexpr QStringView kBooks[] = {u"Atomic Habits",
                                  u"Thinking, Fast and Slow",
                                  u"The Overstory",
                                  u"Project Hail Mary",
                                  u"Sapiens",
                                  u"Bumi Manusia",
                                  u"Laskar Pelangi",
                                  u"Deep Work",
                                  u"The Remains of the Day",
                                  u"Middlemarch",
                                  u"Klara and the Sun",
                                  u"The Pragmatic Programmer",
                                  u"Four Thousand Weeks",
                                  u"Pachinko",
                                  u"Dune",
                                  u"The Body Keeps the Score",
                                  u"A Gentleman in Moscow",
                                  u"Cantik Itu Luka",
                                  u"The Left Hand of Darkness",
                                  u"Educated",
                                  u"Range",
                                  u"The Midnight Library",
                                  u"Station Eleven",
                                  u"Why We Sleep",
                                  u"The Design of Everyday Things",
                                  u"Circe",
                                  u"Born a Crime",
                                  u"Quiet",
                                  u"The Psychology of Money",
                                  u"Hyperion",
                                  u"Anna Karenina",
                                  u"Norwegian Wood",
                                  u"Never Let Me Go",
                                  u"The Road",
                                  u"Gadis Kretek",
                                  u"Shoe Dog",
                                  u"The Art of Gathering",
                                  u"Stolen Focus",
                                  u"Piranesi",
                                  u"The Hobbit",
                                  u"Small Things Like These",
                                  u"Tomorrow, and Tomorrow, and Tomorrow"};
constexpr QStringView kBookVerdicts[] = {u"Worth it, though the middle dragged.",
                                         u"Not sure what the fuss is about.",
                                         u"Loved it, already want to reread it.",
                                         u"Good ideas, could have been half the length.",
                                         u"The ending made me cry on the train.",
                                         u"Slow start, brilliant second half."};
constexpr QStringView kDishes[] = {u"lentil soup",
                                   u"chicken curry",
                                   u"mushroom risotto",
                                   u"fish tacos",
                                   u"nasi goreng",
                                   u"shakshuka",
                                   u"a big tray of roast vegetables",
                                   u"spaghetti bolognese",
                                   u"beef rendang",
                                   u"veggie chilli",
                                   u"pad thai",
                                   u"salmon with rice and greens",
                                   u"homemade pizza",
                                   u"soto ayam",
                                   u"gado-gado",
                                   u"chicken and leek pie",
                                   u"miso aubergine",
                                   u"dal with flatbreads",
                                   u"Thai green curry",
                                   u"roast chicken",
                                   u"mac and cheese",
                                   u"minestrone",
                                   u"bibimbap",
                                   u"sweet potato curry",
                                   u"fish pie",
                                   u"falafel wraps",
                                   u"prawn laksa",
                                   u"halloumi traybake",
                                   u"chickpea stew",
                                   u"mie goreng",
                                   u"ayam bakar",
                                   u"carbonara"};
constexpr QStringView kCuisines[] =
    {u"Vietnamese", u"Ethiopian", u"Padang", u"Georgian", u"ramen", u"Lebanese", u"Peruvian", u"Korean"};
constexpr QStringView kBakes[] =
    {u"banana bread", u"cinnamon buns", u"chocolate chip cookies", u"a lemon cake", u"sourdough", u"klepon"};
constexpr QStringView kKidActivities[] = {u"swimming lessons",
                                          u"football practice",
                                          u"the library",
                                          u"piano",
                                          u"a birthday party",
                                          u"the climbing wall",
                                          u"the dentist"};
constexpr QStringView kHomework[] =
    {u"maths homework", u"a science project", u"spelling", u"a book report", u"fractions", u"a volcano model"};
constexpr QStringView kWorries[] = {u"money",
                                    u"the {project} deadline",
                                    u"Mum's health",
                                    u"the car",
                                    u"whether we should move",
                                    u"work",
                                    u"the mortgage renewal",
                                    u"Leo's school"};
constexpr QStringView kMumStatus[] = {u"feeling much better",
                                      u"busy with the garden",
                                      u"worried about Dad's knee",
                                      u"planning a trip to see us",
                                      u"a bit lonely since the move"};
constexpr QStringView kFamilyPlaces[] = {u"home",
                                         u"Grandma's",
                                         u"the Italian place on the corner",
                                         u"my sister's",
                                         u"the park café"};
constexpr QStringView kChores[] = {u"the dishes",
                                   u"the holiday plans",
                                   u"money",
                                   u"screen time for the kids",
                                   u"whose turn it was to do the school run"};
constexpr QStringView kFriendTopics[] = {u"work and burnout",
                                         u"her new job",
                                         u"the old days at uni",
                                         u"whether to have kids",
                                         u"his marathon training",
                                         u"politics, briefly",
                                         u"the house they want to buy"};

// ---- Journal sentences, by topic (and, where it matters, by how the day felt) --------------------------------

constexpr QStringView kSleepShort[] = {
    u"Bad night: woke at three and lay there thinking about {worry} until almost five.",
    u"Went to bed too late again scrolling my phone; {hours} hours isn't enough.",
    u"Only {hours} hours of sleep. {kid} had a nightmare and ended up in our bed.",
    u"The neighbours' dog barked half the night, so maybe {hours} hours of broken sleep.",
    u"Woke up at {wake} with my heart racing for no reason. Couldn't get back to sleep.",
    u"Slept badly, about {hours} hours. Too much coffee yesterday afternoon, probably."};
constexpr QStringView kSleepOk[] = {
    u"Slept about {hours} hours.",
    u"Up at {wake}, roughly {hours} hours of sleep. Fine, not great.",
    u"Decent night, {hours} hours, though I woke once around two.",
    u"Snoozed the alarm twice, which says enough about how I slept.",
    u"Tried no screens after 10pm and fell asleep a bit faster than usual.",
    u"Around {hours} hours of sleep; napped for twenty minutes after lunch and felt human again."};
constexpr QStringView kSleepGood[] = {u"Slept like a rock, {hours} hours straight.",
                                      u"Woke up at {wake} without the alarm, which felt like a small victory.",
                                      u"Great sleep, {hours} hours. The new pillow might actually be worth it.",
                                      u"Early night and a full {hours} hours. Everything is easier after proper sleep.",
                                      u"Slept in until {wake}. Lazy and lovely."};
constexpr QStringView kWeatherWinter[] = {u"Bright cold morning, frost on the car windows.",
                                          u"Snow overnight, everything quiet and white.",
                                          u"Grey and drizzly all day, dark by half four.",
                                          u"Freezing wind; my hands hurt on the walk to the station.",
                                          u"Icy pavements, nearly went flat on my back outside the bakery."};
constexpr QStringView kWeatherSpring[] = {u"First real spring day — sat outside with coffee.",
                                          u"Sunshine and showers, four times over.",
                                          u"Blossom everywhere on the walk to school.",
                                          u"Mild and grey, the kind of day that can't decide.",
                                          u"Windy enough to knock the bins over."};
constexpr QStringView kWeatherSummer[] = {u"Properly hot today, 31 degrees by noon.",
                                          u"Humid and sticky, couldn't focus much.",
                                          u"Thunderstorm in the evening, the power flickered twice.",
                                          u"Long light evening, ate dinner in the garden.",
                                          u"Heatwave continues. Fans on, blinds down, everyone grumpy."};
constexpr QStringView kWeatherAutumn[] = {u"Perfect autumn weather, crisp and sunny.",
                                          u"Heavy rain in the afternoon, got soaked walking back from the station.",
                                          u"Foggy morning, the whole street disappeared.",
                                          u"Leaves everywhere, the gutters need clearing.",
                                          u"Overcast but mild."};
constexpr QStringView kWorkGood[] = {
    u"{colleague} thanked me in front of everyone for the work on {component}. Didn't expect that.",
    u"Solved the {bug} that has been bugging us for weeks. Sweet relief.",
    u"Good day at work. Finally got {project} over the line and {colleague} said the demo went really well.",
    u"Had a long focus block in the morning and cleared most of my list.",
    u"The {meeting} went better than expected; we agreed on {worktopic} in twenty minutes.",
    u"Paired with {colleague} on the {bug} in {component} and we found the cause before lunch.",
    u"Shipped the {component} changes. Nothing broke (yet).",
    u"{client} signed off on the proposal. Small celebration with cake in the kitchen.",
    u"Felt sharp today — wrote most of the {doc} for {project} in one sitting."};
constexpr QStringView kWorkMid[] = {
    u"Quiet day. Tidied up the backlog for {project} and booked the {meeting}.",
    u"Helped {colleague} get set up on {component}; lost the afternoon but it was worth it.",
    u"Half the team was off, so fewer meetings and more actual work.",
    u"Work was fine. Mostly meetings about {worktopic}.",
    u"Spent the afternoon on the {doc} for {project}; slow going but it's taking shape.",
    u"Inbox zero by four, then a quiet hour reading documentation.",
    u"Reviewed {colleague}'s changes and answered a pile of emails.",
    u"Long {meeting} about {worktopic}. Some progress, lots of opinions.",
    u"Worked from home. Got through the boring admin I'd been avoiding.",
    u"1:1 with {colleague}: mostly about {worktopic} and their plans for next year."};
constexpr QStringView kWorkLow[] = {
    u"The {meeting} was a mess: no agenda, no decisions, an hour gone.",
    u"Production incident in {component} at four; home late and wired.",
    u"Frustrating day. The {project} deadline moved up again and nobody told me until standup.",
    u"Spent three hours chasing a {bug} that turned out to be a typo.",
    u"Too many meetings, no real work done. Need to block time tomorrow.",
    u"Tense conversation with {colleague} about {worktopic}. I could have handled it better.",
    u"Felt behind all day; the list for {project} keeps growing.",
    u"{client} escalated again. Spent the afternoon on calls instead of the work that matters."};
constexpr QStringView kFamily[] = {u"Called Mum in the evening; she's been {mumstatus}.",
                                   u"{kid} lost a tooth at school and was very proud of the gap.",
                                   u"Family dinner at {familyplace} — {kid} ate everything, a miracle.",
                                   u"Took {kid} to {kidactivity} and stayed to watch.",
                                   u"Dad came over to help with the garden fence. Mostly we drank tea and talked.",
                                   u"Video call with my sister in {city}; the baby is crawling now.",
                                   u"{partner} and I had a proper talk after the kids were asleep. Needed that.",
                                   u"Helped {kid} with {homework}; apparently I do everything the old-fashioned way.",
                                   u"Quiet evening at home, board games with everyone.",
                                   u"Grandma's birthday lunch, the whole family squeezed round one table.",
                                   u"School run chaos: {kid} couldn't find a left shoe for ten minutes."};
constexpr QStringView kFamilyLow[] = {u"Argued with {partner} about {chore}. Both tired, both a bit unfair.",
                                      u"The kids fought all afternoon and I had no patience left by bedtime."};
constexpr QStringView kExercise[] = {u"Ran {km} km along the river, legs heavy for the first two.",
                                     u"{minutes} minutes of yoga before breakfast.",
                                     u"Gym after work: squats and rows, added 5 kg.",
                                     u"Swam {laps} lengths at the pool; the lane was blissfully empty.",
                                     u"Cycled to the office and back, about {km} km in total.",
                                     u"Skipped the workout — just couldn't face it.",
                                     u"Long walk with {partner} at lunchtime, {steps} steps by evening.",
                                     u"Climbing session with {friend}, finally sent the blue route.",
                                     u"Parkrun this morning, a minute slower than last time but I enjoyed it more.",
                                     u"Stretched for {minutes} minutes; my back thanked me."};
constexpr QStringView kFood[] = {u"Made {dish} for dinner, which everyone actually liked.",
                                 u"Lunch was a sad desk sandwich again.",
                                 u"Tried the new {cuisine} place near the station; really good.",
                                 u"Meal-prepped {dish} on Sunday, paying off now.",
                                 u"Too much coffee today — four cups by three o'clock.",
                                 u"Ordered takeaway because nobody had the energy to cook.",
                                 u"Baked {bake} with {kid}; the kitchen looks like a flour bomb went off.",
                                 u"Ate more vegetables today than all of last week combined."};
constexpr QStringView kFriendsDays[] = {
    u"Drinks with {friend} after work; we talked about {friendtopic} for two hours.",
    u"{friend} came round for dinner and stayed far too late. Worth it.",
    u"Long phone call with {friend}, who is thinking of moving to {city}.",
    u"Board game night at {friend}'s. I lost every game.",
    u"Bumped into {friend} at the market, coffee turned into lunch."};
constexpr QStringView kReading[] = {u"Read forty pages of {book} before bed.",
                                    u"Finished {book}. {bookverdict}",
                                    u"Started {book} on {friend}'s recommendation.",
                                    u"Listened to the {book} audiobook on the commute."};
constexpr QStringView kHealth[] = {u"Headache most of the afternoon; drank more water and it eased.",
                                   u"Dentist check-up: no cavities.",
                                   u"Back is stiff from sitting all day. Need to do the stretches.",
                                   u"Got my flu jab.",
                                   u"Cold coming on — scratchy throat and a heavy head.",
                                   u"Blood test results came back normal. Relief."};
constexpr QStringView kMoney[] = {u"Checked the budget: spent too much on eating out this month.",
                                  u"Paid off the last of the credit card. Feels great.",
                                  u"Car needs new tyres; that's the savings gone.",
                                  u"Sat down and cancelled three subscriptions I'd forgotten about."};
constexpr QStringView kMoodHigh[] = {u"Feeling genuinely good today, light and unhurried.",
                                     u"One of those days where everything clicked.",
                                     u"Grateful, calm, a bit proud of myself.",
                                     u"Good energy all day, even after lunch.",
                                     u"Laughed a lot today. I want more days like this."};
constexpr QStringView kMoodMid[] = {u"Mood was okay, nothing special.",
                                    u"A bit flat in the afternoon but picked up later.",
                                    u"Neutral day. Not bad, not great.",
                                    u"Tired but content.",
                                    u"Ordinary day, and that's fine."};
constexpr QStringView kMoodLow[] = {u"Low mood most of the day, couldn't shake it.",
                                    u"Anxious about {worry} again.",
                                    u"Irritable and tired; I snapped at {partner} over nothing and apologised later.",
                                    u"Felt lonely this evening. Should message {friend}.",
                                    u"Heavy, foggy day. Going to bed early and hoping tomorrow is lighter."};
constexpr QStringView kTravel[] = {u"Day {tripday} in {place}. Walked until our feet hurt and ate far too well.",
                                   u"Day {tripday} in {place}. Trains were late, but the view made up for it.",
                                   u"Rainy in {place}, so we spent the afternoon in a museum.",
                                   u"Found a tiny café in {place} that I want to go back to every morning.",
                                   u"Beach all day, book and sunscreen. {place} suits me.",
                                   u"Packed, checked out, long journey. Glad we came to {place}."};
constexpr QStringView kWorkTravel[] = {
    u"Day {tripday} in {place}: talks in the morning, networking in the evening — exhausting.",
    u"Client workshop in {place} ran over, but {client} are happy.",
    u"Hotel breakfast, three meetings, airport. Work trips are less glamorous than they sound.",
    u"Presented our {project} results in {place}. Nervous beforehand, fine once I started."};
constexpr QStringView kGratitude[] = {u"Coffee in the sun",
                                      u"{kid}'s laugh at breakfast",
                                      u"A kind message from {colleague}",
                                      u"Hot shower after the run",
                                      u"Finding a parking spot right outside",
                                      u"The quiet house at 6am",
                                      u"{partner} making dinner",
                                      u"The smell of rain",
                                      u"Finishing a book",
                                      u"A good conversation with {friend}",
                                      u"Clean sheets",
                                      u"Mum sounding well on the phone",
                                      u"A day with no meetings",
                                      u"Fresh bread from the bakery"};
constexpr QStringView kHighlights[] = {u"{kid} read a whole chapter aloud to me.",
                                       u"finished the {doc} for {project}.",
                                       u"ran {km} km without stopping.",
                                       u"dinner with {friend}.",
                                       u"the sunset on the way home.",
                                       u"{client} said yes."};
constexpr QStringView kTomorrow[] = {u"get to bed by eleven.",
                                     u"call the dentist first thing.",
                                     u"start on the {project} review.",
                                     u"run before work.",
                                     u"no phone before breakfast.",
                                     u"reply to {colleague}.",
                                     u"make a proper plan for the weekend."};
constexpr QStringView kQuotes[] = {u"Done is better than perfect.",
                                   u"You can do anything, but not everything.",
                                   u"Slow is smooth, smooth is fast.",
                                   u"The days are long but the years are short.",
                                   u"Rest is not a reward; it is part of the work."};

// ---- Indonesian journal sentences --------------------------------------------------------------------------------

constexpr QStringView kIdSleep[] = {u"Tidur cukup nyenyak semalam, sekitar {hours} jam.",
                                    u"Bangun kesiangan karena alarm tidak bunyi.",
                                    u"Semalam susah tidur, baru bisa terlelap jam dua pagi.",
                                    u"Tidur cuma {hours} jam, {kid} terbangun beberapa kali.",
                                    u"Bangun jam {wake}, badan terasa segar."};
constexpr QStringView kIdWeather[] = {u"Hari ini hujan deras dari siang sampai sore, jalanan macet parah.",
                                      u"Cuaca cerah dan panas, enak buat jalan pagi.",
                                      u"Mendung seharian tapi tidak jadi hujan.",
                                      u"Udaranya sejuk sekali pagi ini."};
constexpr QStringView kIdWorkGood[] = {u"Rapat dengan tim soal {project} lancar, akhirnya ada keputusan.",
                                       u"Presentasi ke {client} berjalan baik, mereka setuju dengan usulan kita.",
                                       u"Kerjaan hari ini cukup produktif, hampir semua daftar selesai."};
constexpr QStringView kIdWorkMid[] = {u"Kerjaan biasa saja, kebanyakan rapat dan membalas email.",
                                      u"Seharian mengerjakan laporan untuk {client}.",
                                      u"Kerja dari rumah, lumayan tenang."};
constexpr QStringView kIdWorkLow[] = {
    u"Kerjaan menumpuk, banyak email yang belum dibalas.",
    u"Deadline {project} dimajukan lagi, rasanya capek sekali.",
    u"Ada salah paham dengan {colleague} soal anggaran, harus dibicarakan lagi besok."};
constexpr QStringView kIdFamily[] = {u"Telepon Ibu, beliau sehat dan titip salam untuk semua.",
                                     u"Main sama anak-anak di taman sampai magrib.",
                                     u"Makan malam bersama keluarga, {kid} cerita panjang soal sekolahnya.",
                                     u"Antar {kid} les renang, lalu belanja ke pasar.",
                                     u"Video call dengan kakak di {city}, keponakan sudah bisa jalan."};
constexpr QStringView kIdFood[] = {u"Makan siang nasi padang dengan rendang dan sayur nangka.",
                                   u"Malam ini masak sayur asem dan tempe goreng bareng {partner}.",
                                   u"Beli martabak manis di depan kompleks, enak sekali.",
                                   u"Sarapan bubur ayam di dekat kantor."};
constexpr QStringView kIdExercise[] = {u"Lari pagi {km} km keliling kompleks.",
                                       u"Yoga {minutes} menit sebelum tidur, badan jadi lebih enak.",
                                       u"Bersepeda sore dengan {friend}.",
                                       u"Hari ini tidak sempat olahraga sama sekali."};
constexpr QStringView kIdMoodHigh[] = {u"Hari yang menyenangkan, banyak hal kecil yang bikin senyum.",
                                       u"Perasaan ringan dan bersyukur hari ini."};
constexpr QStringView kIdMoodMid[] = {u"Perasaan hari ini campur aduk, agak capek tapi bersyukur.",
                                      u"Hari yang biasa saja, tidak ada yang istimewa."};
constexpr QStringView kIdMoodLow[] = {u"Lagi kurang semangat, mungkin karena kurang tidur.",
                                      u"Agak cemas soal {worry}, susah fokus.",
                                      u"Hari yang berat. Semoga besok lebih baik."};
constexpr QStringView kIdTravel[] = {
    u"Hari ke-{tripday} di {place}. Jalan-jalan sampai kaki pegal, makanannya enak semua.",
    u"Hari ke-{tripday} di {place}. Hujan sore, jadi kami istirahat di penginapan.",
    u"Pagi-pagi lihat matahari terbit di {place}, indah sekali.",
    u"Pulang dari {place}, perjalanannya panjang tapi senang."};
constexpr QStringView kIdGratitude[] = {u"Kopi enak di pagi hari",
                                        u"Ngobrol lama dengan teman lama",
                                        u"Cuaca yang bersahabat",
                                        u"Anak-anak sehat",
                                        u"Makan malam bersama keluarga",
                                        u"Pekerjaan selesai tepat waktu"};

// ---- Tasks -------------------------------------------------------------------------------------------------------

constexpr QStringView kCallees[] = {u"dentist",
                                    u"plumber",
                                    u"landlord",
                                    u"Mum",
                                    u"Dad",
                                    u"the bank",
                                    u"the insurance company",
                                    u"the vet",
                                    u"electrician",
                                    u"Grandma",
                                    u"the internet provider",
                                    u"the school office",
                                    u"Dr Patel's office",
                                    u"the garage about the MOT",
                                    u"the council about the bins",
                                    u"the GP surgery",
                                    u"the letting agent",
                                    u"the airline about the refund",
                                    u"the bike shop"};
constexpr QStringView kBills[] = {u"electricity",
                                  u"water",
                                  u"internet",
                                  u"phone",
                                  u"gas",
                                  u"council tax",
                                  u"credit card",
                                  u"car insurance",
                                  u"childcare"};
constexpr QStringView kAppointments[] = {u"dentist appointment",
                                         u"haircut",
                                         u"car service",
                                         u"eye test",
                                         u"annual check-up",
                                         u"vet appointment for Miso",
                                         u"flu jab",
                                         u"parent-teacher meeting",
                                         u"boiler service"};
constexpr QStringView kShopping[] = {u"milk and eggs",
                                     u"a birthday card for {friend}",
                                     u"printer ink",
                                     u"light bulbs",
                                     u"cat food",
                                     u"a new kettle",
                                     u"school shoes for {kid}",
                                     u"AA batteries",
                                     u"coffee beans",
                                     u"groceries for the week",
                                     u"bin bags",
                                     u"a present for {kid}'s friend"};
constexpr QStringView kFixables[] = {u"the leaking tap",
                                     u"the bike brakes",
                                     u"the squeaky door",
                                     u"the garden gate",
                                     u"the Wi-Fi extender",
                                     u"the dishwasher filter",
                                     u"the wobbly chair",
                                     u"the bathroom light"};
constexpr QStringView kDocuments[] = {u"passport",
                                      u"driving licence",
                                      u"car registration",
                                      u"library card",
                                      u"home insurance",
                                      u"gym membership",
                                      u"domain name",
                                      u"parking permit"};
constexpr QStringView kRooms[] = {u"the garage",
                                  u"the fridge",
                                  u"the bathroom",
                                  u"the kids' room",
                                  u"the balcony",
                                  u"the oven",
                                  u"the desk drawer",
                                  u"the shed"};
constexpr QStringView kStores[] = {u"IKEA", u"the hardware store", u"Amazon", u"the bookshop", u"Decathlon"};
constexpr QStringView kReturnables[] = {u"the lamp", u"the jacket", u"the wrong charger", u"the blender", u"the shoes"};
constexpr QStringView kSubscriptions[] = {u"streaming", u"magazine", u"cloud storage", u"meal kit", u"gym"};
constexpr QStringView kBanks[] = {u"current account", u"savings account", u"credit card", u"pension"};
constexpr QStringView kEvents[] = {u"{kid}'s birthday party",
                                   u"the summer holiday",
                                   u"a weekend away",
                                   u"the anniversary dinner",
                                   u"Christmas",
                                   u"Lebaran visit to Grandma",
                                   u"the school fundraiser"};
constexpr QStringView kCourses[] = {u"the Spanish course",
                                    u"the data science course",
                                    u"the pottery class",
                                    u"the first-aid course"};
constexpr QStringView kPrescriptions[] = {u"inhaler", u"allergy", u"blood pressure"};

constexpr QStringView kWorkTasks[] = {u"Review Q{q} {workdoc}",
                                      u"Prepare slides for the {meeting}",
                                      u"Reply to {colleague} about {worktopic}",
                                      u"Write {doc} for {project}",
                                      u"Submit expense report for {month}",
                                      u"1:1 with {colleague}",
                                      u"Update {projectname} roadmap",
                                      u"Fix {bug} in {component}",
                                      u"Send invoice to {client}",
                                      u"Follow up with {client} on {worktopic}",
                                      u"Read {colleague}'s proposal",
                                      u"Plan Q{q} OKRs",
                                      u"Book travel for {conference}",
                                      u"Interview candidate for {role} role",
                                      u"Approve {colleague}'s time off",
                                      u"Clean up the {component} tests",
                                      u"Draft agenda for the {meeting}",
                                      u"Share {doc} with {colleague}",
                                      u"Check {projectname} metrics",
                                      u"Prepare performance review for {colleague}",
                                      u"Ask {colleague} for feedback on the {doc}",
                                      u"Estimate {component} work for {projectname}",
                                      u"Write up notes from the {meeting}",
                                      u"Migrate {component} to the new API",
                                      u"Renew {client} contract",
                                      u"Send {client} the revised quote",
                                      u"Sort out access for the new {role}",
                                      u"Review {colleague}'s {doc}",
                                      u"Triage {component} bug reports",
                                      u"Prepare demo of {projectname} for {client}",
                                      u"Book meeting room for the {meeting}",
                                      u"Check in with {colleague} about {worktopic}",
                                      u"Decide on {worktopic}",
                                      u"Archive old {projectname} tickets",
                                      u"Submit timesheet",
                                      u"Post job ad for {role}",
                                      u"Reconcile {month} invoices",
                                      u"Write {projectname} status update"};
constexpr QStringView kHomeTasks[] = {u"Pay {bill} bill",
                                      u"Fix {fixable}",
                                      u"Clean {room}",
                                      u"Water the plants",
                                      u"Take out the recycling",
                                      u"Defrost the freezer",
                                      u"Change the bed sheets",
                                      u"Book {appointment}",
                                      u"Renew {document}",
                                      u"Schedule {appointment}",
                                      u"Replace the smoke alarm battery",
                                      u"Call {callee}",
                                      u"Cancel {subscription} subscription",
                                      u"Hoover the car",
                                      u"Clear the gutters",
                                      u"Get quotes for {homejob}",
                                      u"Paint {room}",
                                      u"Sort out {room}",
                                      u"Bleed the radiators",
                                      u"Mow the lawn",
                                      u"Wash the windows",
                                      u"Put up shelves in {room}",
                                      u"Descale the kettle",
                                      u"Test the smoke alarms",
                                      u"Move {subscription} to the cheaper plan",
                                      u"Read the {document} renewal letter",
                                      u"Fix {fixable} properly",
                                      u"Book {homejob}"};
constexpr QStringView kErrandTasks[] = {u"Buy {shopping}",
                                        u"Return {returnable} to {stores}",
                                        u"Pick up dry cleaning",
                                        u"Post the parcel to {friend}",
                                        u"Collect prescription",
                                        u"Drop off donations at the charity shop",
                                        u"Get keys cut",
                                        u"Buy {shopping}",
                                        u"Top up transit card",
                                        u"Get {shopping} on the way home",
                                        u"Pick up {kid} from {kidactivity}",
                                        u"Take {returnable} back to {stores}",
                                        u"Get passport photos taken",
                                        u"Take the car for a wash",
                                        u"Collect the parcel from the post office",
                                        u"Drop {kid}'s forms at school",
                                        u"Get cash for the window cleaner"};
constexpr QStringView kHealthTasks[] = {u"Refill {prescription} prescription",
                                        u"Book physio",
                                        u"Run {km} km",
                                        u"Yoga class at {time}",
                                        u"Meal prep for the week",
                                        u"Book blood test",
                                        u"Stretch for 15 minutes",
                                        u"Book {appointment}",
                                        u"Call {callee}",
                                        u"Walk {km} km",
                                        u"Book {minutes}-minute massage",
                                        u"Try the new {exercise} class",
                                        u"Log weight and blood pressure",
                                        u"Order contact lenses",
                                        u"Buy new running shoes",
                                        u"Cancel gym induction",
                                        u"No coffee after 2pm this week"};
constexpr QStringView kFinanceTasks[] = {u"Transfer {amount} to savings",
                                         u"File tax return",
                                         u"Check {bank} statement",
                                         u"Review subscriptions",
                                         u"Pay {friend} back for dinner",
                                         u"Update budget spreadsheet",
                                         u"Pay {bill} bill",
                                         u"Compare {bill} tariffs",
                                         u"Send receipts to the accountant",
                                         u"Set up direct debit for {bill}",
                                         u"Claim {month} expenses",
                                         u"Move {amount} to the holiday fund",
                                         u"Check pension contributions",
                                         u"Split {event} costs with {friend}",
                                         u"Dispute the {bill} charge",
                                         u"Download {month} payslip",
                                         u"Renew {document}"};
constexpr QStringView kFamilyTasks[] = {u"Buy birthday present for {friend}",
                                        u"Plan {event}",
                                        u"Call Grandma",
                                        u"Send photos to Mum",
                                        u"Book restaurant for the anniversary",
                                        u"Help {kid} with {homework}",
                                        u"Sign {kid}'s school form",
                                        u"Organise {event}",
                                        u"Call {callee}",
                                        u"Book {kidactivity} for {kid}",
                                        u"Buy {kid} a {kidgift}",
                                        u"Arrange babysitter for {weekday}",
                                        u"Send thank-you card to {friend}",
                                        u"Plan {partner}'s birthday",
                                        u"Print photos for Grandma",
                                        u"Ask {friend} about {event}",
                                        u"Label {kid}'s school uniform",
                                        u"Find {kid}'s library books"};
constexpr QStringView kLearningTasks[] = {u"Read chapter {n} of {book}",
                                          u"Practise guitar",
                                          u"Finish {course} module {n}",
                                          u"Write blog post about {worktopic}",
                                          u"Back up the laptop",
                                          u"Update CV",
                                          u"Sort out the photo library",
                                          u"Watch the talk {colleague} recommended",
                                          u"Finish {book}",
                                          u"Start {book}",
                                          u"Practise Indonesian for {minutes} minutes",
                                          u"Learn the basics of {skill}",
                                          u"Sign up for {course}",
                                          u"Read the {worktopic} article {friend} sent",
                                          u"Rewrite the home server backup script",
                                          u"Try {skill} tutorial"};
constexpr QStringView kTaskSuffixes[] = {u" before {weekday}",
                                         u" this week",
                                         u" (again)",
                                         u" — ask {partner}",
                                         u" before the weekend",
                                         u" by end of {month}",
                                         u" tonight",
                                         u" after the school run",
                                         u" if there's time"};
constexpr QStringView kHomeJobs[] = {u"the roof repair",
                                     u"a new boiler",
                                     u"the fence",
                                     u"the kitchen tap",
                                     u"the bathroom grout",
                                     u"loft insulation",
                                     u"the gutter cleaning"};
constexpr QStringView kKidGifts[] =
    {u"new lunchbox", u"pair of trainers", u"book for the holidays", u"swimming cap", u"Lego set", u"raincoat"};
constexpr QStringView kSkills[] = {u"Rust",
                                   u"watercolour",
                                   u"sourdough",
                                   u"touch typing",
                                   u"SQL window functions",
                                   u"guitar chords",
                                   u"bike maintenance"};
constexpr QStringView kExerciseKinds[] = {u"spin", u"pilates", u"boxing", u"yoga", u"HIIT", u"climbing"};
constexpr QStringView kTaskNotes[] = {u"Reference number {ref}.",
                                      u"Ask about the cancellation fee.",
                                      u"Number is in the email from {colleague}.",
                                      u"Need the receipt from {month}.",
                                      u"Before {weekday}.",
                                      u"Waiting on {colleague} to reply first.",
                                      u"Check whether it's covered by insurance.",
                                      u"They open at 9, closed on Sundays.",
                                      u"Ask {partner} first.",
                                      u"Second reminder — don't forget this time."};
constexpr QStringView kIdTasks[] = {u"Bayar tagihan listrik",
                                    u"Telepon Ibu",
                                    u"Beli beras dan minyak goreng",
                                    u"Servis motor",
                                    u"Kirim uang ke adik",
                                    u"Perpanjang SIM",
                                    u"Bayar iuran RT",
                                    u"Beli pulsa",
                                    u"Jemput anak les",
                                    u"Cek laporan keuangan bulan {month}",
                                    u"Siapkan bahan rapat dengan {client}",
                                    u"Beli kado untuk {friend}"};

// ---- Notes -------------------------------------------------------------------------------------------------------

constexpr QStringView kMeetingTitles[] = {u"{projectname} sync — {date}",
                                          u"{meeting} notes ({date})",
                                          u"Call with {client} — {date}",
                                          u"{projectname} kickoff — {date}",
                                          u"Weekly team meeting {date}"};
constexpr QStringView kAgenda[] = {u"Status of {project}",
                                   u"Decision on {worktopic}",
                                   u"Hiring update",
                                   u"Risks and blockers",
                                   u"Next steps with {client}",
                                   u"Q{q} planning",
                                   u"Feedback on the {doc}"};
constexpr QStringView kMeetingPoints[] = {u"Agreed to push the {projectname} launch by two weeks",
                                          u"{colleague} raised concerns about {worktopic}",
                                          u"Budget is tight; no new tools this quarter",
                                          u"Customer feedback on {component} mostly positive",
                                          u"Need a decision on {worktopic} by Friday",
                                          u"Support tickets down 12% since the fix in {component}",
                                          u"We keep circling the same question about {worktopic}; parked it",
                                          u"**Decision:** go with the simpler option for {component}",
                                          u"{client} wants a proposal by the end of the month",
                                          u"Two people out next week, plan around it"};
constexpr QStringView kActions[] = {u"draft the {doc}",
                                    u"follow up with {client}",
                                    u"check the numbers for {worktopic}",
                                    u"book a room for the {meeting}",
                                    u"write up the decision on {worktopic}",
                                    u"share the {doc} with the team",
                                    u"fix the {bug} in {component}"};
constexpr QStringView kBookIdeas[] = {u"Small habits compound; focus on systems over goals",
                                      u"Attention is the scarce resource",
                                      u"Write things down to free your head",
                                      u"Most decisions are reversible — make them faster",
                                      u"Characters who want something are easier to follow",
                                      u"Rest is part of the work, not its opposite",
                                      u"Environment beats willpower",
                                      u"We overestimate a year and underestimate a decade",
                                      u"The story is told through what people do, not what they say"};
constexpr QStringView kRecipeIntros[] = {u"Weeknight standby, 30 minutes.",
                                         u"From {friend}, slightly adapted.",
                                         u"The kids' favourite.",
                                         u"Better the next day.",
                                         u"Good for using up whatever is in the fridge."};
constexpr QStringView kIngredients[] = {u"2 onions, chopped",
                                        u"3 cloves garlic",
                                        u"1 tin chopped tomatoes",
                                        u"400 g chicken thighs",
                                        u"1 tsp cumin",
                                        u"a thumb of ginger",
                                        u"200 g rice",
                                        u"1 red chilli",
                                        u"a handful of coriander",
                                        u"2 tbsp soy sauce",
                                        u"1 lime",
                                        u"250 ml coconut milk",
                                        u"salt and pepper",
                                        u"olive oil",
                                        u"4 eggs",
                                        u"150 g spinach",
                                        u"1 tbsp honey",
                                        u"300 g pasta"};
constexpr QStringView kMethodSteps[] = {u"Fry the onions slowly until soft and golden, about 10 minutes.",
                                        u"Add the garlic and spices, cook for a minute.",
                                        u"Tip in the tomatoes and simmer for 20 minutes.",
                                        u"Season, taste, adjust.",
                                        u"Stir through the greens at the end so they stay bright.",
                                        u"Rest for five minutes before serving.",
                                        u"Serve with rice and a squeeze of lime.",
                                        u"Bake at 200 °C for 25 minutes, turning once."};
constexpr QStringView kRecipeNotes[] = {u"Double the garlic, always.",
                                        u"Freezes well.",
                                        u"Use thighs, not breast — breast dries out.",
                                        u"**Don't** skip the resting time."};
constexpr QStringView kIdeas[] = {u"{ideaform} {ideatopic}",
                                  u"{ideaform} {ideatopic}",
                                  u"{ideaform} {ideatopic}",
                                  u"a neighbourhood tool library",
                                  u"a monthly family newsletter",
                                  u"turning the spare room into a studio",
                                  u"automating the invoice reminders",
                                  u"a running club for beginners at work",
                                  u"weekly no-meeting afternoons",
                                  u"a photo book for Mum's 70th",
                                  u"a shared family calendar that actually gets used",
                                  u"a reading challenge with {kid}"};
constexpr QStringView kIdeaForms[] = {u"a small app for",
                                      u"a weekend workshop on",
                                      u"a shared spreadsheet for",
                                      u"a newsletter about",
                                      u"a podcast about",
                                      u"a side project for",
                                      u"a talk at work on",
                                      u"a blog series on",
                                      u"a kids' club for",
                                      u"a browser extension for"};
constexpr QStringView kIdeaTopics[] = {u"tracking plant watering",
                                       u"family recipes",
                                       u"sharing kids' clothes",
                                       u"splitting bills between friends",
                                       u"learning Indonesian",
                                       u"local walks",
                                       u"fixing bikes",
                                       u"home energy use",
                                       u"saving for holidays",
                                       u"meal planning",
                                       u"remembering birthdays",
                                       u"second-hand furniture",
                                       u"running for beginners",
                                       u"better meetings",
                                       u"reading more",
                                       u"sleep habits",
                                       u"the garden",
                                       u"old family photos"};
constexpr QStringView kIdeaSentences[] = {u"The problem it solves is real: I hit it every week.",
                                          u"Not sure anyone else would care, but I would.",
                                          u"Cheapest version first — a spreadsheet and a reminder.",
                                          u"Talk to {friend} about it, they've done something similar.",
                                          u"Biggest risk is that I lose interest after a month.",
                                          u"Could start small this weekend.",
                                          u"Needs maybe two evenings to try properly.",
                                          u"{partner} thinks it's a good idea, which is a first."};
constexpr QStringView kHomeHowTos[] = {u"bleed the radiators",
                                       u"reset the router",
                                       u"renew the passport online",
                                       u"descale the coffee machine",
                                       u"change the car wiper blades",
                                       u"reset the boiler pressure",
                                       u"unblock the kitchen sink",
                                       u"reset the washing machine",
                                       u"winterise the outdoor tap",
                                       u"re-seal the shower tray",
                                       u"jump-start the car",
                                       u"get the kids' passports renewed"};
constexpr QStringView kTechHowTos[] = {u"rebase a branch onto main",
                                       u"set up the printer on the new laptop",
                                       u"export photos from the old NAS",
                                       u"restore the phone from backup",
                                       u"renew the TLS certificate",
                                       u"free up disk space on the laptop",
                                       u"set up the VPN at home",
                                       u"move the family photos to the new drive",
                                       u"reinstall Debian on the old laptop",
                                       u"set up two-factor on everything",
                                       u"fix the flaky Wi-Fi upstairs",
                                       u"run the database backup by hand"};
constexpr QStringView kHowToSteps[] = {u"Turn it off at the wall and wait thirty seconds.",
                                       u"Find the settings page (it's hidden under Advanced).",
                                       u"Write down the old values before changing anything.",
                                       u"Check it worked; if not, repeat once.",
                                       u"Keep the receipt/reference in the shared folder.",
                                       u"Takes about ten minutes the second time.",
                                       u"Ask {partner} where the key is.",
                                       u"Log in with the account in the password manager."};
constexpr QStringView kCodeSnippets[] = {
    u"```sh\ngit fetch origin\ngit rebase origin/main\ngit push --force-with-lease\n```",
    u"```sh\ndu -sh ~/* | sort -h | tail\n```",
    u"```sh\nrsync -av --progress /mnt/nas/photos/ ~/Pictures/\n```",
    u"```sh\nsudo certbot renew --dry-run\n```",
    u"```python\nfor path in sorted(root.glob('*.jpg')):\n    print(path.name)\n```"};
constexpr QStringView kTripActivities[] = {u"arrive, check in, walk around",
                                           u"old town and the market",
                                           u"museum in the morning, beach in the afternoon",
                                           u"day trip by train",
                                           u"hike if the weather holds",
                                           u"rest day, nothing planned",
                                           u"dinner at the place {friend} recommended",
                                           u"fly home"};
constexpr QStringView kPackingItems[] = {u"passport",
                                         u"chargers",
                                         u"adapter",
                                         u"sunscreen",
                                         u"rain jacket",
                                         u"kids' tablets and headphones",
                                         u"medicine bag",
                                         u"swimming things",
                                         u"book",
                                         u"snacks for the journey"};
constexpr QStringView kListTitles[] = {u"Gift ideas for {friend}",
                                       u"Books to read",
                                       u"Films to watch",
                                       u"Restaurants to try",
                                       u"Things to fix in the house",
                                       u"Questions for the doctor",
                                       u"Weekend ideas with the kids",
                                       u"Podcasts people recommended"};
constexpr QStringView kListItems[] = {u"{book}",
                                      u"the {cuisine} place {friend} mentioned",
                                      u"{fixable}",
                                      u"ask about {worry}",
                                      u"a board game for {kid}",
                                      u"{dish}",
                                      u"{bake}",
                                      u"a trip to {tripplace}",
                                      u"the documentary about octopuses",
                                      u"noise-cancelling headphones",
                                      u"a good umbrella"};
constexpr QStringView kThoughtTitles[] = {u"On being busy",
                                          u"What I want from this year",
                                          u"Notes to self about {worry}",
                                          u"Why I keep starting things",
                                          u"Morning routine experiments",
                                          u"Lessons from {project}",
                                          u"Things I'd tell myself ten years ago",
                                          u"Rules for a calmer week"};
constexpr QStringView kReflective[] = {
    u"I keep noticing that the days I write in the morning go better.",
    u"Busy is not the same as useful, and I confuse them constantly.",
    u"Most of what worries me on Sunday evening never happens.",
    u"When I sleep properly, everything else is easier: food, patience, work.",
    u"I say yes too fast and then resent the calendar I built myself.",
    u"The kids won't remember the tidy house; they'll remember whether I was there.",
    u"Progress feels slow week to week and obvious year to year.",
    u"I'd like fewer, better things: fewer projects, fewer apps, fewer evenings out.",
    u"It helps to decide the night before what the one important thing is.",
    u"Walking without headphones is where most of my good ideas come from.",
    u"Money stress is mostly uncertainty; a plan makes it smaller.",
    u"I want to be the kind of friend who calls first.",
    u"Looking back at {month}: better than I remembered while living it.",
    u"I notice I reach for my phone the moment I feel bored, and then feel worse.",
    u"The best conversations this year happened on walks, not at tables.",
    u"Every time I plan less, I enjoy more of what is planned.",
    u"Work expands to fill the evening if I let it; a hard stop at six helps.",
    u"{kid} asked me what I do all day and I didn't have a good answer.",
    u"Small repairs left undone cost more attention than they would take to fix.",
    u"I underestimate how much the weather changes my mood.",
    u"When {partner} and I are both tired, we should postpone hard conversations, not have them.",
    u"I'd like to read more fiction and fewer articles about productivity.",
    u"Saying no to {project} was the best decision of the quarter.",
    u"The list of things I should do is never finished, so finishing cannot be the goal.",
    u"I feel better after cooking a proper meal than after ordering in, even when I'm tired.",
    u"Friendships need maintenance like anything else; a message costs nothing.",
    u"Most of my stress about {worry} comes from not having looked at it properly.",
    u"There's a version of me that runs every morning, and he sleeps before eleven.",
    u"Reading {book} made me want to write more honestly here.",
    u"I can't tell whether I'm tired or bored, and the cure is different.",
    u"Routines feel restrictive until they're gone, and then everything wobbles.",
    u"I miss the version of weekends where nothing was scheduled.",
    u"A good day usually starts the night before.",
    u"I want to spend less time managing life and more time living it, which is ironic in a journal app.",
    u"Money spent on experiences with {friend} never feels wasted afterwards.",
    u"The hard part of change is the first week; after that it is just the new normal.",
    u"When I compare this {month} with the same month two years ago, a lot has quietly improved.",
    u"I should write down what went well as carefully as what went wrong.",
    u"{kid} is growing up faster than I can keep track of; I want to notice more.",
    u"Being kind to myself on bad days makes the next day better, not worse."};
constexpr QStringView kProjectQuestions[] = {u"Who owns {component} after the reorg?",
                                             u"Do we really need {worktopic} before launch?",
                                             u"What does {client} actually measure success by?",
                                             u"Can we cut scope instead of moving the date?",
                                             u"How do we roll back if the migration fails halfway?",
                                             u"Is the {doc} still accurate?"};
constexpr QStringView kIdMeetingPoints[] = {u"Jadwal peluncuran {projectname} mundur dua minggu",
                                            u"{colleague} minta data penjualan terbaru",
                                            u"Anggaran bulan depan harus dihemat",
                                            u"Perlu keputusan soal vendor sebelum Jumat",
                                            u"Klien puas dengan hasil demo"};
constexpr QStringView kIdDishes[] =
    {u"Nasi Goreng Kampung", u"Sayur Asem", u"Soto Ayam", u"Rendang Daging", u"Tempe Orek", u"Sambal Matah"};
constexpr QStringView kIdIngredients[] = {u"2 siung bawang putih",
                                          u"5 butir bawang merah",
                                          u"3 cabai merah",
                                          u"1 batang serai",
                                          u"2 lembar daun salam",
                                          u"garam dan gula secukupnya",
                                          u"500 g daging sapi",
                                          u"1 papan tempe",
                                          u"santan 400 ml",
                                          u"kecap manis"};
constexpr QStringView kIdMethod[] = {u"Haluskan bawang merah, bawang putih dan cabai.",
                                     u"Tumis bumbu halus sampai harum.",
                                     u"Masukkan daging, aduk rata.",
                                     u"Tambahkan santan, masak dengan api kecil sampai kuah menyusut.",
                                     u"Koreksi rasa, lalu sajikan dengan nasi hangat."};
constexpr QStringView kIdShopping[] = {u"Beras 5 kg",
                                       u"Minyak goreng",
                                       u"Telur 1 kg",
                                       u"Gula pasir",
                                       u"Sabun cuci piring",
                                       u"Kopi bubuk",
                                       u"Susu untuk anak-anak",
                                       u"Kecap manis",
                                       u"Mie instan",
                                       u"Sayur dan buah untuk seminggu"};

struct Slot
{
    QStringView name;
    std::span<const QStringView> bank;
};

const Slot kSlots[] = {
    {u"kid", kKids},
    {u"partner", kPartner},
    {u"friend", kFriends},
    {u"colleague", kColleagues},
    {u"client", kClients},
    {u"project", kProjects},
    {u"projectname", kProjectNames},
    {u"component", kComponents},
    {u"worktopic", kWorkTopics},
    {u"meeting", kMeetings},
    {u"bug", kBugs},
    {u"workdoc", kWorkDocs},
    {u"doc", kDocs},
    {u"role", kRoles},
    {u"conference", kConferences},
    {u"city", kCities},
    {u"tripplace", kTripPlaces},
    {u"month", kMonths},
    {u"weekday", kWeekdays},
    {u"book", kBooks},
    {u"bookverdict", kBookVerdicts},
    {u"dish", kDishes},
    {u"cuisine", kCuisines},
    {u"bake", kBakes},
    {u"kidactivity", kKidActivities},
    {u"homework", kHomework},
    {u"worry", kWorries},
    {u"mumstatus", kMumStatus},
    {u"familyplace", kFamilyPlaces},
    {u"chore", kChores},
    {u"friendtopic", kFriendTopics},
    {u"callee", kCallees},
    {u"bill", kBills},
    {u"appointment", kAppointments},
    {u"shopping", kShopping},
    {u"fixable", kFixables},
    {u"document", kDocuments},
    {u"room", kRooms},
    {u"stores", kStores},
    {u"returnable", kReturnables},
    {u"subscription", kSubscriptions},
    {u"bank", kBanks},
    {u"event", kEvents},
    {u"course", kCourses},
    {u"homejob", kHomeJobs},
    {u"ideaform", kIdeaForms},
    {u"ideatopic", kIdeaTopics},
    {u"kidgift", kKidGifts},
    {u"skill", kSkills},
    {u"exercise", kExerciseKinds},
    {u"prescription", kPrescriptions},
    {u"ideas", kIdeas},
};

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

enum class Tone {
    Low,
    Mid,
    High
};

Tone toneOf(const SampleDay &day)
{
    if (!day.mood)
        return Tone::Mid;
    if (*day.mood <= 4)
        return Tone::Low;
    return *day.mood >= 7 ? Tone::High : Tone::Mid;
}

std::span<const QStringView> weatherFor(const QDate &day)
{
    switch (day.month()) {
    case 12:
    case 1:
    case 2:
        return kWeatherWinter;
    case 3:
    case 4:
    case 5:
        return kWeatherSpring;
    case 6:
    case 7:
    case 8:
        return kWeatherSummer;
    default:
        return kWeatherAutumn;
    }
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

QString joinParagraphs(const QStringList &paragraphs)
{
    QStringList kept;
    for (const QString &paragraph : paragraphs) {
        if (!paragraph.trimmed().isEmpty())
            kept.append(paragraph.trimmed());
    }
    return kept.join(QStringLiteral("\n\n"));
}

void addTag(QStringList &tags, const QString &tag)
{
    if (tags.size() < 3 && !tags.contains(tag))
        tags.append(tag);
}

} // namespace

// ---- Template filling ------------------------------------------------------------------------------------------

void SampleText::setVar(QStringView name, const QString &value)
{
    for (auto &[varName, varValue] : m_vars) {
        if (varName == name) {
            varValue = value;
            return;
        }
    }
    m_vars.emplace_back(name, value);
}

QString SampleText::slot(QStringView name)
{
    for (const auto &[varName, value] : m_vars) {
        if (varName == name)
            return value;
    }
    if (name == u"km")
        return QString::number(m_random.between(3, 14));
    if (name == u"minutes")
        return QString::number(5 * m_random.between(4, 12));
    if (name == u"laps")
        return QString::number(2 * m_random.between(10, 30));
    if (name == u"steps") {
        const int steps = m_random.between(80, 190) * 100;
        return QString::number(steps / 1000) + u',' + QString::number(steps % 1000).rightJustified(3, u'0');
    }
    if (name == u"n")
        return QString::number(m_random.between(2, 9));
    if (name == u"q")
        return QString::number(m_random.between(1, 4));
    if (name == u"amount")
        return QString::number(25 * m_random.between(2, 40));
    if (name == u"ref")
        return QString::number(m_random.between(100000, 999999));
    if (name == u"time")
        return twoDigits(m_random.between(7, 20))
               + (m_random.chance(0.5) ? QStringLiteral(":00") : QStringLiteral(":30"));
    if (name == u"wake")
        return QString::number(m_random.between(5, 8)) + u':' + twoDigits(5 * m_random.between(0, 11));
    for (const Slot &entry : kSlots) {
        if (entry.name == name)
            return pickFilled(entry.bank);
    }
    Q_ASSERT_X(false, "SampleText::slot", "unknown slot");
    return name.toString();
}

QString SampleText::fill(QStringView pattern)
{
    QString out;
    out.reserve(pattern.size() + 32);
    qsizetype from = 0;
    while (from < pattern.size()) {
        const qsizetype open = pattern.indexOf(u'{', from);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(u'}', open);
        if (close < 0) {
            out += pattern.mid(from);
            break;
        }
        out += pattern.mid(from, open - from);
        out += slot(pattern.mid(open + 1, close - open - 1));
        from = close + 1;
    }
    return out;
}

QString SampleText::sentences(Bank bank, int count)
{
    QStringList picked;
    QList<qsizetype> used;
    count = std::min<int>(count, int(bank.size()));
    while (int(picked.size()) < count) {
        const qsizetype index = m_random.between(0, int(bank.size()) - 1);
        if (used.contains(index))
            continue;
        used.append(index);
        picked.append(fill(bank[std::size_t(index)]));
    }
    return picked.join(u' ');
}

QString SampleText::bullets(Bank bank, int count, QStringView marker)
{
    QStringList lines;
    QList<qsizetype> used;
    count = std::min<int>(count, int(bank.size()));
    for (int i = 0; i < count; ++i) {
        qsizetype index = m_random.between(0, int(bank.size()) - 1);
        while (used.contains(index))
            index = (index + 1) % qsizetype(bank.size());
        used.append(index);
        const QString prefix = marker == u"1." ? QString::number(i + 1) + u". " : marker.toString();
        lines.append(prefix + fill(bank[std::size_t(index)]));
    }
    return lines.join(u'\n');
}

// ---- Journal ---------------------------------------------------------------------------------------------------

SampleTrip SampleText::trip()
{
    if (m_random.chance(0.25))
        return {m_random.pick(kIndonesianPlaces).toString(), true, m_random.chance(0.2)};
    return {m_random.pick(kTripPlaces).toString(), false, m_random.chance(0.3)};
}

SampleEntryText SampleText::journal(const SampleDay &day)
{
    m_vars.clear();
    setVar(u"hours", QString::number(std::round(day.sleepHours * 2.0) / 2.0, 'g', 3));
    setVar(u"place", day.tripPlace);
    setVar(u"tripday", QString::number(day.tripDay));
    SampleEntryText entry;
    entry.body = day.indonesian ? indonesianJournal(day, entry.tags) : englishJournal(day, entry.tags);
    m_vars.clear();
    return entry;
}

QString SampleText::englishJournal(const SampleDay &day, QStringList &tags)
{
    const Tone tone = toneOf(day);
    const bool weekend = day.day.dayOfWeek() >= 6;
    const bool onTrip = !day.tripPlace.isEmpty();
    const bool work = onTrip ? day.workTrip : (!weekend && m_random.chance(0.8));
    const bool family = !onTrip && m_random.chance(weekend ? 0.6 : 0.35);
    const bool exercise = m_random.chance(0.4);
    const bool food = m_random.chance(0.35);
    const bool friends = !onTrip && m_random.chance(weekend ? 0.25 : 0.1);
    const bool reading = m_random.chance(0.15);
    const bool health = m_random.chance(0.08);
    const bool money = m_random.chance(0.05);

    const Bank sleepBank = day.sleepHours < 6.0   ? Bank(kSleepShort)
                           : day.sleepHours < 7.5 ? Bank(kSleepOk)
                                                  : Bank(kSleepGood);
    const Bank workBank = tone == Tone::Low ? Bank(kWorkLow) : tone == Tone::High ? Bank(kWorkGood) : Bank(kWorkMid);
    const Bank moodBank = tone == Tone::Low ? Bank(kMoodLow) : tone == Tone::High ? Bank(kMoodHigh) : Bank(kMoodMid);
    const Bank familyBank = tone == Tone::Low && m_random.chance(0.4) ? Bank(kFamilyLow) : Bank(kFamily);
    const Bank tripBank = day.workTrip ? Bank(kWorkTravel) : Bank(kTravel);

    QString workText;
    if (onTrip)
        workText = sentences(tripBank, m_random.between(1, 2));
    else if (work)
        workText = sentences(workBank, m_random.between(1, 3));
    QStringList evening;
    if (family)
        evening.append(sentences(familyBank, m_random.between(1, 3)));
    if (food)
        evening.append(pickFilled(kFood));
    if (friends)
        evening.append(pickFilled(kFriendsDays));
    if (reading)
        evening.append(pickFilled(kReading));
    if (health)
        evening.append(pickFilled(kHealth));
    if (money)
        evening.append(pickFilled(kMoney));
    bool grateful = false;

    QStringList paragraphs;
    const double style = m_random.real();
    if (day.morning) {
        // Written first thing: how the night went and what the day should hold.
        paragraphs.append(pickFilled(sleepBank) + u' ' + pickFilled(weatherFor(day.day)));
        paragraphs.append(QStringLiteral("**Today:** ") + pickFilled(kTomorrow));
        if (m_random.chance(0.5)) {
            grateful = true;
            paragraphs.append(QStringLiteral("Grateful for:\n") + bullets(kGratitude, 3));
        }
    } else if (style < 0.15) {
        // A quick line or three on a busy day.
        QStringList parts{m_random.chance(0.5) ? pickFilled(sleepBank) : pickFilled(weatherFor(day.day))};
        if (!workText.isEmpty())
            parts.append(workText);
        else if (!evening.isEmpty())
            parts.append(evening.first());
        parts.append(pickFilled(moodBank));
        paragraphs.append(parts.join(u' '));
    } else if (style < 0.58) {
        QStringList opening{pickFilled(sleepBank)};
        if (m_random.chance(0.6))
            opening.append(pickFilled(weatherFor(day.day)));
        if (exercise)
            opening.append(pickFilled(kExercise));
        paragraphs.append(opening.join(u' '));
        paragraphs.append(workText);
        paragraphs.append(evening.join(u' '));
        if (m_random.chance(0.3))
            paragraphs.append(sentences(kReflective, m_random.between(1, 2)));
        paragraphs.append(sentences(moodBank, m_random.between(1, 2)));
        if (m_random.chance(0.1)) {
            grateful = true;
            paragraphs.append(QStringLiteral("Grateful for:\n") + bullets(kGratitude, 3));
        }
        if (m_random.chance(0.25))
            paragraphs.append(QStringLiteral("**Tomorrow:** ") + pickFilled(kTomorrow));
    } else {
        // A long evening entry with sections.
        QStringList morning{pickFilled(sleepBank), pickFilled(weatherFor(day.day))};
        if (m_random.chance(0.4))
            morning.append(pickFilled(kFood));
        if (exercise)
            morning.append(pickFilled(kExercise));
        paragraphs.append(QStringLiteral("## Morning\n\n") + morning.join(u' '));
        if (onTrip)
            paragraphs.append(QStringLiteral("## ") + day.tripPlace + QStringLiteral("\n\n") + workText + u' '
                              + pickFilled(kTravel));
        else if (!workText.isEmpty())
            paragraphs.append(QStringLiteral("## Work\n\n") + workText + u' ' + pickFilled(workBank)
                              + (m_random.chance(0.5) ? QStringLiteral("\n\n") + pickFilled(kWorkMid) : QString()));
        if (!evening.isEmpty())
            paragraphs.append(QStringLiteral("## Evening\n\n") + evening.join(u' '));
        if (m_random.chance(0.6)) {
            grateful = true;
            paragraphs.append(
                (m_random.chance(0.5) ? QStringLiteral("**Three good things:**\n") : QStringLiteral("Grateful for:\n"))
                + bullets(kGratitude, 3));
        }
        if (m_random.chance(0.4))
            paragraphs.append(QStringLiteral("**Highlight:** ") + pickFilled(kHighlights));
        if (m_random.chance(0.6)) {
            QString thoughts = QStringLiteral("## Thoughts\n\n") + sentences(kReflective, m_random.between(2, 4));
            for (int extra = m_random.chance(0.3) ? m_random.between(1, 3) : 0; extra > 0; --extra)
                thoughts += QStringLiteral("\n\n") + sentences(kReflective, m_random.between(2, 4));
            paragraphs.append(thoughts);
        }
        paragraphs.append(sentences(moodBank, m_random.between(1, 2)));
        if (m_random.chance(0.15))
            paragraphs.append(QStringLiteral("> ") + pickFilled(kQuotes));
    }

    if (work && m_random.chance(0.55))
        addTag(tags, QStringLiteral("work"));
    if (onTrip && m_random.chance(0.9))
        addTag(tags, QStringLiteral("travel"));
    if (family && m_random.chance(0.5))
        addTag(tags, QStringLiteral("family"));
    if (grateful && m_random.chance(0.8))
        addTag(tags, QStringLiteral("gratitude"));
    if ((exercise || health) && m_random.chance(0.35))
        addTag(tags, QStringLiteral("health"));
    if (friends && m_random.chance(0.5))
        addTag(tags, QStringLiteral("friends"));
    if (reading && m_random.chance(0.5))
        addTag(tags, QStringLiteral("reading"));
    return joinParagraphs(paragraphs);
}

QString SampleText::indonesianJournal(const SampleDay &day, QStringList &tags)
{
    const Tone tone = toneOf(day);
    const bool onTrip = !day.tripPlace.isEmpty();
    const bool work = !onTrip && day.day.dayOfWeek() < 6 && m_random.chance(0.75);
    const Bank workBank = tone == Tone::Low    ? Bank(kIdWorkLow)
                          : tone == Tone::High ? Bank(kIdWorkGood)
                                               : Bank(kIdWorkMid);
    const Bank moodBank = tone == Tone::Low    ? Bank(kIdMoodLow)
                          : tone == Tone::High ? Bank(kIdMoodHigh)
                                               : Bank(kIdMoodMid);
    QStringList paragraphs;
    const bool sections = m_random.chance(0.35);
    QString morning = pickFilled(kIdSleep) + u' ' + pickFilled(kIdWeather);
    if (m_random.chance(0.4))
        morning += u' ' + pickFilled(kIdExercise);
    paragraphs.append(sections ? QStringLiteral("## Pagi\n\n") + morning : morning);
    if (onTrip) {
        paragraphs.append(sentences(kIdTravel, 2));
        addTag(tags, QStringLiteral("travel"));
    } else if (work) {
        paragraphs.append((sections ? QStringLiteral("## Kerja\n\n") : QString()) + pickFilled(workBank));
        if (m_random.chance(0.5))
            addTag(tags, QStringLiteral("work"));
    }
    QString evening = pickFilled(kIdFamily) + u' ' + pickFilled(kIdFood);
    paragraphs.append(sections ? QStringLiteral("## Malam\n\n") + evening : evening);
    if (m_random.chance(0.5))
        addTag(tags, QStringLiteral("family"));
    if (sections || m_random.chance(0.2)) {
        paragraphs.append(QStringLiteral("**Syukur hari ini:**\n") + bullets(kIdGratitude, 3));
        addTag(tags, QStringLiteral("gratitude"));
    }
    paragraphs.append(pickFilled(moodBank));
    return joinParagraphs(paragraphs);
}

// ---- Tasks -----------------------------------------------------------------------------------------------------

SampleTaskText SampleText::task(bool indonesian)
{
    struct Area
    {
        QStringView name;
        QStringView tag;
        std::span<const QStringView> titles;
        int weight;
    };
    static const Area areas[] = {
        {u"Work", u"work", kWorkTasks, 30},
        {u"Home", u"home", kHomeTasks, 22},
        {u"Errands", u"errands", kErrandTasks, 14},
        {u"Health", u"health", kHealthTasks, 9},
        {u"Finance", u"finance", kFinanceTasks, 9},
        {u"Family", u"family", kFamilyTasks, 10},
        {u"Learning", u"learning", kLearningTasks, 6},
    };
    int roll = m_random.between(0, 99);
    const Area *area = &areas[0];
    for (const Area &candidate : areas) {
        area = &candidate;
        if (roll < candidate.weight)
            break;
        roll -= candidate.weight;
    }

    m_vars.clear();
    SampleTaskText task;
    task.area = area->name.toString();
    if (indonesian) {
        task.title = pickFilled(kIdTasks);
        task.area = QStringLiteral("Home");
    } else {
        task.title = pickFilled(area->titles);
        if (m_random.chance(0.12))
            task.title += pickFilled(kTaskSuffixes);
    }
    task.title = capitalised(task.title);
    if (m_random.chance(0.15) && !indonesian)
        task.notes = pickFilled(kTaskNotes);
    if (m_random.chance(0.45))
        task.tags.append(area->tag.toString());
    if (m_random.chance(0.08))
        task.tags.append(m_random.chance(0.5) ? QStringLiteral("waiting") : QStringLiteral("phone"));
    return task;
}

// ---- Notes -----------------------------------------------------------------------------------------------------

SampleNoteText SampleText::note(const QDate &created, bool indonesian)
{
    m_vars.clear();
    setVar(u"date", created.toString(QStringLiteral("d MMM yyyy")));
    setVar(u"year", QString::number(created.year()));
    SampleNoteText note = indonesian ? indonesianNote(created) : englishNote(created);
    m_vars.clear();
    return note;
}

SampleNoteText SampleText::englishNote(const QDate &created)
{
    SampleNoteText note;
    QStringList paragraphs;
    const int kind = m_random.between(0, 99);
    if (kind < 22) {
        const QString who = slot(u"colleague");
        setVar(u"who", who);
        const bool oneToOne = m_random.chance(0.25);
        note.title = oneToOne ? fill(u"1:1 with {who} — {date}") : pickFilled(kMeetingTitles);
        QString other = slot(u"colleague");
        while (other == who)
            other = slot(u"colleague");
        paragraphs.append(QStringLiteral("**Attendees:** ") + who
                          + (oneToOne ? QString() : QStringLiteral(", ") + other) + QStringLiteral(", me"));
        paragraphs.append(QStringLiteral("## Agenda\n") + bullets(kAgenda, m_random.between(2, 4)));
        paragraphs.append(QStringLiteral("## Notes\n") + bullets(kMeetingPoints, m_random.between(2, 7)));
        QStringList actions;
        for (int i = m_random.between(1, 4); i > 0; --i)
            actions.append(QStringLiteral("- [ ] ") + slot(u"colleague") + QStringLiteral(" to ")
                           + pickFilled(kActions));
        paragraphs.append(QStringLiteral("## Actions\n") + actions.join(u'\n'));
        note.tags = {QStringLiteral("work"), QStringLiteral("meeting")};
    } else if (kind < 34) {
        note.title = pickFilled(kThoughtTitles);
        // Mostly a few paragraphs; now and then a long essay.
        const double length = m_random.real();
        const int count = length < 0.7    ? m_random.between(1, 4)
                          : length < 0.95 ? m_random.between(5, 10)
                                          : m_random.between(15, 30);
        // Deal sentences from a shuffled deck so a long essay does not repeat itself at once.
        std::vector<std::size_t> deck;
        const auto nextSentence = [&] {
            if (deck.empty()) {
                for (std::size_t i = 0; i < std::size(kReflective); ++i)
                    deck.push_back(i);
                for (std::size_t i = deck.size() - 1; i > 0; --i)
                    std::swap(deck[i], deck[std::size_t(m_random.between(0, int(i)))]);
            }
            const std::size_t index = deck.back();
            deck.pop_back();
            return fill(kReflective[index]);
        };
        for (int i = 0; i < count; ++i) {
            QStringList parts;
            for (int n = m_random.between(2, 4); n > 0; --n)
                parts.append(nextSentence());
            QString paragraph = parts.join(u' ');
            if (m_random.chance(0.2))
                paragraph += u' ' + pickFilled(kMoodMid);
            paragraphs.append(paragraph);
            if (count > 6 && i % 4 == 3)
                paragraphs.append(QStringLiteral("## ") + pickFilled(kThoughtTitles));
        }
        if (m_random.chance(0.5))
            note.tags.append(QStringLiteral("personal"));
    } else if (kind < 42) {
        const QString book = slot(u"book");
        note.title = m_random.chance(0.5) ? book + QStringLiteral(" — notes") : QStringLiteral("Notes on ") + book;
        if (m_random.chance(0.3))
            note.title += QStringLiteral(" (reread ") + QString::number(created.year()) + u')';
        paragraphs.append(QStringLiteral("Started in ") + slot(u"month") + u' ' + QString::number(created.year())
                          + QStringLiteral(". ") + pickFilled(kBookVerdicts));
        paragraphs.append(QStringLiteral("## Key ideas\n") + bullets(kBookIdeas, m_random.between(2, 6)));
        if (m_random.chance(0.6))
            paragraphs.append(QStringLiteral("> ") + pickFilled(kQuotes));
        if (m_random.chance(0.5))
            paragraphs.append(sentences(kReflective, m_random.between(1, 3)));
        note.tags.append(QStringLiteral("reading"));
    } else if (kind < 50) {
        const QString dish = slot(u"dish");
        note.title = QStringLiteral("Recipe: ") + dish.left(1).toUpper() + dish.mid(1);
        paragraphs.append(QStringLiteral("Serves ") + QString::number(m_random.between(2, 6)) + QStringLiteral(". ")
                          + pickFilled(kRecipeIntros));
        paragraphs.append(QStringLiteral("## Ingredients\n") + bullets(kIngredients, m_random.between(4, 10)));
        paragraphs.append(QStringLiteral("## Method\n") + bullets(kMethodSteps, m_random.between(3, 6), u"1."));
        if (m_random.chance(0.5))
            paragraphs.append(QStringLiteral("**Notes:** ") + pickFilled(kRecipeNotes));
        note.tags.append(QStringLiteral("recipes"));
    } else if (kind < 62) {
        const QString idea = slot(u"ideas");
        note.title = QStringLiteral("Idea: ") + idea;
        for (int i = m_random.between(1, 3); i > 0; --i)
            paragraphs.append(sentences(kIdeaSentences, m_random.between(2, 3)));
        if (m_random.chance(0.4))
            paragraphs.append(QStringLiteral("Open questions:\n") + bullets(kProjectQuestions, m_random.between(1, 3)));
        note.tags.append(QStringLiteral("ideas"));
    } else if (kind < 72) {
        const bool tech = m_random.chance(0.5);
        note.title = QStringLiteral("How to ") + pickFilled(tech ? Bank(kTechHowTos) : Bank(kHomeHowTos));
        paragraphs.append(bullets(kHowToSteps, m_random.between(3, 6), u"1."));
        if (tech)
            paragraphs.append(m_random.pick(kCodeSnippets).toString());
        note.tags.append(QStringLiteral("reference"));
    } else if (kind < 78) {
        const QString place = slot(u"tripplace");
        note.title = QStringLiteral("Trip to ") + place + QStringLiteral(" (") + QString::number(created.year()) + u')';
        QStringList days;
        const int length = m_random.between(3, 8);
        for (int i = 1; i <= length; ++i)
            days.append(QStringLiteral("- Day ") + QString::number(i) + QStringLiteral(": ")
                        + pickFilled(kTripActivities));
        paragraphs.append(QStringLiteral("## Itinerary\n") + days.join(u'\n'));
        paragraphs.append(QStringLiteral("## Packing\n") + bullets(kPackingItems, m_random.between(4, 9), u"- [ ] "));
        note.tags.append(QStringLiteral("travel"));
    } else if (kind < 90) {
        note.title = pickFilled(kListTitles);
        if (m_random.chance(0.6))
            note.title += QStringLiteral(" (") + QString::number(created.year()) + u')';
        paragraphs.append(bullets(kListItems, m_random.between(3, 11)));
        if (m_random.chance(0.5))
            note.tags.append(QStringLiteral("personal"));
    } else {
        const QString project = slot(u"projectname");
        note.title = project + (m_random.chance(0.5) ? QStringLiteral(": open questions") : QStringLiteral(": notes"))
                     + QStringLiteral(" (") + created.toString(QStringLiteral("MMM yyyy")) + u')';
        paragraphs.append(QStringLiteral("## Context\n\n") + sentences(kMeetingPoints, m_random.between(2, 4)));
        paragraphs.append(QStringLiteral("## Open questions\n") + bullets(kProjectQuestions, m_random.between(2, 5)));
        note.tags = {QStringLiteral("work"), QStringLiteral("project")};
    }
    if (m_random.chance(0.08) && note.tags.size() < 3)
        note.tags.append(QStringLiteral("ideas"));
    note.tags.removeDuplicates();
    note.title = capitalised(note.title);
    note.body = joinParagraphs(paragraphs);
    return note;
}

SampleNoteText SampleText::indonesianNote(const QDate &created)
{
    SampleNoteText note;
    QStringList paragraphs;
    const int kind = m_random.between(0, 2);
    if (kind == 0) {
        note.title = QStringLiteral("Resep: ") + pickFilled(kIdDishes);
        paragraphs.append(QStringLiteral("## Bahan\n") + bullets(kIdIngredients, m_random.between(4, 8)));
        paragraphs.append(QStringLiteral("## Cara membuat\n") + bullets(kIdMethod, m_random.between(3, 5), u"1."));
        note.tags.append(QStringLiteral("recipes"));
    } else if (kind == 1) {
        note.title = QStringLiteral("Catatan rapat ") + slot(u"projectname") + QStringLiteral(" — ")
                     + created.toString(QStringLiteral("d/M/yyyy"));
        paragraphs.append(QStringLiteral("**Peserta:** ") + slot(u"colleague") + QStringLiteral(", ")
                          + slot(u"colleague") + QStringLiteral(", saya"));
        paragraphs.append(QStringLiteral("## Catatan\n") + bullets(kIdMeetingPoints, m_random.between(2, 4)));
        note.tags = {QStringLiteral("work"), QStringLiteral("meeting")};
    } else {
        note.title = QStringLiteral("Daftar belanja bulanan");
        paragraphs.append(bullets(kIdShopping, m_random.between(4, 9), u"- [ ] "));
        note.tags.append(QStringLiteral("personal"));
    }
    note.body = joinParagraphs(paragraphs);
    return note;
}

} // namespace lifeos
