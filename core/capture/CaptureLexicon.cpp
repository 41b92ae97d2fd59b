#include "capture/CaptureLexicon.h"

namespace lifeos {

const PhraseMap &CaptureLexicon::taskVerbs()
{
    static const PhraseMap map(QLatin1StringView(
        "buy|call|email|e-mail|pay|fix|send|book|pick up|finish|submit|clean|write|check|schedule|renew|cancel|"
        "return|order|prepare|get|make|text|message|reply|review|read|plan|print|sign|update|visit|wash|"
        "beli|telepon|telpon|tlp|kirim|bayar|ambil|selesaikan|jangan lupa|cuci|bersihkan|perbaiki|pesan|hubungi|"
        "jemput|antar|cek|siapkan|urus|daftar|kumpulkan|balas|tulis|baca"));
    return map;
}

const PhraseMap &CaptureLexicon::obligations()
{
    static const PhraseMap map(QLatin1StringView(
        "need to|needs to|have to|has to|must|should|gotta|i need to|i have to|harus|perlu|mesti|wajib"));
    return map;
}

const PhraseMap &CaptureLexicon::expenseVerbs()
{
    static const PhraseMap map(QLatin1StringView(
        "spent|spend|paid|pay|bought|buy|cost|costs|bayar|beli|jajan|belanja|habis|keluar|top up|topup|isi"));
    return map;
}

const PhraseMap &CaptureLexicon::pastMoneyVerbs()
{
    static const PhraseMap map(QLatin1StringView("spent|paid|bought|cost|habis|got paid|received|earned"));
    return map;
}

const PhraseMap &CaptureLexicon::incomeWords()
{
    static const PhraseMap map(QLatin1StringView(
        "salary|gaji|income|got paid|get paid|received|receive|earned|earn|terima|menerima|diterima|dapat|dapet|"
        "bonus|refund|cashback|dividend|dividen|thr|pemasukan|sold|jual|terjual|honor|fee|komisi|commission"));
    return map;
}

const PhraseMap &CaptureLexicon::incomeVerbs()
{
    static const PhraseMap map(
        QLatin1StringView("got paid|get paid|received|receive|earned|earn|terima|menerima|diterima|dapat|dapet"));
    return map;
}

const PhraseMap &CaptureLexicon::journalCues()
{
    static const PhraseMap map(QLatin1StringView(
        "felt|feel|feeling|i feel|i felt|i'm feeling|im feeling|today was|yesterday was|tonight was|this morning was|"
        "grateful|thankful|grateful for|merasa|aku merasa|saya merasa|hari ini aku|hari ini saya|hari ini rasanya|"
        "bersyukur|hari ini sangat|hari yang"));
    return map;
}

const PhraseMap &CaptureLexicon::firstPerson()
{
    static const PhraseMap map(QLatin1StringView("i|i'm|im|i've|we|aku|saya|gue|gw|kami|kita"));
    return map;
}

const PhraseMap &CaptureLexicon::connectors()
{
    static const PhraseMap map(QLatin1StringView(
        "for|of|on|at|in|about|around|approx|~|is|was|a|an|the|selama|sejauh|sebanyak|sekitar|untuk|buat|"
        "seharga|sebesar|di|dalam|total"));
    return map;
}

const PhraseMap &CaptureLexicon::categories()
{
    static const PhraseMap map(QLatin1StringView(
        "food=coffee|kopi|lunch|makan|makan siang|makan malam|dinner|breakfast|sarapan|brunch|groceries|grocery|"
        "belanja|snack|snacks|jajan|tea|teh|bakso|nasi|sate|mie|restaurant|resto|cafe|warung|gofood|grabfood|"
        "pizza|burger|boba|lauk|sayur|buah|supermarket|indomaret|alfamart;"
        "transport=grab|gojek|taxi|taksi|uber|bensin|fuel|gas|petrol|parkir|parking|ojek|ojol|bus|busway|train|"
        "kereta|krl|mrt|lrt|toll|tol|transjakarta|flight|pesawat|tiket pesawat|angkot;"
        "bills=listrik|electricity|pln|internet|wifi|indihome|pulsa|kuota|rent|sewa|kos|kost|water bill|pdam|"
        "phone bill|bpjs|insurance|asuransi;"
        "health=obat|medicine|doctor|dokter|pharmacy|apotek|klinik|clinic|hospital|rumah sakit|vitamin|dentist;"
        "entertainment=movie|movies|bioskop|cinema|netflix|spotify|concert|konser|game|games|karaoke;"
        "shopping=clothes|baju|sepatu|shoes|shopee|tokopedia|lazada|amazon;"
        "salary=salary|gaji|payroll"));
    return map;
}

} // namespace lifeos
