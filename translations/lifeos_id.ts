<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BankCsvImporter</name>
    <message>
        <source>The column mapping needs a name.</source>
        <translation>Pemetaan kolom memerlukan nama.</translation>
    </message>
    <message>
        <source>The column mapping does not say which column holds the date.</source>
        <translation>Pemetaan kolom tidak menentukan kolom mana yang berisi tanggal.</translation>
    </message>
    <message>
        <source>The column mapping does not say which column holds the amount.</source>
        <translation>Pemetaan kolom tidak menentukan kolom mana yang berisi jumlah.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as IDR or USD.</source>
        <translation>&quot;%1&quot; bukan kode mata uang seperti IDR atau USD.</translation>
    </message>
    <message>
        <source>Reading imported transactions</source>
        <translation>membaca transaksi yang diimpor</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s), too few for the column mapping (%1 needed).</source>
        <translation>
            <numerusform>Baris ini memiliki %n kolom, terlalu sedikit untuk pemetaan kolom (perlu %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no date in column %1.</source>
        <translation>Tidak ada tanggal di kolom %1.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a day in the format %2.</source>
        <translation>Tanggal &quot;%1&quot; bukan tanggal yang valid dalam format %2.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read as %3, which has no decimals.</source>
        <translation>Nilai %1 &quot;%2&quot; tidak dapat dibaca sebagai %3, yang tidak memakai desimal.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read as an amount in %3.</source>
        <translation>Nilai %1 &quot;%2&quot; tidak dapat dibaca sebagai jumlah dalam %3.</translation>
    </message>
    <message>
        <source>There is neither a debit nor a credit amount.</source>
        <translation>Tidak ada jumlah debit maupun kredit.</translation>
    </message>
    <message>
        <source>debit</source>
        <translation>debit</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>kredit</translation>
    </message>
    <message>
        <source>There is no amount in column %1.</source>
        <translation>Tidak ada jumlah di kolom %1.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>Reading categories</source>
        <translation>membaca kategori</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>File ini memiliki %n masalah; tidak ada yang diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing transactions</source>
        <translation>mengimpor transaksi</translation>
    </message>
    <message>
        <source>Importing line %1</source>
        <translation>mengimpor baris %1</translation>
    </message>
</context>
<context>
    <name>BankCsvMapping</name>
    <message>
        <source>The saved CSV mapping has an invalid &quot;%1&quot;.</source>
        <translation>Pemetaan kolom CSV yang tersimpan memiliki &quot;%1&quot; yang tidak valid.</translation>
    </message>
    <message>
        <source>The CSV mapping was saved by a newer version of LifeOS.</source>
        <translation>Pemetaan kolom CSV ini disimpan oleh LifeOS versi yang lebih baru.</translation>
    </message>
</context>
<context>
    <name>BankCsvMappingStore</name>
    <message>
        <source>Give the CSV mapping a name.</source>
        <translation>Beri nama pemetaan kolom CSV.</translation>
    </message>
    <message>
        <source>Saving the CSV mapping</source>
        <translation>menyimpan pemetaan kolom CSV</translation>
    </message>
    <message>
        <source>Reading the CSV mapping</source>
        <translation>membaca pemetaan kolom CSV</translation>
    </message>
    <message>
        <source>The saved CSV mapping &quot;%1&quot; is damaged.</source>
        <translation>Pemetaan kolom CSV tersimpan &quot;%1&quot; rusak.</translation>
    </message>
    <message>
        <source>Reading the CSV mappings</source>
        <translation>membaca daftar pemetaan kolom CSV</translation>
    </message>
    <message>
        <source>Deleting the CSV mapping</source>
        <translation>menghapus pemetaan kolom CSV</translation>
    </message>
</context>
<context>
    <name>BudgetRepository</name>
    <message>
        <source>Reading budgets</source>
        <translation>membaca daftar anggaran</translation>
    </message>
    <message>
        <source>This category already has a weekly budget starting on that day.</source>
        <translation>Kategori ini sudah memiliki anggaran mingguan yang dimulai pada hari itu.</translation>
    </message>
    <message>
        <source>This category already has a monthly budget starting on that day.</source>
        <translation>Kategori ini sudah memiliki anggaran bulanan yang dimulai pada hari itu.</translation>
    </message>
    <message>
        <source>Reading the category</source>
        <translation>membaca kategori</translation>
    </message>
    <message>
        <source>Adding the budget</source>
        <translation>menambahkan anggaran</translation>
    </message>
    <message>
        <source>The budget no longer exists.</source>
        <translation>Anggaran ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Saving the budget</source>
        <translation>menyimpan anggaran</translation>
    </message>
    <message>
        <source>Deleting the budget</source>
        <translation>menghapus anggaran</translation>
    </message>
</context>
<context>
    <name>BudgetTracker</name>
    <message>
        <source>The date is missing or is not a real day.</source>
        <translation>Tanggal kosong atau bukan tanggal yang valid.</translation>
    </message>
    <message>
        <source>Summing spending for the budget</source>
        <translation>menjumlahkan pengeluaran untuk anggaran</translation>
    </message>
    <message>
        <source>Reading budget alerts</source>
        <translation>membaca peringatan anggaran</translation>
    </message>
    <message>
        <source>Recording the budget alert</source>
        <translation>mencatat peringatan anggaran</translation>
    </message>
    <message>
        <source>%1: %2% of the weekly budget spent (%3 of %4).</source>
        <translation>%1: %2% anggaran mingguan terpakai (%3 dari %4).</translation>
    </message>
    <message>
        <source>%1: %2% of the monthly budget spent (%3 of %4).</source>
        <translation>%1: %2% anggaran bulanan terpakai (%3 dari %4).</translation>
    </message>
</context>
<context>
    <name>CalendarFormat</name>
    <message>
        <source>(no title)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Sepanjang hari</translation>
    </message>
    <message>
        <source>%1 (next day)</source>
        <translation>%1 (hari berikutnya)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Mulai %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Sampai %1</translation>
    </message>
    <message>
        <source>Continues all day</source>
        <translation>Berlangsung sepanjang hari</translation>
    </message>
    <message>
        <source>Google Calendar</source>
        <translation>Google Calendar</translation>
    </message>
    <message>
        <source>Google Calendar · %1</source>
        <translation>Google Calendar · %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Imported · %1</source>
        <translation>Diimpor · %1</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Ditambahkan manual</translation>
    </message>
    <message>
        <source>%1, all day</source>
        <translation>%1, sepanjang hari</translation>
    </message>
    <message>
        <source>%1 to %2, all day</source>
        <translation>%1 sampai %2, sepanjang hari</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1, %2 to
%3, %4</source>
        <translation>%1, %2 sampai
%3, %4</translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <extracomment>Qt date format of a day heading in the week view, for locales that write the month first (en_US).</extracomment>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <extracomment>Qt date format of a day heading in the week view, for locales that write the day first (en_GB, id).</extracomment>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <comment>week start, one month</comment>
        <extracomment>Qt date format, month-first locales: a week&apos;s first day when the week is in one month.</extracomment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>d, yyyy</source>
        <comment>week end, one month</comment>
        <extracomment>Qt date format, month-first locales: a week&apos;s last day when the week is in one month.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <comment>week start, two months</comment>
        <extracomment>Qt date format, month-first locales: a week&apos;s first day when the week spans two months.</extracomment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>week start, two years</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>week end, two months</comment>
        <extracomment>Qt date format, month-first locales: a week&apos;s last day when the week spans two months.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d</source>
        <comment>week start, one month</comment>
        <extracomment>Qt date format, day-first locales: a week&apos;s first day when the week is in one month.</extracomment>
        <translation>d</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>week end, one month</comment>
        <extracomment>Qt date format, day-first locales: a week&apos;s last day when the week is in one month.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>week start, two months</comment>
        <extracomment>Qt date format, day-first locales: a week&apos;s first day when the week spans two months.</extracomment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>week start, two years</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>week end, two months</comment>
        <extracomment>Qt date format, day-first locales: a week&apos;s last day when the week spans two months.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A week&apos;s days, first to last: &quot;16 – 22 November 2026&quot;, &quot;November 30 – December 6, 2026&quot;.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This week · %1</source>
        <translation>Minggu ini · %1</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>The event needs a valid time zone.</source>
        <translation>Acara memerlukan zona waktu yang valid.</translation>
    </message>
    <message>
        <source>The all-day event needs a valid first day.</source>
        <translation>Acara sepanjang hari memerlukan hari pertama yang valid.</translation>
    </message>
    <message>
        <source>The all-day event ends before it starts; check its dates.</source>
        <translation>Acara sepanjang hari berakhir sebelum dimulai; periksa tanggalnya.</translation>
    </message>
    <message>
        <source>The event needs a valid start time.</source>
        <translation>Acara memerlukan waktu mulai yang valid.</translation>
    </message>
    <message>
        <source>The event ends before it starts; check its times.</source>
        <translation>Acara berakhir sebelum dimulai; periksa waktunya.</translation>
    </message>
    <message>
        <source>Adding the event “%1”</source>
        <translation>menambahkan acara “%1”</translation>
    </message>
    <message>
        <source>A synced or imported event needs an external id.</source>
        <translation>Acara yang disinkronkan atau diimpor memerlukan id eksternal.</translation>
    </message>
    <message>
        <source>Reading the event “%1”</source>
        <translation>membaca acara “%1”</translation>
    </message>
    <message>
        <source>Saving the event “%1”</source>
        <translation>menyimpan acara “%1”</translation>
    </message>
    <message>
        <source>Deleting the event</source>
        <translation>menghapus acara</translation>
    </message>
    <message>
        <source>Deleting a cancelled event</source>
        <translation>menghapus acara yang dibatalkan</translation>
    </message>
    <message>
        <source>Reading the calendar&apos;s events</source>
        <translation>membaca acara kalender</translation>
    </message>
    <message>
        <source>Removing the calendar&apos;s events</source>
        <translation>menghapus acara kalender</translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation>membaca acara</translation>
    </message>
    <message>
        <source>Choose valid days and a time zone to list events.</source>
        <translation>Pilih hari dan zona waktu yang valid untuk menampilkan daftar acara.</translation>
    </message>
    <message>
        <source>Reading the agenda</source>
        <translation>membaca agenda</translation>
    </message>
    <message>
        <source>Counting events</source>
        <translation>menghitung acara</translation>
    </message>
    <message>
        <source>Reading the calendars</source>
        <translation>membaca daftar kalender</translation>
    </message>
</context>
<context>
    <name>CaptureStore</name>
    <message>
        <source>Looking up the category</source>
        <translation>mencari kategori</translation>
    </message>
    <message>
        <source>There is nothing to capture: the line is empty.</source>
        <translation>Tidak ada yang dicatat: barisnya kosong.</translation>
    </message>
    <message>
        <source>Saving the capture</source>
        <translation>menyimpan catatan cepat</translation>
    </message>
    <message>
        <source>This kind of capture is not known.</source>
        <translation>Jenis catatan ini tidak dikenal.</translation>
    </message>
    <message>
        <source>Income needs an amount, such as 2 juta or $500.</source>
        <translation>Pemasukan memerlukan jumlah, misalnya 2 juta atau $500.</translation>
    </message>
    <message>
        <source>An expense needs an amount, such as 15k or $12.50.</source>
        <translation>Pengeluaran memerlukan jumlah, misalnya 15rb atau $12.50.</translation>
    </message>
    <message>
        <source>Saving the transaction</source>
        <translation>menyimpan transaksi</translation>
    </message>
    <message>
        <source>A measurement needs a name and a number, such as &quot;weight 72 kg&quot;.</source>
        <translation>Ukuran memerlukan nama dan angka, misalnya &quot;berat 72 kg&quot;.</translation>
    </message>
    <message>
        <source>Saving the measurement</source>
        <translation>menyimpan ukuran</translation>
    </message>
    <message>
        <source>Workout</source>
        <translation>Olahraga</translation>
    </message>
    <message>
        <source>Saving the workout</source>
        <translation>menyimpan olahraga</translation>
    </message>
    <message>
        <source>Reading the capture</source>
        <translation>membaca catatan cepat</translation>
    </message>
    <message>
        <source>That capture is gone already.</source>
        <translation>Catatan cepat itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>Forgetting the capture</source>
        <translation>melupakan catatan cepat</translation>
    </message>
    <message>
        <source>A journal line is undone by cutting it out of the entry.</source>
        <translation>Baris jurnal dibatalkan dengan memotongnya dari entri.</translation>
    </message>
    <message>
        <source>Undoing the capture</source>
        <translation>membatalkan catatan cepat</translation>
    </message>
    <message>
        <source>The journal line was edited since it was captured; change the entry by hand instead.</source>
        <translation>Baris jurnal sudah diubah sejak dicatat; ubah entrinya secara manual.</translation>
    </message>
    <message>
        <source>Reading recent captures</source>
        <translation>membaca catatan cepat terakhir</translation>
    </message>
</context>
<context>
    <name>CategoryRepository</name>
    <message>
        <source>Reading categories</source>
        <translation>membaca kategori</translation>
    </message>
    <message>
        <source>Reading the category</source>
        <translation>membaca kategori</translation>
    </message>
    <message>
        <source>“%1” is not a kind of category.</source>
        <translation>“%1” bukan jenis kategori.</translation>
    </message>
    <message>
        <source>The category needs a name.</source>
        <translation>Kategori memerlukan nama.</translation>
    </message>
    <message>
        <source>“%1” is not a colour: use the form #rrggbb, such as #3a7bd5.</source>
        <translation>“%1” bukan warna: gunakan bentuk #rrggbb, misalnya #3a7bd5.</translation>
    </message>
    <message>
        <source>There is already a category named “%1”.</source>
        <translation>Sudah ada kategori bernama “%1”.</translation>
    </message>
    <message>
        <source>Adding the category</source>
        <translation>menambahkan kategori</translation>
    </message>
    <message>
        <source>The category no longer exists.</source>
        <translation>Kategori ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Renaming the category</source>
        <translation>mengganti nama kategori</translation>
    </message>
    <message>
        <source>Deleting the category</source>
        <translation>menghapus kategori</translation>
    </message>
</context>
<context>
    <name>CategoryRules</name>
    <message>
        <source>Reading category rules</source>
        <translation>membaca aturan kategori</translation>
    </message>
    <message>
        <source>Remembering the category</source>
        <translation>mengingat kategori</translation>
    </message>
</context>
<context>
    <name>ChartRange</name>
    <message>
        <source>7 d</source>
        <translation>7 hr</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 hr</translation>
    </message>
    <message>
        <source>90 d</source>
        <translation>90 hr</translation>
    </message>
    <message>
        <source>1 y</source>
        <translation>1 thn</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
</context>
<context>
    <name>ChipFormat</name>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Pemasukan</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Workout</source>
        <translation>Olahraga</translation>
    </message>
    <message>
        <source>%1?</source>
        <comment>an unsure kind, e.g. Note?</comment>
        <translation>%1?</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 mnt</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Tidur</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Berat badan</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Air minum</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Suasana hati</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Sauna</source>
        <translation>Sauna</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a value and its unit, e.g. 72.5 kg</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a measurement and its value, e.g. Sleep 7 h</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>besok</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>kemarin</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>weekday, day month: Wed, 2 Dec</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a day and its year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day and a time: Tomorrow, 17:00</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>P%1</source>
        <comment>task priority, P1 is the most urgent</comment>
        <translation>P%1</translation>
    </message>
    <message>
        <source>due %1 at %2</source>
        <translation>jatuh tempo %1 pukul %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>jatuh tempo %1</translation>
    </message>
    <message>
        <source>Saved as task: %1</source>
        <translation>Disimpan sebagai tugas: %1</translation>
    </message>
    <message>
        <source>Saved as note: %1</source>
        <translation>Disimpan sebagai catatan: %1</translation>
    </message>
    <message>
        <source>Added to the journal: %1</source>
        <translation>Ditambahkan ke jurnal: %1</translation>
    </message>
    <message>
        <source>Saved as expense: %1</source>
        <translation>Disimpan sebagai pengeluaran: %1</translation>
    </message>
    <message>
        <source>Saved as income: %1</source>
        <translation>Disimpan sebagai pemasukan: %1</translation>
    </message>
    <message>
        <source>Saved as measurement: %1</source>
        <translation>Disimpan sebagai ukuran: %1</translation>
    </message>
    <message>
        <source>Saved as workout: %1</source>
        <translation>Disimpan sebagai olahraga: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Keep data in DIR (default: $LIFEOS_DATA_DIR or the system&apos;s app data folder).</source>
        <translation>Simpan data di DIR (bawaan: $LIFEOS_DATA_DIR atau folder data aplikasi milik sistem).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Tampilkan hasilnya sebagai JSON.</translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation>tidak ada perintah; coba --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>perintah &quot;%1&quot; tidak dikenal; coba --help</translation>
    </message>
    <message>
        <source>%1 needs exactly one path; try --help</source>
        <translation>%1 memerlukan tepat satu jalur; coba --help</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use json or md</source>
        <translation>format ekspor &quot;%1&quot; tidak dikenal; gunakan json atau md</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Berhasil mengekspor %1 ke %2</translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>Berhasil mengimpor %1 dari %2</translation>
    </message>
    <message>
        <source>journal days: %1, tasks: %2, notes: %3</source>
        <translation>hari jurnal: %1, tugas: %2, catatan: %3</translation>
    </message>
    <message>
        <source>%1 needs the text to read; try --help</source>
        <translation>%1 memerlukan teks untuk dibaca; coba --help</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 date and time, such as 2026-11-22T10:00:00</source>
        <translation>--now memerlukan tanggal dan waktu ISO 8601, misalnya 2026-11-22T10:00:00</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use task, note, journal, expense, income, metric or workout</source>
        <translation>jenis &quot;%1&quot; tidak dikenal; gunakan task, note, journal, expense, income, metric atau workout</translation>
    </message>
    <message>
        <source>Saved %1 (id %2)</source>
        <translation>Tersimpan %1 (id %2)</translation>
    </message>
    <message>
        <source>ISO8601</source>
        <translation>ISO8601</translation>
    </message>
    <message>
        <source>File the line as this kind instead of the one the parser picks (parse, capture).</source>
        <translation>Simpan baris sebagai jenis ini, bukan jenis yang dipilih pengurai (parse, capture).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>JENIS</translation>
    </message>
    <message>
        <source>capture, parse, export or import</source>
        <translation>capture, parse, export atau import</translation>
    </message>
    <message>
        <source>The text, folder or file the command works on.</source>
        <translation>Teks, folder, atau berkas yang dikerjakan perintah.</translation>
    </message>
    <message>
        <source>importing: %1 lines (%2%)</source>
        <translation>mengimpor: %1 baris (%2%)</translation>
    </message>
    <message>
        <source>indexing: %1 of %2</source>
        <translation>mengindeks: %1 dari %2</translation>
    </message>
    <message>
        <source>Counting search documents</source>
        <translation>menghitung dokumen pencarian</translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3 added, %4 updated, %5 unchanged; %6 search documents</source>
        <translation>Berhasil mengimpor %1 dari %2: %3 ditambahkan, %4 diperbarui, %5 tidak berubah; %6 dokumen pencarian</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message>
        <source>search needs the words to look for; try --help</source>
        <translation>search memerlukan kata yang dicari; coba --help</translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1</source>
        <translation>--limit memerlukan bilangan bulat dari 1 sampai %1</translation>
    </message>
    <message>
        <source>unknown --mode &quot;%1&quot;; use hybrid, text or vector</source>
        <translation>--mode &quot;%1&quot; tidak dikenal; gunakan hybrid, text atau vector</translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot;; use %2</source>
        <translation>--kind &quot;%1&quot; tidak dikenal; gunakan %2</translation>
    </message>
    <message>
        <source>--from and --to need a date such as 2026-11-22</source>
        <translation>--from dan --to memerlukan tanggal, misalnya 2026-11-22</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Tidak ada yang ditemukan.</translation>
    </message>
    <message>
        <source>Model:             %1</source>
        <translation>Model:             %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Being built:       %1</source>
        <translation>Sedang dibangun:   %1</translation>
    </message>
    <message>
        <source>Documents:         %1</source>
        <translation>Dokumen:           %1</translation>
    </message>
    <message>
        <source>Embedded:          %1</source>
        <translation>Sudah di-embed:    %1</translation>
    </message>
    <message>
        <source>Pending records:   %1</source>
        <translation>Entri tertunda:    %1</translation>
    </message>
    <message>
        <source>Pending documents: %1</source>
        <translation>Dokumen tertunda:  %1</translation>
    </message>
    <message>
        <source>Index file:        %1 bytes</source>
        <translation>File indeks:       %1 byte</translation>
    </message>
    <message>
        <source>Last saved:        %1</source>
        <translation>Terakhir disimpan: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>lifeos: no vector index yet; run &quot;lifeos index&quot;. Showing text matches.</source>
        <translation>lifeos: indeks vektor belum ada; jalankan &quot;lifeos index&quot;. Menampilkan hasil yang cocok menurut kata.</translation>
    </message>
    <message>
        <source>lifeos: %1 documents are not in the vector index yet; run &quot;lifeos index&quot;.</source>
        <translation>lifeos: %1 dokumen belum masuk ke indeks vektor; jalankan &quot;lifeos index&quot;.</translation>
    </message>
    <message>
        <source>index takes no arguments; try --help</source>
        <translation>index tidak menerima argumen; coba --help</translation>
    </message>
    <message>
        <source>--rebuild and --status cannot be used together</source>
        <translation>--rebuild dan --status tidak dapat dipakai bersamaan</translation>
    </message>
    <message>
        <source>Indexed %1 of %2</source>
        <translation>Terindeks %1 dari %2</translation>
    </message>
    <message>
        <source>Indexed %1 documents (%2 records projected) in %3 s; %4 still pending.</source>
        <translation>%1 dokumen terindeks (%2 entri diproyeksikan) dalam %3 detik; %4 masih tertunda.</translation>
    </message>
    <message>
        <source>stopped; what was indexed is kept. Run &quot;lifeos index&quot; again to go on.</source>
        <translation>dihentikan; yang sudah terindeks tetap disimpan. Jalankan &quot;lifeos index&quot; lagi untuk melanjutkan.</translation>
    </message>
    <message>
        <source>%1 Documents not embedded stay pending for the next run.</source>
        <translation>%1 Dokumen yang belum di-embed tetap tertunda sampai proses berikutnya.</translation>
    </message>
    <message>
        <source>Show at most N results (search; default 20).</source>
        <translation>Tampilkan paling banyak N hasil (search; bawaan 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>hybrid (default), text or vector (search).</source>
        <translation>hybrid (bawaan), text atau vector (search).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Only records on or after this day (search).</source>
        <translation>Hanya entri pada atau setelah tanggal ini (search).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>TANGGAL</translation>
    </message>
    <message>
        <source>Only records on or before this day (search).</source>
        <translation>Hanya entri pada atau sebelum tanggal ini (search).</translation>
    </message>
    <message>
        <source>Project and embed everything again (index).</source>
        <translation>Proyeksikan dan embed ulang semuanya (index).</translation>
    </message>
    <message>
        <source>Show the state of the search index (index).</source>
        <translation>Tampilkan status indeks pencarian (index).</translation>
    </message>
    <message>
        <source>lifeos: no vector index yet; run &quot;lifeos index&quot; first.</source>
        <translation>lifeos: indeks vektor belum ada; jalankan &quot;lifeos index&quot; dulu.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported</source>
        <translation>
            <numerusform>%1 memiliki %n masalah; tidak ada yang diimpor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n metric value(s) from %1</source>
        <translation>
            <numerusform>Akan mengimpor %n nilai metrik dari %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n transaction(s) from %1</source>
        <translation>
            <numerusform>Akan mengimpor %n transaksi dari %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already imported (dry run: nothing written)</source>
        <translation>
            <numerusform>; %n sudah pernah diimpor (uji coba: tidak ada yang ditulis)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in %1: %n row(s) already imported</source>
        <translation>
            <numerusform>Tidak ada yang baru di %1: %n baris sudah pernah diimpor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n metric value(s) from %1</source>
        <translation>
            <numerusform>Berhasil mengimpor %n nilai metrik dari %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n transaction(s) from %1</source>
        <translation>
            <numerusform>Berhasil mengimpor %n transaksi dari %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already imported</source>
        <translation>
            <numerusform>; %n sudah pernah diimpor</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1 (undo with: lifeos import --undo %1)</source>
        <translation>batch %1 (urungkan dengan: lifeos import --undo %1)</translation>
    </message>
    <message>
        <source>no saved mapping is called &quot;%1&quot;; no mappings are saved yet (import once with --mapping-save NAME)</source>
        <translation>tidak ada pemetaan kolom tersimpan bernama &quot;%1&quot;; belum ada pemetaan kolom yang disimpan (impor sekali dengan --mapping-save NAMA)</translation>
    </message>
    <message>
        <source>no saved mapping is called &quot;%1&quot;; saved mappings: %2</source>
        <translation>tidak ada pemetaan kolom tersimpan bernama &quot;%1&quot;; pemetaan kolom tersimpan: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>--undo needs the batch id that import or import --list printed</source>
        <translation>--undo memerlukan id batch yang ditampilkan oleh import atau import --list</translation>
    </message>
    <message numerus="yes">
        <source>Undid import %1: %n row(s) removed or restored</source>
        <translation>
            <numerusform>Impor %1 diurungkan: %n baris dihapus atau dipulihkan</numerusform>
        </translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Belum ada impor.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>diurungkan %1</translation>
    </message>
    <message>
        <source>Review for %1 (this week: the 7 days ending today; baseline: the 90 days before them)</source>
        <translation>Tinjauan untuk %1 (minggu ini: 7 hari yang berakhir hari ini; acuan: 90 hari sebelumnya)</translation>
    </message>
    <message>
        <source>Health (daily means)</source>
        <translation>Kesehatan (rata-rata harian)</translation>
    </message>
    <message>
        <source>  Nothing tracked in the last 97 days.</source>
        <translation>  Tidak ada yang tercatat dalam 97 hari terakhir.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Minggu lalu</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Acuan</translation>
    </message>
    <message>
        <source>vs last</source>
        <translation>vs lalu</translation>
    </message>
    <message>
        <source>vs base</source>
        <translation>vs acuan</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Same weekday</source>
        <translation>Hari yang sama</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>  No expenses in the last 97 days.</source>
        <translation>  Tidak ada pengeluaran dalam 97 hari terakhir.</translation>
    </message>
    <message>
        <source>Spending (weekly totals, %1)</source>
        <translation>Pengeluaran (total mingguan, %1)</translation>
    </message>
    <message>
        <source>(uncategorised)</source>
        <translation>(tanpa kategori)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Rentetan</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation>Olahraga</translation>
    </message>
    <message>
        <source>  %1: %2 days now, longest %3, last %4</source>
        <translation>  %1: kini %2 hari, terpanjang %3, terakhir %4</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Pada hari ini</translation>
    </message>
    <message>
        <source>  Nothing from earlier years.</source>
        <translation>  Tidak ada dari tahun-tahun sebelumnya.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n tahun lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>stats takes no arguments; try --help</source>
        <translation>stats tidak menerima argumen; coba --help</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 date, such as 2026-11-22</source>
        <translation>--now memerlukan tanggal ISO 8601, misalnya 2026-11-22</translation>
    </message>
    <message>
        <source>Read dates as if it were this moment (parse, capture, stats).</source>
        <translation>Baca tanggal seolah-olah sekarang adalah waktu ini (parse, capture, stats).</translation>
    </message>
    <message>
        <source>Read a bank CSV with the column mapping saved as NAME (import).</source>
        <translation>Baca CSV bank dengan pemetaan kolom yang disimpan sebagai NAMA (import).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>Save the guessed column mapping as NAME (import).</source>
        <translation>Simpan pemetaan kolom hasil tebakan sebagai NAMA (import).</translation>
    </message>
    <message>
        <source>Amounts are in this currency when the CSV does not say (import).</source>
        <translation>Mata uang untuk jumlah bila CSV tidak menyebutkannya (import).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>Show what would be imported without writing anything (import).</source>
        <translation>Tampilkan apa yang akan diimpor tanpa menulis apa pun (import).</translation>
    </message>
    <message>
        <source>Undo the import with this batch id (import).</source>
        <translation>Urungkan impor dengan id batch ini (import).</translation>
    </message>
    <message>
        <source>BATCH_ID</source>
        <translation>ID_BATCH</translation>
    </message>
    <message>
        <source>List the imports done so far (import).</source>
        <translation>Tampilkan daftar impor sejauh ini (import).</translation>
    </message>
    <message>
        <source>unknown import format &quot;%1&quot;; this version imports json, jsonl, csv and ics</source>
        <translation>format impor "%1" tidak dikenal; versi ini mengimpor json, jsonl, csv dan ics</translation>
    </message>
    <message numerus="yes">
        <source>Would import %n event(s)</source>
        <translation>
            <numerusform>Akan mengimpor %n acara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n event(s)</source>
        <translation>
            <numerusform>Berhasil mengimpor %n acara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n with repeats)</source>
        <translation>
            <numerusform>(%n termasuk pengulangan)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 removed</source>
        <translation>%1 ditambahkan, %2 diperbarui, %3 dihapus</translation>
    </message>
    <message>
        <source>%1 %2 into &quot;%3&quot;: %4.</source>
        <translation>%1 %2 ke "%3": %4.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Uji coba: tidak ada yang ditulis.</translation>
    </message>
    <message numerus="yes">
        <source>See the %n warning(s) above.</source>
        <translation>
            <numerusform>Lihat %n peringatan di atas.</numerusform>
        </translation>
    </message>
    <message>
        <source>not set up (no client id in settings)</source>
        <translation>belum disiapkan (tidak ada ID klien di pengaturan)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>terhubung</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>tidak terhubung</translation>
    </message>
    <message>
        <source>  Connection: %1</source>
        <translation>  Koneksi:               %1</translation>
    </message>
    <message>
        <source>  Last sync:  %1</source>
        <translation>  Sinkronisasi terakhir: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s) changed)</source>
        <translation>
            <numerusform>%1 (%n item berubah)</numerusform>
        </translation>
    </message>
    <message>
        <source>  Last error: %1</source>
        <translation>  Kesalahan terakhir:    %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>  Next run:   %1</source>
        <translation>  Jadwal berikutnya:     %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>tidak dijadwalkan</translation>
    </message>
    <message>
        <source>No source is connected. Connect one with &quot;lifeos sync oura --connect&quot; or &quot;lifeos sync calendar --connect&quot;.</source>
        <translation>Belum ada sumber yang terhubung. Hubungkan salah satunya dengan "lifeos sync oura --connect" atau "lifeos sync calendar --connect".</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 item(s) changed.</source>
        <translation>
            <numerusform>%1: %2 item berubah.</numerusform>
        </translation>
    </message>
    <message>
        <source>sync takes at most one source (oura or calendar); try --help</source>
        <translation>sync menerima paling banyak satu sumber (oura atau calendar); coba --help</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;; choose oura or calendar</source>
        <translation>sumber "%1" tidak dikenal; pilih oura atau calendar</translation>
    </message>
    <message>
        <source>choose one of --status, --backfill, --connect and --disconnect</source>
        <translation>pilih salah satu dari --status, --backfill, --connect dan --disconnect</translation>
    </message>
    <message>
        <source>say which source to %1: oura or calendar</source>
        <translation>sebutkan sumber yang ingin Anda %1: oura atau calendar</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>hubungkan</translation>
    </message>
    <message>
        <source>disconnect</source>
        <translation>putuskan</translation>
    </message>
    <message>
        <source>--backfill needs a number of days, such as 365</source>
        <translation>--backfill memerlukan jumlah hari, misalnya 365</translation>
    </message>
    <message>
        <source>Open this address in your browser to connect %1: %2</source>
        <translation>Buka alamat ini di browser untuk menghubungkan %1: %2</translation>
    </message>
    <message>
        <source>%1 is connected. Run &quot;lifeos sync %2&quot; to sync now.</source>
        <translation>%1 sudah terhubung. Jalankan "lifeos sync %2" untuk menyinkronkan sekarang.</translation>
    </message>
    <message>
        <source>%1 is disconnected.</source>
        <translation>Koneksi %1 telah diputuskan.</translation>
    </message>
    <message>
        <source>LifeOS — your journal, tasks and notes, on your own computer.

Commands:
  capture TEXT [--kind KIND]        file one line as a task, note, journal line, expense,
                                    income, metric or workout, and print what was stored
  parse TEXT [--now ISO8601]        show how a line would be filed, without storing it
  export DIR --format json|md       write everything to DIR
  import FILE --format json|jsonl   json: restore a JSON export into an empty data folder;
                                    jsonl: add or update one note a line {&quot;title&quot;,&quot;body&quot;,
                                    &quot;created&quot;,&quot;tags&quot;,&quot;ref&quot;}; --json prints {&quot;added&quot;,
                                    &quot;updated&quot;,&quot;unchanged&quot;,&quot;documents&quot;}
  import FILE --format csv [--mapping NAME | --mapping-save NAME] [--currency CODE]
         [--dry-run]
                                    a metrics CSV (date, metric, value) or a bank statement
                                    (the saved mapping NAME, else a guessed one) as one batch;
                                    a bad row writes nothing; --json prints {&quot;batch&quot;,&quot;kind&quot;,
                                    &quot;new&quot;,&quot;duplicates&quot;,&quot;problems&quot;:[{&quot;line&quot;,&quot;message&quot;}]}
  import FILE --format ics [--calendar NAME] [--dry-run] [--now DATE]
                                    an iCalendar file (Google, Outlook, Apple); importing the
                                    same calendar again replaces its events; repeats are
                                    expanded a year back and ahead; --json prints {&quot;calendar&quot;,
                                    &quot;events&quot;,&quot;instances&quot;,&quot;added&quot;,&quot;updated&quot;,&quot;removed&quot;,
                                    &quot;dry_run&quot;,&quot;warnings&quot;}
  import --list | --undo BATCH_ID   the imports so far; undo one import as one step
  search QUERY [--limit N] [--mode hybrid|text|vector] [--kind KIND ...]
         [--from DATE] [--to DATE] find records by words and meaning; with --json prints
                                    {&quot;results&quot;:[{&quot;id&quot;,&quot;kind&quot;,&quot;ref&quot;,&quot;title&quot;,&quot;snippet&quot;,&quot;day&quot;,
                                    &quot;score&quot;}],&quot;took_ms&quot;}: id is the record&apos;s id (null for a
                                    day&apos;s health summary), matches in the snippet are **marked**
  index [--rebuild] [--status]      bring the search index up to date (Ctrl+C stops, keeping
                                    what was done); --rebuild redoes everything
  stats [--json] [--now DATE]       the Review page&apos;s numbers: each metric and spending category
                                    this week vs last week vs its 90-day baseline, streaks and
                                    on this day; --json prints {&quot;today&quot;,&quot;metrics&quot;,&quot;spending&quot;,
                                    &quot;on_this_day&quot;,&quot;streaks&quot;}
  sync [oura|calendar] [--status] [--backfill DAYS] [--connect] [--disconnect]
                                    sync the connected sources now (Ctrl+C stops); --status
                                    shows connection, last sync, last error and next run;
                                    --connect signs in through the browser

TEXT may be &quot;-&quot; to read standard input. Without a command, LifeOS opens its window;
--capture [TEXT] opens the quick-capture window of the running LifeOS.</source>
        <translation>LifeOS — jurnal, tugas, dan catatan Anda, di komputer Anda sendiri.

Perintah:
  capture TEKS [--kind JENIS]       simpan satu baris sebagai tugas, catatan, baris jurnal,
                                    pengeluaran, pemasukan, metrik atau olahraga, lalu
                                    tampilkan apa yang disimpan
  parse TEKS [--now ISO8601]        tampilkan cara baris akan disimpan, tanpa menyimpannya
  export DIR --format json|md       tulis semuanya ke DIR
  import BERKAS --format json|jsonl json: pulihkan ekspor JSON ke folder data yang kosong;
                                    jsonl: tambah atau perbarui satu catatan per baris
                                    {"title","body","created","tags","ref"}; --json
                                    menampilkan {"added","updated","unchanged","documents"}
  import BERKAS --format csv [--mapping NAMA | --mapping-save NAMA] [--currency KODE]
         [--dry-run]
                                    CSV metrik (tanggal, metrik, nilai) atau mutasi rekening
                                    bank (dengan pemetaan kolom tersimpan NAMA, atau hasil
                                    tebakan) sebagai satu batch; jika ada baris yang salah,
                                    tidak ada yang ditulis; --json menampilkan {"batch","kind",
                                    "new","duplicates","problems":[{"line","message"}]}
  import BERKAS --format ics [--calendar NAMA] [--dry-run] [--now TANGGAL]
                                    berkas iCalendar (Google, Outlook, Apple); mengimpor
                                    kalender yang sama lagi akan mengganti acaranya; acara
                                    berulang dijabarkan setahun ke belakang dan ke depan;
                                    --json menampilkan {"calendar","events","instances",
                                    "added","updated","removed","dry_run","warnings"}
  import --list | --undo ID_BATCH   daftar impor sejauh ini; urungkan satu impor sekaligus
  search KUERI [--limit N] [--mode hybrid|text|vector] [--kind JENIS ...]
         [--from TANGGAL] [--to TANGGAL]
                                    cari entri menurut kata dan makna; dengan --json
                                    menampilkan {"results":[{"id","kind","ref","title",
                                    "snippet","day","score"}],"took_ms"}: id adalah id
                                    entri (null untuk ringkasan kesehatan suatu hari), kata
                                    yang cocok di snippet **ditandai**
  index [--rebuild] [--status]      perbarui indeks pencarian (Ctrl+C menghentikan dan
                                    menyimpan yang sudah selesai); --rebuild mengulang
                                    semuanya
  stats [--json] [--now TANGGAL]    angka halaman Tinjauan: tiap metrik dan kategori
                                    pengeluaran minggu ini vs minggu lalu vs acuan 90
                                    harinya, rentetan, serta "Pada hari ini"; --json
                                    menampilkan {"today","metrics","spending",
                                    "on_this_day","streaks"}
  sync [oura|calendar] [--status] [--backfill JUMLAH_HARI] [--connect] [--disconnect]
                                    sinkronkan sekarang sumber yang terhubung (Ctrl+C
                                    menghentikan); --status menampilkan koneksi, sinkronisasi
                                    terakhir, kesalahan terakhir, dan jadwal berikutnya;
                                    --connect masuk melalui browser

TEKS boleh berupa "-" untuk membaca input standar. Tanpa perintah, LifeOS membuka
jendelanya; --capture [TEKS] membuka jendela Catat cepat pada LifeOS yang sedang berjalan.</translation>
    </message>
    <message>
        <source>json or md (export); json, jsonl, csv or ics (import).</source>
        <translation>json atau md (export); json, jsonl, csv atau ics (import).</translation>
    </message>
    <message>
        <source>File the imported events under the calendar NAME (import --format ics).</source>
        <translation>Simpan acara yang diimpor di kalender NAMA (import --format ics).</translation>
    </message>
    <message>
        <source>Sync the last DAYS days again (sync).</source>
        <translation>Sinkronkan ulang JUMLAH_HARI hari terakhir (sync).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JUMLAH_HARI</translation>
    </message>
    <message>
        <source>Sign in to the source through the browser (sync).</source>
        <translation>Masuk ke sumber melalui browser (sync).</translation>
    </message>
    <message>
        <source>Sign out of the source and forget its tokens (sync).</source>
        <translation>Keluar dari sumber dan hapus tokennya (sync).</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>Baris %1: kolom berkutip tidak pernah ditutup (kurang satu &quot;).</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Tidak dapat membuat folder data %1.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Move the file away or choose another folder with --data-dir.</source>
        <translation>Folder data %1 adalah sebuah file, bukan folder. Pindahkan file itu atau pilih folder lain dengan --data-dir.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database is in use by another program. Close it and try again.</source>
        <translation>Database sedang digunakan oleh program lain. Tutup program tersebut, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database cannot be written. Check the file&apos;s permissions and the free space on the disk.</source>
        <translation>Tidak dapat menyimpan ke database. Periksa izin akses file dan sisa ruang di disk.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a LifeOS database. It was left untouched; restore a backup or move the file away.</source>
        <translation>File database rusak atau bukan database LifeOS. File tersebut tidak diubah; pulihkan dari cadangan atau pindahkan file itu ke tempat lain.</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>Database menolak %1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Gagal %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 bukan file.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>membuka database</translation>
    </message>
    <message>
        <source>Reading the database</source>
        <translation>membaca database</translation>
    </message>
    <message>
        <source>Reading the database version</source>
        <translation>membaca versi database</translation>
    </message>
    <message>
        <source>The database was written by a newer LifeOS (schema %1; this version knows up to %2). Update LifeOS to open it.</source>
        <translation>Database ini dibuat oleh LifeOS versi yang lebih baru (skema %1; versi ini hanya mengenal hingga %2). Perbarui LifeOS untuk membukanya.</translation>
    </message>
    <message>
        <source>Configuring the database</source>
        <translation>mengonfigurasi database</translation>
    </message>
    <message>
        <source>Locking the database</source>
        <translation>mengunci database</translation>
    </message>
    <message>
        <source>Switching the database to WAL</source>
        <translation>mengalihkan database ke mode WAL</translation>
    </message>
    <message>
        <source>Starting a change</source>
        <translation>memulai perubahan</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>menyimpan perubahan</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Gagal memperbarui database ke versi %1: %2</translation>
    </message>
    <message>
        <source>Listing tables</source>
        <translation>membaca daftar tabel</translation>
    </message>
    <message>
        <source>Reading columns</source>
        <translation>membaca kolom</translation>
    </message>
    <message>
        <source>The disk is full. Free up some space and try again.</source>
        <translation>Disk penuh. Kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>Saving tags</source>
        <translation>menyimpan tag</translation>
    </message>
    <message>
        <source>Reading tags</source>
        <translation>membaca tag</translation>
    </message>
    <message>
        <source>Reading categories</source>
        <translation>membaca kategori</translation>
    </message>
    <message>
        <source>Opening the database failed: %1</source>
        <translation>Gagal membuka database: %1</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Preparing the search text</source>
        <translation>menyiapkan teks pencarian</translation>
    </message>
    <message>
        <source>Reading a record for search</source>
        <translation>membaca entri untuk pencarian</translation>
    </message>
</context>
<context>
    <name>EmbedderConfig</name>
    <message>
        <source>Unknown embeddings provider “%1”: choose offline, openai or openai-compatible.</source>
        <translation>Penyedia embedding “%1” tidak dikenal: pilih offline, openai atau openai-compatible.</translation>
    </message>
    <message>
        <source>The embeddings server address “%1” is not an http:// or https:// URL.</source>
        <translation>Alamat server embedding “%1” bukan URL http:// atau https://.</translation>
    </message>
    <message>
        <source>Choose an embedding model for the embeddings server.</source>
        <translation>Pilih model embedding untuk server embedding.</translation>
    </message>
    <message>
        <source>OpenAI embeddings need an API key: set OPENAI_API_KEY or LIFEOS_EMBEDDINGS_API_KEY.</source>
        <translation>Embedding OpenAI memerlukan kunci API: atur OPENAI_API_KEY atau LIFEOS_EMBEDDINGS_API_KEY.</translation>
    </message>
</context>
<context>
    <name>EmbeddingModels</name>
    <message>
        <source>Reading the embedding models</source>
        <translation>membaca model embedding</translation>
    </message>
    <message>
        <source>Recording the embedding model</source>
        <translation>mencatat model embedding</translation>
    </message>
    <message>
        <source>Switching the embedding model</source>
        <translation>mengganti model embedding</translation>
    </message>
    <message>
        <source>Removing the embedding models</source>
        <translation>menghapus model embedding</translation>
    </message>
    <message>
        <source>Reading documents to learn from</source>
        <translation>membaca dokumen untuk dipelajari</translation>
    </message>
    <message>
        <source>Counting documents</source>
        <translation>menghitung dokumen</translation>
    </message>
    <message>
        <source>The embedding server did not say how long its vectors are.</source>
        <translation>Server embedding tidak memberi tahu panjang vektornya.</translation>
    </message>
</context>
<context>
    <name>EmbeddingStore</name>
    <message>
        <source>The database is in use by another program. Close it and try again.</source>
        <translation>Database sedang digunakan oleh program lain. Tutup program tersebut, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk is full. Free up some space and try again.</source>
        <translation>Disk penuh. Kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Gagal %1: %2</translation>
    </message>
    <message>
        <source>Finding documents to embed</source>
        <translation>mencari dokumen yang perlu di-embed</translation>
    </message>
    <message>
        <source>Counting documents to embed</source>
        <translation>menghitung dokumen yang perlu di-embed</translation>
    </message>
    <message>
        <source>Counting embeddings</source>
        <translation>menghitung embedding</translation>
    </message>
    <message>
        <source>Reading embeddings</source>
        <translation>membaca embedding</translation>
    </message>
    <message>
        <source>The embedder returned vectors of the wrong size.</source>
        <translation>Model embedding mengembalikan vektor dengan ukuran yang salah.</translation>
    </message>
    <message>
        <source>Storing embeddings</source>
        <translation>menyimpan embedding</translation>
    </message>
    <message>
        <source>Removing old embeddings</source>
        <translation>menghapus embedding lama</translation>
    </message>
    <message>
        <source>Removing embeddings</source>
        <translation>menghapus embedding</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menyimpan %1: %2</translation>
    </message>
</context>
<context>
    <name>FinanceStats</name>
    <message>
        <source>Summing expenses by category</source>
        <translation>menjumlahkan pengeluaran per kategori</translation>
    </message>
    <message>
        <source>Summing expenses by month and category</source>
        <translation>menjumlahkan pengeluaran per bulan dan kategori</translation>
    </message>
    <message>
        <source>Summing income and expenses by month</source>
        <translation>menjumlahkan pemasukan dan pengeluaran per bulan</translation>
    </message>
</context>
<context>
    <name>FinanceValidation</name>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Jumlah harus lebih dari nol.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code: use three capital letters, such as IDR, USD or EUR.</source>
        <translation>“%1” bukan kode mata uang: gunakan tiga huruf kapital, misalnya IDR, USD, atau EUR.</translation>
    </message>
    <message>
        <source>The date is missing or is not a real day.</source>
        <translation>Tanggal kosong atau bukan tanggal yang valid.</translation>
    </message>
    <message>
        <source>The date must have a four-digit year.</source>
        <translation>Tahun pada tanggal harus terdiri dari empat digit.</translation>
    </message>
    <message>
        <source>Reading the category</source>
        <translation>membaca kategori</translation>
    </message>
    <message>
        <source>The category no longer exists. Choose another one.</source>
        <translation>Kategori ini sudah tidak ada. Pilih kategori lain.</translation>
    </message>
    <message>
        <source>“%1” is not an income category. Choose an income category.</source>
        <translation>“%1” bukan kategori pemasukan. Pilih kategori pemasukan.</translation>
    </message>
    <message>
        <source>“%1” is not an expense category. Choose an expense category.</source>
        <translation>“%1” bukan kategori pengeluaran. Pilih kategori pengeluaran.</translation>
    </message>
</context>
<context>
    <name>GoogleCalendarSync</name>
    <message>
        <source>The calendar sync was stopped.</source>
        <translation>Sinkronisasi kalender dihentikan.</translation>
    </message>
    <message>
        <source>Google Calendar is limiting requests. LifeOS will try again later.</source>
        <translation>Google Calendar sedang membatasi permintaan. LifeOS akan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>Google Calendar kept sending more pages. Try again later.</source>
        <translation>Google Calendar terus mengirim halaman tambahan. Coba lagi nanti.</translation>
    </message>
    <message>
        <source>Google Calendar sent the same page twice. Try again later.</source>
        <translation>Google Calendar mengirim halaman yang sama dua kali. Coba lagi nanti.</translation>
    </message>
    <message>
        <source>Deleting the events of a cancelled series</source>
        <translation>menghapus acara dari rangkaian yang dibatalkan</translation>
    </message>
    <message>
        <source>Reading the calendar sync state</source>
        <translation>membaca status sinkronisasi kalender</translation>
    </message>
    <message>
        <source>Google Calendar no longer has one of the chosen calendars. Choose the calendars again in Settings → Connections.</source>
        <translation>Google Calendar tidak lagi memiliki salah satu kalender yang dipilih. Pilih ulang kalender di Pengaturan → Koneksi.</translation>
    </message>
</context>
<context>
    <name>GoogleEventMapping</name>
    <message>
        <source>Google Calendar sent an answer LifeOS cannot read. Try again later.</source>
        <translation>Google Calendar mengirim jawaban yang tidak dapat dibaca LifeOS. Coba lagi nanti.</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Location: %1</source>
        <translation>Lokasi: %1</translation>
    </message>
    <message>
        <source>LifeOS cannot use its data folder</source>
        <translation>LifeOS tidak dapat menggunakan folder data</translation>
    </message>
    <message>
        <source>LifeOS cannot open its database</source>
        <translation>LifeOS tidak dapat membuka database</translation>
    </message>
    <message>
        <source>LifeOS is running but did not answer in time.</source>
        <translation>LifeOS sedang berjalan tetapi tidak menjawab tepat waktu.</translation>
    </message>
</context>
<context>
    <name>HealthFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 mnt</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 kcal</source>
        <translation>%1 kcal</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Oura</source>
        <translation>Oura</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Catat cepat</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Hari ini · %1</translation>
    </message>
    <message>
        <source>Yesterday · %1</source>
        <translation>Kemarin · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translation>Besok · %1</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 (The server said: %2)</source>
        <translation>%1 (Pesan server: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n detik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer came within %1 s</source>
        <translation>tidak ada jawaban dalam %1 detik</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>koneksi ditolak</translation>
    </message>
    <message>
        <source>the connection was closed before the answer was complete</source>
        <translation>koneksi ditutup sebelum jawaban selesai diterima</translation>
    </message>
    <message>
        <source>the server name was not found</source>
        <translation>nama server tidak ditemukan</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>waktu koneksi habis</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>koneksi aman tidak dapat dibuat</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>jaringan tidak tersedia</translation>
    </message>
    <message>
        <source>a network error occurred (code %1)</source>
        <translation>terjadi kesalahan jaringan (kode %1)</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Permintaan ke %1 dibatalkan.</translation>
    </message>
    <message>
        <source>%1 asked to wait %2 before trying again. LifeOS will try again later.</source>
        <translation>%1 meminta untuk menunggu %2 sebelum mencoba lagi. LifeOS akan mencoba lagi nanti.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests and still was after %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>%1 membatasi permintaan dan masih membatasinya setelah %n kali percobaan. Coba lagi nanti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept failing (HTTP %2) after %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>%1 terus gagal (HTTP %2) setelah %n kali percobaan. Coba lagi nanti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the internet connection, then try again.</source>
        <translation>Tidak dapat menghubungi %1: %2. Periksa koneksi internet, lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in; connect again in Settings → Connections.</source>
        <translation>%1 menolak proses masuk; hubungkan lagi di Pengaturan → Koneksi.</translation>
    </message>
    <message>
        <source>%1 could not find what LifeOS asked for (HTTP 404). If this keeps happening, connect again in Settings → Connections.</source>
        <translation>%1 tidak dapat menemukan yang diminta LifeOS (HTTP 404). Jika ini terus terjadi, hubungkan lagi di Pengaturan → Koneksi.</translation>
    </message>
    <message>
        <source>%1 is limiting requests. Try again later.</source>
        <translation>%1 sedang membatasi permintaan. Coba lagi nanti.</translation>
    </message>
    <message>
        <source>%1 is having trouble (HTTP %2). Try again later.</source>
        <translation>%1 sedang bermasalah (HTTP %2). Coba lagi nanti.</translation>
    </message>
    <message>
        <source>%1 gave an answer LifeOS cannot use (HTTP %2). Try again later, and report it if it keeps happening.</source>
        <translation>%1 memberikan jawaban yang tidak dapat digunakan LifeOS (HTTP %2). Coba lagi nanti, dan laporkan jika ini terus terjadi.</translation>
    </message>
</context>
<context>
    <name>HybridSearch</name>
    <message>
        <source>Searching</source>
        <translation>mencari</translation>
    </message>
    <message>
        <source>Finding related entries</source>
        <translation>mencari entri terkait</translation>
    </message>
</context>
<context>
    <name>IcsImporter</name>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>the event “%1” has no start (DTSTART), so it was skipped</source>
        <translation>acara “%1” tidak memiliki waktu mulai (DTSTART), sehingga dilewati</translation>
    </message>
    <message>
        <source>%1, so the event “%2” was skipped</source>
        <translation>%1, sehingga acara “%2” dilewati</translation>
    </message>
    <message>
        <source>the event “%1” starts in a year LifeOS cannot store, so it was skipped</source>
        <translation>acara “%1” dimulai pada tahun yang tidak dapat disimpan LifeOS, sehingga dilewati</translation>
    </message>
    <message>
        <source>%1, so the event “%2” was given no end</source>
        <translation>%1, sehingga acara “%2” dibuat tanpa waktu selesai</translation>
    </message>
    <message>
        <source>the duration “%1” of the event “%2” cannot be read, so it was given no end</source>
        <translation>durasi “%1” pada acara “%2” tidak dapat dibaca, sehingga acara dibuat tanpa waktu selesai</translation>
    </message>
    <message>
        <source>the event “%1” ends in a year LifeOS cannot store, so it was skipped</source>
        <translation>acara “%1” berakhir pada tahun yang tidak dapat disimpan LifeOS, sehingga dilewati</translation>
    </message>
    <message>
        <source>a second event with the same UID replaces the one before it</source>
        <translation>acara kedua dengan UID yang sama menggantikan acara sebelumnya</translation>
    </message>
    <message>
        <source>%1, so that exception was ignored</source>
        <translation>%1, sehingga pengecualian tersebut diabaikan</translation>
    </message>
    <message>
        <source>%1, so only the first time of “%2” was imported</source>
        <translation>%1, sehingga hanya kemunculan pertama “%2” yang diimpor</translation>
    </message>
    <message>
        <source>the repeat rule parts %1 are not supported, so some repeats of “%2” may be missing or extra</source>
        <translation>bagian aturan pengulangan %1 tidak didukung, sehingga sebagian pengulangan “%2” mungkin hilang atau berlebih</translation>
    </message>
    <message>
        <source>extra dates given as periods are not supported and were ignored</source>
        <translation>tanggal tambahan yang berupa periode tidak didukung dan diabaikan</translation>
    </message>
    <message>
        <source>%1, so those extra dates were ignored</source>
        <translation>%1, sehingga tanggal-tanggal tambahan tersebut diabaikan</translation>
    </message>
    <message>
        <source>%1, so that changed instance was ignored</source>
        <translation>%1, sehingga kemunculan yang diubah tersebut diabaikan</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and that the file is readable.</source>
        <translation>Tidak dapat membaca %1: %2. Periksa jalurnya dan pastikan file dapat dibaca.</translation>
    </message>
    <message>
        <source>Choose a valid time zone to import the calendar into.</source>
        <translation>Pilih zona waktu yang valid untuk mengimpor kalender.</translation>
    </message>
    <message>
        <source>The event “%1” could not be saved: %2</source>
        <translation>Acara “%1” tidak dapat disimpan: %2</translation>
    </message>
</context>
<context>
    <name>IcsParser</name>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>this line is not an iCalendar property and was skipped</source>
        <translation>baris ini bukan properti iCalendar dan dilewati</translation>
    </message>
    <message>
        <source>END:%1 has no matching BEGIN and was skipped</source>
        <translation>END:%1 tidak memiliki BEGIN yang sesuai dan dilewati</translation>
    </message>
    <message>
        <source>BEGIN:%1 is never closed</source>
        <translation>BEGIN:%1 tidak pernah ditutup</translation>
    </message>
    <message>
        <source>This is not an iCalendar file (it has no BEGIN:VCALENDAR line). Export the calendar as .ics and import that file.</source>
        <translation>Ini bukan file iCalendar (tidak ada baris BEGIN:VCALENDAR). Ekspor kalender sebagai .ics, lalu impor file tersebut.</translation>
    </message>
</context>
<context>
    <name>IcsTime</name>
    <message>
        <source>line %1: the time zone &quot;%2&quot; is unknown, so its times were read in your time zone (%3)</source>
        <translation>baris %1: zona waktu "%2" tidak dikenal, sehingga waktunya dibaca dalam zona waktu Anda (%3)</translation>
    </message>
    <message>
        <source>line %1: %2 must hold one date or time, not %3</source>
        <translation>baris %1: %2 harus berisi satu tanggal atau waktu, bukan %3</translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)</source>
        <translation>baris %1: %2 "%3" bukan tanggal (YYYYMMDD) atau tanggal-waktu (YYYYMMDDTHHMMSS)</translation>
    </message>
    <message>
        <source>line %1: %2 is empty</source>
        <translation>baris %1: %2 kosong</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Reading the import history</source>
        <translation>membaca riwayat impor</translation>
    </message>
    <message>
        <source>Recording the import</source>
        <translation>mencatat impor</translation>
    </message>
    <message>
        <source>The import %1 is not in the history.</source>
        <translation>Impor %1 tidak ada dalam riwayat.</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>mengurungkan impor</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>Tidak ada impor %1.</translation>
    </message>
    <message>
        <source>The import %1 was already undone.</source>
        <translation>Impor %1 sudah diurungkan.</translation>
    </message>
</context>
<context>
    <name>IndexMaintenance</name>
    <message>
        <source>Reading deleted documents</source>
        <translation>membaca dokumen yang dihapus</translation>
    </message>
    <message>
        <source>Forgetting deleted documents</source>
        <translation>melupakan dokumen yang dihapus</translation>
    </message>
    <message>
        <source>The search folder %1 cannot be created.</source>
        <translation>Folder pencarian %1 tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>Reading the journal</source>
        <translation>membaca jurnal</translation>
    </message>
    <message>
        <source>A journal entry needs a valid day.</source>
        <translation>Entri jurnal memerlukan tanggal yang valid.</translation>
    </message>
    <message>
        <source>Mood and energy are rated from 1 to 10.</source>
        <translation>Suasana hati dan energi dinilai dari 1 sampai 10.</translation>
    </message>
    <message>
        <source>Saving the journal entry</source>
        <translation>menyimpan entri jurnal</translation>
    </message>
    <message>
        <source>Saving the journal entry failed.</source>
        <translation>Gagal menyimpan entri jurnal.</translation>
    </message>
    <message>
        <source>Deleting the journal entry</source>
        <translation>menghapus entri jurnal</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>Exporting %1</source>
        <translation>mengekspor %1</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>Checking the database</source>
        <translation>memeriksa database</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>File ini bukan JSON yang valid (pada byte %1: %2).</translation>
    </message>
    <message>
        <source>The file is not a LifeOS JSON export.</source>
        <translation>File ini bukan hasil ekspor JSON dari LifeOS.</translation>
    </message>
    <message>
        <source>The export was made by a newer LifeOS. Update LifeOS to import it.</source>
        <translation>Ekspor ini dibuat oleh LifeOS versi yang lebih baru. Perbarui LifeOS untuk mengimpornya.</translation>
    </message>
    <message>
        <source>A JSON export can only be restored into an empty data folder; this one already holds data.</source>
        <translation>Ekspor JSON hanya dapat dipulihkan ke folder data yang kosong; folder ini sudah berisi data.</translation>
    </message>
    <message>
        <source>The export holds an unknown table &quot;%1&quot;.</source>
        <translation>Ekspor ini berisi tabel &quot;%1&quot; yang tidak dikenal.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>mengimpor</translation>
    </message>
    <message>
        <source>The export&apos;s table &quot;%1&quot; has an unknown column &quot;%2&quot;.</source>
        <translation>Tabel &quot;%1&quot; dalam ekspor ini berisi kolom &quot;%2&quot; yang tidak dikenal.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>mengimpor %1</translation>
    </message>
</context>
<context>
    <name>JsonlImporter</name>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>bukan JSON yang valid (%1 pada karakter %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>bukan objek JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; harus berupa string</translation>
    </message>
    <message>
        <source>neither &quot;title&quot; nor &quot;body&quot; has any text</source>
        <translation>&quot;title&quot; maupun &quot;body&quot; tidak berisi teks</translation>
    </message>
    <message>
        <source>&quot;created&quot; is not an ISO date or date-time: &quot;%1&quot;</source>
        <translation>&quot;created&quot; bukan tanggal atau tanggal-waktu ISO: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be an array of strings</source>
        <translation>&quot;tags&quot; harus berupa array string</translation>
    </message>
    <message>
        <source>&quot;ref&quot; must be a string</source>
        <translation>&quot;ref&quot; harus berupa string</translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation>menyiapkan impor</translation>
    </message>
    <message>
        <source>Importing notes</source>
        <translation>mengimpor catatan</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Impor dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Gagal membaca file: %1</translation>
    </message>
    <message>
        <source>&quot;ref&quot; &quot;%1&quot; was already used on line %2</source>
        <translation>&quot;ref&quot; &quot;%1&quot; sudah dipakai di baris %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more bad line(s)</source>
        <translation>
            <numerusform>… dan %n baris bermasalah lainnya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported, so nothing was imported:</source>
        <translation>
            <numerusform>%n baris tidak dapat diimpor, jadi tidak ada yang diimpor:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No system keychain is available, so LifeOS cannot keep your sign-in. Start a Secret Service such as GNOME Keyring or KWallet, unlock it, and try again.</source>
        <translation>Tidak ada gantungan kunci sistem (keychain) yang tersedia, sehingga LifeOS tidak dapat menyimpan data masuk Anda. Jalankan Secret Service seperti GNOME Keyring atau KWallet, buka kuncinya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Nothing is saved in the system keychain under %1. Connect the account again in Settings.</source>
        <translation>Tidak ada yang tersimpan di gantungan kunci sistem (keychain) dengan nama %1. Hubungkan akun tersebut lagi di Pengaturan.</translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>Port %1 on this computer is already used by another program, so LifeOS cannot receive the sign-in answer. Close that program, or change the Oura redirect port in Settings → Connections (and register the same redirect address with your Oura application).</source>
        <translation>Port %1 di komputer ini sudah dipakai oleh program lain, sehingga LifeOS tidak dapat menerima jawaban proses masuk. Tutup program tersebut, atau ubah port pengalihan Oura di Pengaturan → Koneksi (dan daftarkan alamat pengalihan yang sama di aplikasi Oura Anda).</translation>
    </message>
    <message>
        <source>LifeOS could not open a local port (%1) to receive the sign-in answer. Try again; if it keeps failing, change the redirect port in Settings → Connections.</source>
        <translation>LifeOS tidak dapat membuka port lokal (%1) untuk menerima jawaban proses masuk. Coba lagi; jika terus gagal, ubah port pengalihan di Pengaturan → Koneksi.</translation>
    </message>
    <message>
        <source>The sign-in listener is not running. Try connecting again.</source>
        <translation>Penerima proses masuk tidak berjalan. Coba hubungkan lagi.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation>Halaman ini tidak ada.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Tidak ada yang perlu dilakukan</translation>
    </message>
    <message>
        <source>This address only receives the answer of a LifeOS sign-in.</source>
        <translation>Alamat ini hanya menerima jawaban dari proses masuk LifeOS.</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>Bukan proses masuk ini</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in LifeOS started, so it was ignored. Finish the sign-in in the tab LifeOS opened.</source>
        <translation>Jawaban ini bukan milik proses masuk yang dimulai LifeOS, sehingga diabaikan. Selesaikan proses masuk di tab yang dibuka LifeOS.</translation>
    </message>
    <message>
        <source>LifeOS is finishing the sign-in</source>
        <translation>LifeOS sedang menyelesaikan proses masuk</translation>
    </message>
    <message>
        <source>LifeOS is finishing the sign-in. You can close this tab and go back to LifeOS.</source>
        <translation>LifeOS sedang menyelesaikan proses masuk. Anda dapat menutup tab ini dan kembali ke LifeOS.</translation>
    </message>
    <message>
        <source>Access declined</source>
        <translation>Akses ditolak</translation>
    </message>
    <message>
        <source>You declined access, so LifeOS is not connected. You can close this tab.</source>
        <translation>Anda menolak akses, sehingga LifeOS tidak terhubung. Anda dapat menutup tab ini.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Proses masuk gagal</translation>
    </message>
    <message>
        <source>The sign-in did not finish. You can close this tab and try again from LifeOS.</source>
        <translation>Proses masuk tidak selesai. Anda dapat menutup tab ini dan mencoba lagi dari LifeOS.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not finished within %n minute(s). Try again.</source>
        <translation>
            <numerusform>Proses masuk tidak diselesaikan dalam %n menit. Coba lagi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not finished within %n second(s). Try again.</source>
        <translation>
            <numerusform>Proses masuk tidak diselesaikan dalam %n detik. Coba lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Proses masuk dibatalkan.</translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source># Tasks</source>
        <translation># Tugas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>MetricCatalog</name>
    <message>
        <source>Sleep</source>
        <translation>Tidur</translation>
    </message>
    <message>
        <source>Sleep score</source>
        <translation>Skor tidur</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Berat badan</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Air minum</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Suasana hati</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Heart-rate variability</source>
        <translation>Variabilitas detak jantung</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Kesiapan</translation>
    </message>
    <message>
        <source>Resting heart rate</source>
        <translation>Detak jantung istirahat</translation>
    </message>
    <message>
        <source>Sauna</source>
        <translation>Sauna</translation>
    </message>
    <message>
        <source>A metric needs a name.</source>
        <translation>Metrik memerlukan nama.</translation>
    </message>
    <message>
        <source>“%1” cannot be a metric name: use letters, digits, “_” and “-” only.</source>
        <translation>“%1” tidak dapat menjadi nama metrik: gunakan hanya huruf, angka, “_”, dan “-”.</translation>
    </message>
    <message>
        <source>A unit cannot contain “:” or a line break.</source>
        <translation>Satuan tidak boleh berisi “:” atau baris baru.</translation>
    </message>
    <message>
        <source>“%1” is already a built-in metric.</source>
        <translation>“%1” sudah menjadi metrik bawaan.</translation>
    </message>
    <message>
        <source>You already have a metric called “%1”.</source>
        <translation>Sudah ada metrik bernama “%1”.</translation>
    </message>
    <message>
        <source>“%1” is a built-in metric and cannot be removed.</source>
        <translation>“%1” adalah metrik bawaan dan tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>There is no metric called “%1”.</source>
        <translation>Tidak ada metrik bernama “%1”.</translation>
    </message>
</context>
<context>
    <name>MetricRepository</name>
    <message>
        <source>A metric needs a name.</source>
        <translation>Metrik memerlukan nama.</translation>
    </message>
    <message>
        <source>The value of “%1” is not a number.</source>
        <translation>Nilai “%1” bukan angka.</translation>
    </message>
    <message>
        <source>The value of “%1” needs a valid day.</source>
        <translation>Nilai “%1” memerlukan tanggal yang valid.</translation>
    </message>
    <message>
        <source>Adding the value of “%1”</source>
        <translation>menambahkan nilai “%1”</translation>
    </message>
    <message>
        <source>Saving the value of “%1”</source>
        <translation>menyimpan nilai “%1”</translation>
    </message>
    <message>
        <source>The value no longer exists.</source>
        <translation>Nilai ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Deleting the value</source>
        <translation>menghapus nilai</translation>
    </message>
    <message>
        <source>Reading the value</source>
        <translation>membaca nilai</translation>
    </message>
    <message>
        <source>A synced or imported value needs an external id.</source>
        <translation>Nilai yang disinkronkan atau diimpor memerlukan id eksternal.</translation>
    </message>
    <message>
        <source>Reading metrics</source>
        <translation>membaca metrik</translation>
    </message>
    <message>
        <source>Choose a valid day.</source>
        <translation>Pilih tanggal yang valid.</translation>
    </message>
    <message>
        <source>Reading metric names</source>
        <translation>membaca nama metrik</translation>
    </message>
</context>
<context>
    <name>MetricsCsvImporter</name>
    <message>
        <source>A metrics file needs a header row naming its date, metric and value columns.</source>
        <translation>File metrik memerlukan baris judul yang menamai kolom tanggal, metrik, dan nilai.</translation>
    </message>
    <message>
        <source>There is no date.</source>
        <translation>Tidak ada tanggal.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a day in the format %2.</source>
        <translation>Tanggal &quot;%1&quot; bukan tanggal yang valid dalam format %2.</translation>
    </message>
    <message>
        <source>There is no metric name.</source>
        <translation>Tidak ada nama metrik.</translation>
    </message>
    <message>
        <source>There is no value.</source>
        <translation>Tidak ada nilai.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; is not a number.</source>
        <translation>Nilai &quot;%1&quot; bukan angka.</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; does not match %2, which is measured in &quot;%3&quot;.</source>
        <translation>Satuan &quot;%1&quot; tidak cocok dengan %2, yang diukur dalam &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 on %2 already has a value on line %3.</source>
        <translation>%1 pada %2 sudah memiliki nilai di baris %3.</translation>
    </message>
    <message>
        <source>Reading imported metrics</source>
        <translation>membaca metrik yang diimpor</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>File ini memiliki %n masalah; tidak ada yang diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing line %1</source>
        <translation>mengimpor baris %1</translation>
    </message>
</context>
<context>
    <name>MoneyFormat</name>
    <message>
        <source>“%1” is not a currency code such as IDR or USD.</source>
        <translation>“%1” bukan kode mata uang seperti IDR atau USD.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Masukkan jumlah.</translation>
    </message>
    <message>
        <source>Enter the amount without a minus sign; choose expense or income for the direction.</source>
        <translation>Masukkan jumlah tanpa tanda minus; pilih pengeluaran atau pemasukan untuk arahnya.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: use digits and separators only.</source>
        <translation>“%1” bukan jumlah: gunakan hanya angka dan pemisah.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: it has no digits.</source>
        <translation>“%1” bukan jumlah: tidak ada angkanya.</translation>
    </message>
    <message>
        <source>“%1” has more than one decimal separator.</source>
        <translation>“%1” memiliki lebih dari satu pemisah desimal.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: its thousands separators are misplaced.</source>
        <translation>“%1” bukan jumlah: pemisah ribuannya salah tempat.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: digits must follow the decimal separator.</source>
        <translation>“%1” bukan jumlah: harus ada angka setelah pemisah desimal.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation>Jumlah dalam %1 tidak memakai desimal.</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal(s).</source>
        <translation>
            <numerusform>Jumlah dalam %1 memakai paling banyak %n desimal.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is too large an amount.</source>
        <translation>Jumlah “%1” terlalu besar.</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <source>Adding the note</source>
        <translation>menambahkan catatan</translation>
    </message>
    <message>
        <source>Saving the note</source>
        <translation>menyimpan catatan</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>Catatan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Deleting the note</source>
        <translation>menghapus catatan</translation>
    </message>
    <message>
        <source>Reading the note</source>
        <translation>membaca catatan</translation>
    </message>
    <message>
        <source>Reading notes</source>
        <translation>membaca daftar catatan</translation>
    </message>
</context>
<context>
    <name>OAuthClient</name>
    <message>
        <source>%1 answered the sign-in with something LifeOS cannot read. Try again later.</source>
        <translation>%1 menjawab proses masuk dengan sesuatu yang tidak dapat dibaca LifeOS. Coba lagi nanti.</translation>
    </message>
    <message>
        <source>%1 did not accept LifeOS&apos;s client id or client secret. Check them in Settings → Connections, then connect %1 again.</source>
        <translation>%1 tidak menerima ID klien atau rahasia klien LifeOS. Periksa keduanya di Pengaturan → Koneksi, lalu hubungkan %1 lagi.</translation>
    </message>
    <message>
        <source>%1 no longer accepts LifeOS&apos;s sign-in. Connect %1 again in Settings → Connections.</source>
        <translation>%1 tidak lagi menerima proses masuk LifeOS. Hubungkan %1 lagi di Pengaturan → Koneksi.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in request. Connect %1 again in Settings → Connections; if it keeps happening, check the connection settings.</source>
        <translation>%1 menolak permintaan masuk. Hubungkan %1 lagi di Pengaturan → Koneksi; jika ini terus terjadi, periksa pengaturan koneksi.</translation>
    </message>
</context>
<context>
    <name>OAuthConnectFlow</name>
    <message>
        <source>Enter the %1 client id in Settings → Connections, then connect again.</source>
        <translation>Masukkan ID klien %1 di Pengaturan → Koneksi, lalu hubungkan lagi.</translation>
    </message>
    <message>
        <source>You declined access in the browser.</source>
        <translation>Anda menolak akses di browser.</translation>
    </message>
    <message>
        <source>%1 did not finish the sign-in. Try connecting again.</source>
        <translation>%1 tidak menyelesaikan proses masuk. Coba hubungkan lagi.</translation>
    </message>
</context>
<context>
    <name>OfflineEmbedder</name>
    <message>
        <source>The saved search model is damaged; it will be learned again.</source>
        <translation>Model pencarian yang tersimpan rusak; model akan dipelajari ulang.</translation>
    </message>
    <message>
        <source>Computing search vectors was cancelled.</source>
        <translation>Penghitungan vektor pencarian dibatalkan.</translation>
    </message>
    <message>
        <source>The search model cannot have %1 dimensions.</source>
        <translation>Model pencarian tidak bisa memiliki %1 dimensi.</translation>
    </message>
    <message>
        <source>There is no text to learn the search model from.</source>
        <translation>Tidak ada teks untuk mempelajari model pencarian.</translation>
    </message>
    <message>
        <source>The search model could not be learned.</source>
        <translation>Model pencarian tidak dapat dipelajari.</translation>
    </message>
</context>
<context>
    <name>OpenAiEmbedder</name>
    <message>
        <source>Embedding was cancelled.</source>
        <translation>Embedding dibatalkan.</translation>
    </message>
    <message>
        <source>The embeddings server refused the API key (HTTP %1): %2</source>
        <translation>Server embedding menolak kunci API (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The embeddings server refused the request (HTTP %1): %2</source>
        <translation>Server embedding menolak permintaan (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The embeddings server sent an answer that cannot be read: %1</source>
        <translation>Server embedding mengirim jawaban yang tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>jawabannya bukan objek JSON</translation>
    </message>
    <message>
        <source>it has no &quot;data&quot; list</source>
        <translation>jawabannya tidak berisi daftar &quot;data&quot;</translation>
    </message>
    <message>
        <source>%1 vectors came back for %2 texts</source>
        <translation>yang diterima %1 vektor untuk %2 teks</translation>
    </message>
    <message>
        <source>a vector has an invalid index</source>
        <translation>ada vektor dengan indeks yang tidak valid</translation>
    </message>
    <message>
        <source>two vectors have the index %1</source>
        <translation>dua vektor memiliki indeks %1</translation>
    </message>
    <message>
        <source>a vector is not a list of numbers</source>
        <translation>ada vektor yang bukan daftar angka</translation>
    </message>
    <message>
        <source>a vector is empty</source>
        <translation>ada vektor yang kosong</translation>
    </message>
    <message>
        <source>vectors of %1 numbers were expected, one has %2</source>
        <translation>vektor seharusnya berisi %1 angka, tetapi ada yang berisi %2</translation>
    </message>
    <message>
        <source>the vectors have different lengths (%1 and %2)</source>
        <translation>panjang vektornya berbeda-beda (%1 dan %2)</translation>
    </message>
    <message>
        <source>a vector holds something that is not a number</source>
        <translation>ada vektor yang berisi sesuatu yang bukan angka</translation>
    </message>
    <message>
        <source>vectors of %1 numbers were expected, got %2</source>
        <translation>vektor seharusnya berisi %1 angka, yang diterima berisi %2</translation>
    </message>
    <message>
        <source>The embeddings server at %1</source>
        <translation>Server embedding di %1</translation>
    </message>
</context>
<context>
    <name>OuraSync</name>
    <message>
        <source>The Oura sync was stopped.</source>
        <translation>Sinkronisasi Oura dihentikan.</translation>
    </message>
    <message>
        <source>Oura refused the sign-in; connect again in Settings → Connections.</source>
        <translation>Oura menolak proses masuk; hubungkan lagi di Pengaturan → Koneksi.</translation>
    </message>
    <message>
        <source>Oura sent %1 data that LifeOS cannot read. Try again later; if it keeps happening, the Oura service may have changed.</source>
        <translation>Oura mengirim data %1 yang tidak dapat dibaca LifeOS. Coba lagi nanti; jika ini terus terjadi, layanan Oura mungkin telah berubah.</translation>
    </message>
</context>
<context>
    <name>OuraWindowData</name>
    <message>
        <source>Oura sent %1 data that LifeOS cannot read. Try again later; if it keeps happening, the Oura service may have changed.</source>
        <translation>Oura mengirim data %1 yang tidak dapat dibaca LifeOS. Coba lagi nanti; jika ini terus terjadi, layanan Oura mungkin telah berubah.</translation>
    </message>
</context>
<context>
    <name>RandomizedSvd</name>
    <message>
        <source>There is nothing to learn the search model from.</source>
        <translation>Tidak ada bahan untuk mempelajari model pencarian.</translation>
    </message>
    <message>
        <source>Learning the search model was cancelled.</source>
        <translation>Pembelajaran model pencarian dibatalkan.</translation>
    </message>
</context>
<context>
    <name>RecurrenceRule</name>
    <message>
        <source>the repeat rule part &quot;%1&quot; cannot be read</source>
        <translation>bagian aturan pengulangan "%1" tidak dapat dibaca</translation>
    </message>
    <message>
        <source>repeating %1 is not supported; only daily, weekly, monthly and yearly rules are</source>
        <translation>pengulangan %1 tidak didukung; hanya aturan harian, mingguan, bulanan, dan tahunan yang didukung</translation>
    </message>
    <message>
        <source>the repeat rule has no FREQ</source>
        <translation>aturan pengulangan tidak memiliki FREQ</translation>
    </message>
</context>
<context>
    <name>RecurringTransactions</name>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Tanggal terakhir lebih awal dari tanggal pertama.</translation>
    </message>
    <message>
        <source>Adding the recurring transaction</source>
        <translation>menambahkan transaksi berulang</translation>
    </message>
    <message>
        <source>Saving the recurring transaction</source>
        <translation>menyimpan transaksi berulang</translation>
    </message>
    <message>
        <source>The recurring transaction no longer exists.</source>
        <translation>Transaksi berulang ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Deleting the recurring transaction</source>
        <translation>menghapus transaksi berulang</translation>
    </message>
    <message>
        <source>Reading recurring transactions</source>
        <translation>membaca daftar transaksi berulang</translation>
    </message>
    <message>
        <source>The date is missing or is not a real day.</source>
        <translation>Tanggal kosong atau bukan tanggal yang valid.</translation>
    </message>
    <message>
        <source>Reading transactions</source>
        <translation>membaca daftar transaksi</translation>
    </message>
</context>
<context>
    <name>ReviewCalculator</name>
    <message>
        <source>The review needs a valid day.</source>
        <translation>Tinjauan memerlukan tanggal yang valid.</translation>
    </message>
    <message>
        <source>Reading the metrics for the review</source>
        <translation>membaca metrik untuk tinjauan</translation>
    </message>
    <message>
        <source>Reading the spending for the review</source>
        <translation>membaca pengeluaran untuk tinjauan</translation>
    </message>
    <message>
        <source>Reading what happened on this day</source>
        <translation>membaca apa yang terjadi pada hari ini</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Reading the streaks for the review</source>
        <translation>membaca rentetan untuk tinjauan</translation>
    </message>
</context>
<context>
    <name>SearchFormat</name>
    <message>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Pemasukan</translation>
    </message>
    <message>
        <source>Workout</source>
        <translation>Olahraga</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Tanpa judul</translation>
    </message>
    <message>
        <source>Indexing stopped after an error.</source>
        <translation>Pengindeksan berhenti karena terjadi kesalahan.</translation>
    </message>
    <message>
        <source>Indexing stopped: %1</source>
        <translation>Pengindeksan berhenti: %1</translation>
    </message>
    <message>
        <source>%1 · indexing %L2 of %L3</source>
        <translation>%1 · mengindeks %L2 dari %L3</translation>
    </message>
    <message>
        <source>%1 · indexing…</source>
        <translation>%1 · mengindeks…</translation>
    </message>
    <message>
        <source>%1 · nothing to index yet</source>
        <translation>%1 · belum ada yang perlu diindeks</translation>
    </message>
    <message>
        <source>%1 · %L2 of %L3 entries indexed for meaning search</source>
        <translation>%1 · %L2 dari %L3 entri terindeks untuk pencarian makna</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Belum ada model</translation>
    </message>
    <message>
        <source>Built-in offline model</source>
        <translation>Model offline bawaan</translation>
    </message>
</context>
<context>
    <name>SearchProjector</name>
    <message>
        <source>Preparing the search projection</source>
        <translation>menyiapkan proyeksi pencarian</translation>
    </message>
    <message>
        <source>Updating the search projection</source>
        <translation>memperbarui proyeksi pencarian</translation>
    </message>
    <message>
        <source>Updating the search index was cancelled.</source>
        <translation>Pembaruan indeks pencarian dibatalkan.</translation>
    </message>
    <message>
        <source>Counting records to index</source>
        <translation>menghitung entri yang perlu diindeks</translation>
    </message>
    <message>
        <source>Marking records to index</source>
        <translation>menandai entri yang perlu diindeks</translation>
    </message>
</context>
<context>
    <name>SeriesLoader</name>
    <message>
        <source>Choose a valid range of days.</source>
        <translation>Pilih rentang hari yang valid.</translation>
    </message>
    <message>
        <source>Reading the values of “%1”</source>
        <translation>membaca nilai “%1”</translation>
    </message>
    <message>
        <source>Reading spending</source>
        <translation>membaca pengeluaran</translation>
    </message>
    <message>
        <source>Reading workouts</source>
        <translation>membaca daftar olahraga</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>%1 is not set up: add the app&apos;s client id in Settings → Connections.</source>
        <translation>%1 belum disiapkan: tambahkan ID klien aplikasi di Pengaturan → Koneksi.</translation>
    </message>
    <message>
        <source>%1 is not connected. Connect it in Settings → Connections, or run &quot;lifeos sync %2 --connect&quot;.</source>
        <translation>%1 tidak terhubung. Hubungkan di Pengaturan → Koneksi, atau jalankan "lifeos sync %2 --connect".</translation>
    </message>
    <message>
        <source>There is no source called &quot;%1&quot;; choose oura or calendar.</source>
        <translation>Tidak ada sumber bernama "%1"; pilih oura atau calendar.</translation>
    </message>
</context>
<context>
    <name>SyncStateRepository</name>
    <message>
        <source>Could not read the sync state.</source>
        <translation>Tidak dapat membaca status sinkronisasi.</translation>
    </message>
    <message>
        <source>A sync state needs a source.</source>
        <translation>Status sinkronisasi memerlukan sumber.</translation>
    </message>
    <message>
        <source>Could not save the sync state.</source>
        <translation>Tidak dapat menyimpan status sinkronisasi.</translation>
    </message>
    <message>
        <source>Could not save the sync position.</source>
        <translation>Tidak dapat menyimpan posisi sinkronisasi.</translation>
    </message>
    <message>
        <source>Could not remove the sync state.</source>
        <translation>Tidak dapat menghapus status sinkronisasi.</translation>
    </message>
    <message>
        <source>Removing sync states needs a prefix.</source>
        <translation>Menghapus status sinkronisasi memerlukan awalan.</translation>
    </message>
    <message>
        <source>Could not remove the sync states.</source>
        <translation>Tidak dapat menghapus status-status sinkronisasi.</translation>
    </message>
</context>
<context>
    <name>SyncStatusFormat</name>
    <message>
        <source>Oura Ring</source>
        <translation>Oura Ring</translation>
    </message>
    <message>
        <source>Google Calendar</source>
        <translation>Google Calendar</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Menyinkronkan… %1 dari %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Belum disiapkan</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Tidak terhubung</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Belum pernah disinkronkan</translation>
    </message>
    <message>
        <source>Last synced just now</source>
        <translation>Terakhir disinkronkan baru saja</translation>
    </message>
    <message numerus="yes">
        <source>Last synced %n minute(s) ago</source>
        <translation>
            <numerusform>Terakhir disinkronkan %n menit lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last synced %n hour(s) ago</source>
        <translation>
            <numerusform>Terakhir disinkronkan %n jam lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced yesterday at %1</source>
        <translation>Terakhir disinkronkan kemarin pukul %1</translation>
    </message>
    <message>
        <source>Last synced on %1 at %2</source>
        <translation>Terakhir disinkronkan pada %1 pukul %2</translation>
    </message>
    <message>
        <source>Next sync in less than a minute</source>
        <translation>Sinkronisasi berikutnya dalam kurang dari satu menit</translation>
    </message>
    <message numerus="yes">
        <source>Next sync in %n minute(s)</source>
        <translation>
            <numerusform>Sinkronisasi berikutnya dalam %n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>Next sync at %1</source>
        <translation>Sinkronisasi berikutnya pukul %1</translation>
    </message>
    <message>
        <source>Next sync tomorrow at %1</source>
        <translation>Sinkronisasi berikutnya besok pukul %1</translation>
    </message>
    <message>
        <source>Next sync on %1 at %2</source>
        <translation>Sinkronisasi berikutnya pada %1 pukul %2</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>A task needs a title.</source>
        <translation>Tugas harus memiliki judul.</translation>
    </message>
    <message>
        <source>Priority goes from 1 (most urgent) to 4, or none.</source>
        <translation>Prioritas berkisar dari 1 (paling mendesak) sampai 4, atau tanpa prioritas.</translation>
    </message>
    <message>
        <source>A due time needs a due date.</source>
        <translation>Jam jatuh tempo harus disertai tanggal jatuh tempo.</translation>
    </message>
    <message>
        <source>Adding the task</source>
        <translation>menambahkan tugas</translation>
    </message>
    <message>
        <source>Saving the task</source>
        <translation>menyimpan tugas</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>Tugas ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Deleting the task</source>
        <translation>menghapus tugas</translation>
    </message>
    <message>
        <source>Reading the task</source>
        <translation>membaca tugas</translation>
    </message>
    <message>
        <source>Reading tasks</source>
        <translation>membaca daftar tugas</translation>
    </message>
    <message>
        <source>Counting tasks</source>
        <translation>menghitung tugas</translation>
    </message>
</context>
<context>
    <name>TextIndex</name>
    <message>
        <source>Searching</source>
        <translation>mencari</translation>
    </message>
</context>
<context>
    <name>TokenManager</name>
    <message>
        <source>%1 is not connected. Connect it in Settings → Connections.</source>
        <translation>%1 tidak terhubung. Hubungkan di Pengaturan → Koneksi.</translation>
    </message>
    <message>
        <source>The saved %1 sign-in cannot be read. Connect %1 again in Settings → Connections.</source>
        <translation>Data masuk %1 yang tersimpan tidak dapat dibaca. Hubungkan %1 lagi di Pengaturan → Koneksi.</translation>
    </message>
    <message>
        <source>The %1 sign-in has expired. Connect %1 again in Settings → Connections.</source>
        <translation>Sesi masuk %1 telah kedaluwarsa. Hubungkan %1 lagi di Pengaturan → Koneksi.</translation>
    </message>
</context>
<context>
    <name>TransactionRepository</name>
    <message>
        <source>Adding the transaction</source>
        <translation>menambahkan transaksi</translation>
    </message>
    <message>
        <source>Saving the transaction</source>
        <translation>menyimpan transaksi</translation>
    </message>
    <message>
        <source>The transaction no longer exists.</source>
        <translation>Transaksi ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Deleting the transaction</source>
        <translation>menghapus transaksi</translation>
    </message>
    <message>
        <source>Reading the transaction</source>
        <translation>membaca transaksi</translation>
    </message>
    <message>
        <source>Reading transactions</source>
        <translation>membaca daftar transaksi</translation>
    </message>
    <message>
        <source>Reading currencies</source>
        <translation>membaca mata uang</translation>
    </message>
</context>
<context>
    <name>VectorIndex</name>
    <message>
        <source>The vectors do not match the index dimension.</source>
        <translation>Vektor tidak sesuai dengan dimensi indeks.</translation>
    </message>
    <message>
        <source>A vector&apos;s document id is missing or repeated.</source>
        <translation>Id dokumen pada sebuah vektor tidak ada atau berulang.</translation>
    </message>
    <message>
        <source>The search index could not be built.</source>
        <translation>Indeks pencarian tidak dapat dibangun.</translation>
    </message>
    <message>
        <source>The search index could not be updated.</source>
        <translation>Indeks pencarian tidak dapat diperbarui.</translation>
    </message>
    <message>
        <source>The search index could not be searched.</source>
        <translation>Indeks pencarian tidak dapat ditelusuri.</translation>
    </message>
    <message>
        <source>The search index could not be saved to %1.</source>
        <translation>Indeks pencarian tidak dapat disimpan ke %1.</translation>
    </message>
    <message>
        <source>The embedding model name is too long.</source>
        <translation>Nama model embedding terlalu panjang.</translation>
    </message>
    <message>
        <source>The search index file is damaged; it will be rebuilt.</source>
        <translation>File indeks pencarian rusak; indeks akan dibangun ulang.</translation>
    </message>
</context>
<context>
    <name>WorkoutRepository</name>
    <message>
        <source>A workout needs an activity, such as “run”.</source>
        <translation>Olahraga memerlukan aktivitas, misalnya “lari”.</translation>
    </message>
    <message>
        <source>The workout needs a valid day.</source>
        <translation>Olahraga memerlukan tanggal yang valid.</translation>
    </message>
    <message>
        <source>The duration must be a number of minutes, not negative.</source>
        <translation>Durasi harus berupa jumlah menit, tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The distance must be a number of kilometres, not negative.</source>
        <translation>Jarak harus berupa jumlah kilometer, tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The calories must be a number, not negative.</source>
        <translation>Kalori harus berupa angka, tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Adding the workout</source>
        <translation>menambahkan olahraga</translation>
    </message>
    <message>
        <source>Saving the workout</source>
        <translation>menyimpan olahraga</translation>
    </message>
    <message>
        <source>The workout no longer exists.</source>
        <translation>Olahraga ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Deleting the workout</source>
        <translation>menghapus olahraga</translation>
    </message>
    <message>
        <source>Reading the workout</source>
        <translation>membaca olahraga</translation>
    </message>
    <message>
        <source>A synced or imported workout needs an external id.</source>
        <translation>Olahraga yang disinkronkan atau diimpor memerlukan id eksternal.</translation>
    </message>
    <message>
        <source>Reading workouts</source>
        <translation>membaca daftar olahraga</translation>
    </message>
    <message>
        <source>Choose a valid day.</source>
        <translation>Pilih tanggal yang valid.</translation>
    </message>
</context>
<context>
    <name>lifeos::BudgetChart</name>
    <message>
        <source>Budgets: spent against the limit (over budget in red)</source>
        <translation>Anggaran: terpakai dibanding batas (melebihi anggaran berwarna merah)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Tanpa kategori</translation>
    </message>
    <message>
        <source>%1 (week)</source>
        <translation>%1 (mingguan)</translation>
    </message>
    <message>
        <source>%1 (month)</source>
        <translation>%1 (bulanan)</translation>
    </message>
    <message>
        <source>% of budget</source>
        <translation>% dari anggaran</translation>
    </message>
    <message>
        <source>%1: %2 spent of %3 (%4%)</source>
        <translation>%1: %2 terpakai dari %3 (%4%)</translation>
    </message>
</context>
<context>
    <name>lifeos::BudgetEditorDialog</name>
    <message>
        <source>New budget</source>
        <translation>Anggaran baru</translation>
    </message>
    <message>
        <source>Edit budget</source>
        <translation>Edit anggaran</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Setiap bulan</translation>
    </message>
    <message>
        <source>Every week (Monday to Sunday)</source>
        <translation>Setiap minggu (Senin sampai Minggu)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Batas:</translation>
    </message>
</context>
<context>
    <name>lifeos::BudgetList</name>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 dari %2 (%3%)</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Minggu mulai %1</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>Lebih %1</translation>
    </message>
    <message>
        <source>Limit reached</source>
        <translation>Batas tercapai</translation>
    </message>
    <message>
        <source>Near the limit: %1 left</source>
        <translation>Mendekati batas: sisa %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Sisa %1</translation>
    </message>
</context>
<context>
    <name>lifeos::CalendarChoiceDialog</name>
    <message>
        <source>Asking Google for your calendars…</source>
        <translation>Meminta daftar kalender Anda dari Google…</translation>
    </message>
    <message>
        <source>Choose calendars</source>
        <translation>Pilih kalender</translation>
    </message>
    <message>
        <source>Calendars to sync</source>
        <translation>Kalender yang disinkronkan</translation>
    </message>
    <message>
        <source>LifeOS syncs the calendars you tick. With none ticked it syncs your primary calendar.</source>
        <translation>LifeOS menyinkronkan kalender yang Anda centang. Jika tidak ada yang dicentang, LifeOS menyinkronkan kalender utama Anda.</translation>
    </message>
    <message>
        <source>Waiting for the other sync to finish…</source>
        <translation>Menunggu sinkronisasi lain selesai…</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (utama)</translation>
    </message>
    <message>
        <source>Google lists no calendars for this account.</source>
        <translation>Google tidak mencantumkan kalender apa pun untuk akun ini.</translation>
    </message>
    <message>
        <source>Tick the calendars to sync (Space ticks the selected one).</source>
        <translation>Centang kalender yang akan disinkronkan (Spasi mencentang yang dipilih).</translation>
    </message>
</context>
<context>
    <name>lifeos::CalendarPage</name>
    <message>
        <source>Show a day or a week</source>
        <translation>Tampilkan sehari atau seminggu</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Hari</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Minggu</translation>
    </message>
    <message>
        <source>One day&apos;s events (Ctrl+Tab switches)</source>
        <translation>Acara satu hari (Ctrl+Tab untuk beralih)</translation>
    </message>
    <message>
        <source>Seven days, each with its events (Ctrl+Tab switches)</source>
        <translation>Tujuh hari, masing-masing dengan acaranya (Ctrl+Tab untuk beralih)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Hari i&amp;ni</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Ke hari ini</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Your calendar is empty. Connect Google Calendar in Settings → Connections, or import an .ics file with “lifeos import FILE --format ics”.</source>
        <translation>Kalender Anda kosong. Hubungkan Google Calendar di Pengaturan → Koneksi, atau impor file .ics dengan “lifeos import FILE --format ics”.</translation>
    </message>
    <message>
        <source>Event description</source>
        <translation>Deskripsi acara</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Tidak ada deskripsi.</translation>
    </message>
    <message>
        <source>&amp;Close details</source>
        <translation>&amp;Tutup detail</translation>
    </message>
    <message>
        <source>Close the details (Esc)</source>
        <translation>Tutup detail (Esc)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Minggu sebelumnya</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Hari sebelumnya</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Minggu sebelumnya (Alt+Left)</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Hari sebelumnya (Alt+Left)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Minggu berikutnya</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Hari berikutnya</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Minggu berikutnya (Alt+Right)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Hari berikutnya (Alt+Right)</translation>
    </message>
    <message>
        <source>The events could not be read.</source>
        <translation>Acara tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Hari ini · %1</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Tidak ada rencana</translation>
    </message>
    <message>
        <source>Nothing on your calendar this day.</source>
        <translation>Tidak ada apa pun di kalender Anda pada hari ini.</translation>
    </message>
    <message>
        <source>That event is no longer in your calendar.</source>
        <translation>Acara itu sudah tidak ada di kalender Anda.</translation>
    </message>
    <message>
        <source>No event chosen</source>
        <translation>Belum ada acara yang dipilih</translation>
    </message>
    <message>
        <source>Choose an event in the list to see its details.</source>
        <translation>Pilih acara di daftar untuk melihat detailnya.</translation>
    </message>
    <message>
        <source>Written in the time zone %1</source>
        <translation>Ditulis dalam zona waktu %1</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Tentatif</translation>
    </message>
    <message>
        <source>&amp;Import .ics…</source>
        <translation>&amp;Impor .ics…</translation>
    </message>
    <message>
        <source>Import the events of an .ics file exported from any calendar app</source>
        <translation>Impor acara dari berkas .ics yang diekspor dari aplikasi kalender mana pun</translation>
    </message>
    <message>
        <source>Import a calendar file</source>
        <translation>Impor berkas kalender</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Berkas kalender (*.ics);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
</context>
<context>
    <name>lifeos::CaptureChips</name>
    <message>
        <source>How the line will be saved</source>
        <translation>Bagaimana baris ini akan disimpan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Jarak</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Jenis: %1</translation>
    </message>
    <message>
        <source>Not sure about this kind. Click or press Tab to choose another.</source>
        <translation>Jenis ini belum pasti. Klik atau tekan Tab untuk memilih yang lain.</translation>
    </message>
    <message>
        <source>Click or press Tab to choose another kind.</source>
        <translation>Klik atau tekan Tab untuk memilih jenis lain.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategori: %1</translation>
    </message>
    <message>
        <source>Priority %1 (1 is the most urgent)</source>
        <translation>Prioritas %1 (1 paling mendesak)</translation>
    </message>
</context>
<context>
    <name>lifeos::CaptureSettingsBox</name>
    <message>
        <source>Quick capture</source>
        <translation>Catat cepat</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Matikan</translation>
    </message>
    <message>
        <source>From the system (%1)</source>
        <translation>Ikuti sistem (%1)</translation>
    </message>
    <message>
        <source>From the system (day first)</source>
        <translation>Ikuti sistem (hari dulu)</translation>
    </message>
    <message>
        <source>From the system (month first)</source>
        <translation>Ikuti sistem (bulan dulu)</translation>
    </message>
    <message>
        <source>Day first: 5/12 is 5 December</source>
        <translation>Hari dulu: 5/12 adalah 5 Desember</translation>
    </message>
    <message>
        <source>Month first: 5/12 is May 12</source>
        <translation>Bulan dulu: 5/12 adalah 12 Mei</translation>
    </message>
    <message>
        <source>caffeine:mg:kafein</source>
        <translation>kafein:mg:kopi</translation>
    </message>
    <message>
        <source>Global &amp;shortcut</source>
        <translation>&amp;Pintasan global</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Mata uang</translation>
    </message>
    <message>
        <source>Used for amounts typed without one, such as &quot;coffee 15k&quot;.</source>
        <translation>Dipakai untuk jumlah yang diketik tanpa mata uang, misalnya &quot;kopi 15k&quot;.</translation>
    </message>
    <message>
        <source>&amp;Dates like 5/12</source>
        <translation>&amp;Tanggal seperti 5/12</translation>
    </message>
    <message>
        <source>Your own &amp;metrics</source>
        <translation>&amp;Ukuran Anda sendiri</translation>
    </message>
    <message>
        <source>One a line: name, unit and other words for it, separated by colons. &quot;caffeine:mg&quot; lets you capture &quot;caffeine 200mg&quot;.</source>
        <translation>Satu per baris: nama, satuan, dan kata lain untuknya, dipisahkan titik dua. &quot;kafein:mg&quot; memungkinkan Anda mencatat &quot;kafein 200mg&quot;.</translation>
    </message>
    <message>
        <source>Global shortcuts are not available in this session.</source>
        <translation>Pintasan global tidak tersedia di sesi ini.</translation>
    </message>
    <message>
        <source>Off. Quick capture still opens from the tray, the File menu, or the command %1 bound to a shortcut in your desktop&apos;s settings.</source>
        <translation>Mati. Catat cepat tetap bisa dibuka dari baki sistem, menu Berkas, atau perintah %1 yang dipasang sebagai pintasan di pengaturan desktop Anda.</translation>
    </message>
    <message>
        <source>Works in every program (%1). On Wayland without a shortcuts portal, bind the command %2 in your desktop&apos;s keyboard settings instead.</source>
        <translation>Berfungsi di semua program (%1). Di Wayland tanpa portal pintasan, pasang perintah %2 di pengaturan keyboard desktop Anda sebagai gantinya.</translation>
    </message>
</context>
<context>
    <name>lifeos::CaptureWindow</name>
    <message>
        <source>Quick capture</source>
        <translation>Catat cepat</translation>
    </message>
    <message>
        <source>Type one line and press Enter to save it as a task, note, journal line, expense, income, measurement or workout.</source>
        <translation>Ketik satu baris lalu tekan Enter untuk menyimpannya sebagai tugas, catatan, baris jurnal, pengeluaran, pemasukan, ukuran, atau olahraga.</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Catat</translation>
    </message>
    <message>
        <source>Type a task, note, expense, measurement…</source>
        <translation>Ketik tugas, catatan, pengeluaran, ukuran…</translation>
    </message>
    <message>
        <source>Type something first: a task, a note, an expense…</source>
        <translation>Ketik sesuatu dulu: tugas, catatan, pengeluaran…</translation>
    </message>
    <message>
        <source>Enter to save · Tab to change kind · Esc to close · ↑ earlier lines</source>
        <translation>Enter untuk menyimpan · Tab untuk ganti jenis · Esc untuk menutup · ↑ baris sebelumnya</translation>
    </message>
    <message>
        <source>This is longer than quick capture takes (%L1 characters), so it was cut off. Paste long text into a note instead.</source>
        <translation>Teks ini lebih panjang dari batas Catat cepat (%L1 karakter), jadi terpotong. Tempelkan teks panjang ke catatan saja.</translation>
    </message>
</context>
<context>
    <name>lifeos::CashFlowChart</name>
    <message>
        <source>Income and expenses per month</source>
        <translation>Pemasukan dan pengeluaran per bulan</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Pemasukan</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Bersih</translation>
    </message>
    <message>
        <source>%1
Income %2
Expenses %3
Net %4</source>
        <translation>%1
Pemasukan %2
Pengeluaran %3
Bersih %4</translation>
    </message>
</context>
<context>
    <name>lifeos::CategoryCombo</name>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Kategori baru</translation>
    </message>
    <message>
        <source>&amp;Name of the new category:</source>
        <translation>&amp;Nama kategori baru:</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Tanpa kategori</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Kategori baru…</translation>
    </message>
</context>
<context>
    <name>lifeos::CategoryItemDelegate</name>
    <message>
        <source>No category</source>
        <translation>Tanpa kategori</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
</context>
<context>
    <name>lifeos::CategorySpendingChart</name>
    <message>
        <source>Spending by category per month</source>
        <translation>Pengeluaran per kategori per bulan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Tanpa kategori</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>lifeos::ComingSoonPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Hadir di versi mendatang</translation>
    </message>
</context>
<context>
    <name>lifeos::ConnectionCard</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>The Oura backfill&apos;s spin box (&quot;Backfill the last 90 days&quot;); the number is drawn by the box.</extracomment>
        <translation>
            <numerusform>%n hari terakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Putuskan…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>O&amp;ura Ring</source>
        <extracomment>Settings → Connections card title; the letter after &amp; must differ from the other mnemonics on Settings.</extracomment>
        <translation>O&amp;ura Ring</translation>
    </message>
    <message>
        <source>Google Cale&amp;ndar</source>
        <translation>Google Cale&amp;ndar</translation>
    </message>
    <message>
        <source>Stop syncing Oura; the data already synced stays</source>
        <translation>Hentikan sinkronisasi Oura; data yang sudah disinkronkan tetap ada</translation>
    </message>
    <message>
        <source>Stop syncing Google Calendar and remove its events from LifeOS</source>
        <translation>Hentikan sinkronisasi Google Calendar dan hapus acaranya dari LifeOS</translation>
    </message>
    <message>
        <source>Sync what changed since the last time, now</source>
        <translation>Sinkronkan sekarang apa yang berubah sejak terakhir kali</translation>
    </message>
    <message>
        <source>Stop the sync; what was saved so far stays</source>
        <translation>Hentikan sinkronisasi; yang sudah tersimpan sejauh ini tetap ada</translation>
    </message>
    <message>
        <source>%1 sync progress</source>
        <translation>Progres sinkronisasi %1</translation>
    </message>
    <message>
        <source>Days to backfill</source>
        <translation>Jumlah hari riwayat yang diambil</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Ambil riwayat</translation>
    </message>
    <message>
        <source>Sync everything again</source>
        <translation>Sinkronkan semuanya lagi</translation>
    </message>
    <message>
        <source>Read the last days from Oura again, with their history</source>
        <translation>Baca lagi hari-hari terakhir dari Oura, beserta riwayatnya</translation>
    </message>
    <message>
        <source>Read the chosen calendars again in full</source>
        <translation>Baca lagi kalender yang dipilih secara lengkap</translation>
    </message>
    <message>
        <source>Backfill the last</source>
        <translation>Ambil riwayat selama</translation>
    </message>
    <message>
        <source>%1 client ID</source>
        <translation>ID klien %1</translation>
    </message>
    <message>
        <source>%1 client secret</source>
        <translation>Rahasia klien %1</translation>
    </message>
    <message>
        <source>Paste the client ID here</source>
        <translation>Tempel ID klien di sini</translation>
    </message>
    <message>
        <source>Paste the client secret here</source>
        <translation>Tempel rahasia klien di sini</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID klien</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Rahasia klien</translation>
    </message>
    <message>
        <source>Oura redirect port</source>
        <translation>Port pengalihan Oura</translation>
    </message>
    <message>
        <source>Register an app at &lt;a href=&quot;https://cloud.ouraring.com/oauth/applications&quot;&gt;cloud.ouraring.com/oauth/applications&lt;/a&gt; with the redirect URI &lt;b&gt;http://127.0.0.1:%1/callback&lt;/b&gt;, then paste its client ID and secret here.</source>
        <translation>Daftarkan aplikasi di &lt;a href="https://cloud.ouraring.com/oauth/applications"&gt;cloud.ouraring.com/oauth/applications&lt;/a&gt; dengan URI pengalihan &lt;b&gt;http://127.0.0.1:%1/callback&lt;/b&gt;, lalu tempel ID klien dan rahasianya di sini.</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Port pengalihan</translation>
    </message>
    <message>
        <source>Create an OAuth client of the type “Desktop app” at &lt;a href=&quot;https://console.cloud.google.com/apis/credentials&quot;&gt;console.cloud.google.com/apis/credentials&lt;/a&gt; (with the Google Calendar API enabled), then paste its client ID and secret here. LifeOS only reads your calendar.</source>
        <translation>Buat klien OAuth berjenis “Desktop app” di &lt;a href="https://console.cloud.google.com/apis/credentials"&gt;console.cloud.google.com/apis/credentials&lt;/a&gt; (dengan Google Calendar API diaktifkan), lalu tempel ID klien dan rahasianya di sini. LifeOS hanya membaca kalender Anda.</translation>
    </message>
    <message>
        <source>Choose calendars…</source>
        <translation>Pilih kalender…</translation>
    </message>
    <message>
        <source>Pick which of your Google calendars LifeOS syncs</source>
        <translation>Pilih kalender Google mana yang disinkronkan LifeOS</translation>
    </message>
    <message>
        <source>App registration</source>
        <translation>Pendaftaran aplikasi</translation>
    </message>
    <message>
        <source>The client ID and secret LifeOS signs in with</source>
        <translation>ID klien dan rahasia yang dipakai LifeOS untuk masuk</translation>
    </message>
    <message>
        <source>Connected. The first sync starts now.</source>
        <translation>Terhubung. Sinkronisasi pertama dimulai sekarang.</translation>
    </message>
    <message>
        <source>Sign-in cancelled. Click Connect to sign in again.</source>
        <translation>Proses masuk dibatalkan. Klik Hubungkan untuk masuk lagi.</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>Putuskan %1?</translation>
    </message>
    <message>
        <source>LifeOS stops syncing with Oura and forgets the sign-in. The sleep, readiness, activity and workouts already synced stay in LifeOS.</source>
        <translation>LifeOS akan berhenti menyinkronkan dengan Oura dan melupakan data masuk. Data tidur, kesiapan, aktivitas, dan olahraga yang sudah disinkronkan tetap ada di LifeOS.</translation>
    </message>
    <message>
        <source>LifeOS stops syncing with Google Calendar, forgets the sign-in and removes the Google Calendar events it copied. Your calendar at Google is not changed, and imported .ics events stay.</source>
        <translation>LifeOS akan berhenti menyinkronkan dengan Google Calendar, melupakan data masuk, dan menghapus acara Google Calendar yang telah disalinnya. Kalender Anda di Google tidak diubah, dan acara .ics yang diimpor tetap ada.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Putuskan</translation>
    </message>
    <message>
        <source>&amp;Keep connected</source>
        <translation>&amp;Tetap terhubung</translation>
    </message>
    <message>
        <source>Syncing your primary calendar.</source>
        <translation>Menyinkronkan kalender utama Anda.</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n calendar(s).</source>
        <translation>
            <numerusform>Menyinkronkan %n kalender.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Menunggu…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sedang masuk…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Batalkan proses masuk</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Hubungkan…</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>Berhenti menunggu browser</translation>
    </message>
    <message>
        <source>Sign in to %1 in your browser</source>
        <translation>Masuk ke %1 di browser Anda</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v dari %m</translation>
    </message>
    <message>
        <source>To connect, register LifeOS as an app with %1 and enter its client ID below.</source>
        <translation>Untuk menghubungkan, daftarkan LifeOS sebagai aplikasi di %1, lalu masukkan ID kliennya di bawah.</translation>
    </message>
    <message>
        <source>Waiting for the other sync to finish…</source>
        <translation>Menunggu sinkronisasi lain selesai…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser; LifeOS waits for it here. You can cancel and try again.</source>
        <translation>Selesaikan proses masuk di browser Anda; LifeOS menunggunya di sini. Anda dapat membatalkan dan mencoba lagi.</translation>
    </message>
    <message>
        <source>Opening the sign-in page in your browser…</source>
        <translation>Membuka halaman masuk di browser Anda…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed in the last sync</source>
        <translation>
            <numerusform>%n item berubah pada sinkronisasi terakhir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeos::ConnectionsBox</name>
    <message>
        <source>Connections</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <source>Sync is not available in this window, so Oura Ring and Google Calendar cannot be connected here. Start LifeOS normally to connect them.</source>
        <translation>Sinkronisasi tidak tersedia di jendela ini, jadi Oura Ring dan Google Calendar tidak dapat dihubungkan di sini. Jalankan LifeOS seperti biasa untuk menghubungkannya.</translation>
    </message>
    <message>
        <source>LifeOS fetches your sleep and activity from Oura and your agenda from Google Calendar in the background. Sign-ins are kept in the system keychain, never in LifeOS&apos;s files.</source>
        <translation>LifeOS mengambil data tidur dan aktivitas Anda dari Oura serta agenda Anda dari Google Calendar di latar belakang. Data masuk disimpan di gantungan kunci sistem (keychain), tidak pernah di file LifeOS.</translation>
    </message>
    <message>
        <source>Without Google: choose Import .ics… on the Calendar page, or run “lifeos import FILE --format ics”.</source>
        <translation>Tanpa Google: pilih Impor .ics… di halaman Kalender, atau jalankan “lifeos import FILE --format ics”.</translation>
    </message>
</context>
<context>
    <name>lifeos::CsvImportDialog</name>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Pilih file…</translation>
    </message>
    <message>
        <source>One &amp;signed column:</source>
        <translation>Satu kolom &amp;bertanda:</translation>
    </message>
    <message>
        <source>De&amp;bit and credit:</source>
        <translation>&amp;Debit dan kredit:</translation>
    </message>
    <message>
        <source>Negati&amp;ve amounts are income (card statements)</source>
        <translation>Jumlah &amp;negatif adalah pemasukan (tagihan kartu)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Impor CSV</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Belum ada file yang dipilih</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Choose a CSV file: a statement exported by your bank, or metrics with the columns date, metric and value. Nothing is written until you press Import.</source>
        <translation>Pilih file CSV: laporan rekening yang diekspor dari bank Anda, atau metrik dengan kolom tanggal, metrik, dan nilai. Tidak ada yang ditulis sebelum Anda menekan Impor.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Koma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Titik koma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Garis tegak ( | )</translation>
    </message>
    <message>
        <source>Header rows</source>
        <translation>Baris judul</translation>
    </message>
    <message>
        <source>d = day, M = month, yy/yyyy = year, MMM = month name</source>
        <translation>d = hari, M = bulan, yy/yyyy = tahun, MMM = nama bulan</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Deteksi</translation>
    </message>
    <message>
        <source>1,234.56 (point)</source>
        <translation>1,234.56 (titik)</translation>
    </message>
    <message>
        <source>1.234,56 (comma)</source>
        <translation>1.234,56 (koma)</translation>
    </message>
    <message>
        <source>The bank&apos;s name, e.g. BCA</source>
        <translation>Nama bank, mis. BCA</translation>
    </message>
    <message>
        <source>Amount column</source>
        <translation>Kolom jumlah</translation>
    </message>
    <message>
        <source>Debit column</source>
        <translation>Kolom debit</translation>
    </message>
    <message>
        <source>Credit column</source>
        <translation>Kolom kredit</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Pe&amp;metaan kolom tersimpan:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>Pemi&amp;sah:</translation>
    </message>
    <message>
        <source>&amp;Header rows:</source>
        <translation>Baris &amp;judul:</translation>
    </message>
    <message>
        <source>&amp;Date column:</source>
        <translation>Kolom &amp;tanggal:</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>&amp;Format tanggal:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Des&amp;kripsi:</translation>
    </message>
    <message>
        <source>Merc&amp;hant:</source>
        <translation>Peda&amp;gang:</translation>
    </message>
    <message>
        <source>out</source>
        <translation>keluar</translation>
    </message>
    <message>
        <source>in</source>
        <translation>masuk</translation>
    </message>
    <message>
        <source>Dec&amp;imals:</source>
        <translation>Desima&amp;l:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mata &amp;uang:</translation>
    </message>
    <message>
        <source>Mapping &amp;name:</source>
        <translation>N&amp;ama pemetaan kolom:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Change a category with F2 or a double-click; LifeOS learns from your changes.</source>
        <translation>Ubah kategori dengan F2 atau klik dua kali; LifeOS belajar dari perubahan Anda.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A metrics file: one value per row (date, metric, value).</source>
        <translation>File metrik: satu nilai per baris (tanggal, metrik, nilai).</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Semua file (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>New mapping (guessed from the file)</source>
        <translation>Pemetaan kolom baru (ditebak dari file)</translation>
    </message>
    <message>
        <source>The mapping “%1” no longer exists.</source>
        <translation>Pemetaan kolom “%1” sudah tidak ada.</translation>
    </message>
    <message>
        <source>Same as the description</source>
        <translation>Sama dengan deskripsi</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Sudah diimpor</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>Sudah tersimpan</translation>
    </message>
    <message>
        <source>Replaces the stored value</source>
        <translation>Menggantikan nilai tersimpan</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file before importing.</source>
        <translation>
            <numerusform>%n masalah perlu diperbaiki di file sebelum mengimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 already stored</source>
        <translation>%1 baru, %2 sudah tersimpan</translation>
    </message>
    <message>
        <source>%1 new, %2 already imported</source>
        <translation>%1 baru, %2 sudah diimpor</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix the mapping or the file. </source>
        <translation>
            <numerusform>%n masalah: perbaiki pemetaan kolom atau file. </numerusform>
        </translation>
    </message>
    <message>
        <source> — name the mapping to import.</source>
        <translation> — beri nama pemetaan kolom untuk mengimpor.</translation>
    </message>
    <message>
        <source>(showing the first %1 rows)</source>
        <translation>(menampilkan %1 baris pertama)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n value(s).</source>
        <translation>
            <numerusform>Berhasil mengimpor %n nilai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n transaction(s).</source>
        <translation>
            <numerusform>Berhasil mengimpor %n transaksi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeos::DueDateDelegate</name>
    <message>
        <source>No date</source>
        <translation>Tanpa tanggal</translation>
    </message>
</context>
<context>
    <name>lifeos::EventList</name>
    <message>
        <source>All day</source>
        <translation>Sepanjang hari</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>tentatif</translation>
    </message>
</context>
<context>
    <name>lifeos::FinancePage</name>
    <message>
        <source>Every week</source>
        <translation>Setiap minggu</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Setiap bulan</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Setiap tahun</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Impor CSV…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Riwayat impor…</translation>
    </message>
    <message>
        <source>Currency of the summary and charts</source>
        <translation>Mata uang untuk ringkasan dan grafik</translation>
    </message>
    <message>
        <source>Amounts in different currencies are never added together</source>
        <translation>Jumlah dalam mata uang berbeda tidak pernah dijumlahkan</translation>
    </message>
    <message>
        <source>Import a bank statement or metrics CSV (Ctrl+I)</source>
        <translation>Impor mutasi rekening atau CSV metrik (Ctrl+I)</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Keuangan</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>&amp;Transaksi</translation>
    </message>
    <message>
        <source>&amp;Budgets</source>
        <translation>A&amp;nggaran</translation>
    </message>
    <message>
        <source>&amp;Recurring</source>
        <translation>&amp;Berulang</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Grafik</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Mata uang:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>T&amp;ambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Previous month (Alt+Left)</source>
        <translation>Bulan sebelumnya (Alt+Left)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Bulan sebelumnya</translation>
    </message>
    <message>
        <source>Next month (Alt+Right)</source>
        <translation>Bulan berikutnya (Alt+Right)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Bulan berikutnya</translation>
    </message>
    <message>
        <source>Filter merchant or note (Ctrl+F)</source>
        <translation>Saring pedagang atau catatan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Saring menurut kategori</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Saring menurut jenis</translation>
    </message>
    <message>
        <source>Expenses and income</source>
        <translation>Pengeluaran dan pemasukan</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Pemasukan</translation>
    </message>
    <message>
        <source>Add a transaction (Ctrl+N)</source>
        <translation>Tambah transaksi (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the selected transaction (Enter)</source>
        <translation>Ubah transaksi terpilih (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected transaction (Delete)</source>
        <translation>Hapus transaksi terpilih (Delete)</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <source>Spending by category this month</source>
        <translation>Pengeluaran per kategori bulan ini</translation>
    </message>
    <message>
        <source>This month by category</source>
        <translation>Bulan ini per kategori</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>&amp;Add budget…</source>
        <translation>T&amp;ambah anggaran…</translation>
    </message>
    <message>
        <source>Add a budget (Ctrl+N)</source>
        <translation>Tambah anggaran (Ctrl+N)</translation>
    </message>
    <message>
        <source>A notification appears when a budget reaches 80% and again at 100%.</source>
        <translation>Notifikasi muncul saat anggaran mencapai 80% dan lagi pada 100%.</translation>
    </message>
    <message>
        <source>Recurring transactions</source>
        <translation>Transaksi berulang</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Pedagang</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Pengulangan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>&amp;Add recurring…</source>
        <translation>T&amp;ambah transaksi berulang…</translation>
    </message>
    <message>
        <source>Add a recurring transaction (Ctrl+N)</source>
        <translation>Tambah transaksi berulang (Ctrl+N)</translation>
    </message>
    <message>
        <source>Due occurrences are added to the transactions each time this page opens.</source>
        <translation>Transaksi yang jatuh tempo ditambahkan setiap kali halaman ini dibuka.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Ekspor PNG…</translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation>Ekspor %1 sebagai PNG</translation>
    </message>
    <message>
        <source>Spending by category, last 12 months</source>
        <translation>Pengeluaran per kategori, 12 bulan terakhir</translation>
    </message>
    <message>
        <source>Budgets this period</source>
        <translation>Anggaran periode ini</translation>
    </message>
    <message>
        <source>Income and expenses, last 12 months</source>
        <translation>Pemasukan dan pengeluaran, 12 bulan terakhir</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Tanpa kategori</translation>
    </message>
    <message>
        <source>%1 (income)</source>
        <translation>%1 (pemasukan)</translation>
    </message>
    <message>
        <source>No transactions match the filter in this month.</source>
        <translation>Tidak ada transaksi yang cocok dengan filter bulan ini.</translation>
    </message>
    <message>
        <source>No transactions in this month. Add one with Ctrl+N or import a bank statement with Ctrl+I.</source>
        <translation>Belum ada transaksi bulan ini. Tambahkan dengan Ctrl+N atau impor mutasi rekening dengan Ctrl+I.</translation>
    </message>
    <message>
        <source>Spent: %1
Income: %2
Net: %3</source>
        <translation>Pengeluaran: %1
Pemasukan: %2
Bersih: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transaksi</numerusform>
        </translation>
    </message>
    <message>
        <source>No spending in %1</source>
        <translation>Tidak ada pengeluaran pada %1</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Tanpa akhir</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Delete the transaction “%1”?</source>
        <translation>Hapus transaksi “%1”?</translation>
    </message>
    <message>
        <source>Delete the budget for %1?</source>
        <translation>Hapus anggaran untuk %1?</translation>
    </message>
    <message>
        <source>Stop “%1”? Transactions it already added stay.</source>
        <translation>Hentikan “%1”? Transaksi yang sudah ditambahkan tetap ada.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Ekspor grafik</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Grafik disimpan ke %1.</translation>
    </message>
    <message>
        <source>Could not save the chart to %1.</source>
        <translation>Tidak dapat menyimpan grafik ke %1.</translation>
    </message>
</context>
<context>
    <name>lifeos::GlobalHotkey</name>
    <message>
        <source>%1 is already taken by another program. Choose another shortcut, or free it there.</source>
        <translation>%1 sudah dipakai oleh program lain. Pilih pintasan lain, atau bebaskan di program itu.</translation>
    </message>
    <message>
        <source>%1 cannot be used as a global shortcut on this keyboard. Choose another shortcut.</source>
        <translation>%1 tidak dapat dipakai sebagai pintasan global pada keyboard ini. Pilih pintasan lain.</translation>
    </message>
    <message>
        <source>This desktop does not let programs set a global shortcut. In your desktop&apos;s keyboard settings, bind a shortcut to the command “lifeos --capture” instead.</source>
        <translation>Desktop ini tidak mengizinkan program memasang pintasan global. Sebagai gantinya, di pengaturan keyboard desktop Anda, buat pintasan untuk perintah “lifeos --capture”.</translation>
    </message>
    <message>
        <source>The desktop did not allow %1 as the quick capture shortcut.</source>
        <translation>Desktop tidak mengizinkan %1 sebagai pintasan Catat cepat.</translation>
    </message>
    <message>
        <source>The desktop&apos;s shortcut service did not answer. In your desktop&apos;s keyboard settings, bind a shortcut to the command “lifeos --capture” instead.</source>
        <translation>Layanan pintasan desktop tidak menjawab. Sebagai gantinya, di pengaturan keyboard desktop Anda, buat pintasan untuk perintah “lifeos --capture”.</translation>
    </message>
    <message>
        <source>Open the LifeOS quick capture window</source>
        <translation>Buka jendela Catat cepat LifeOS</translation>
    </message>
</context>
<context>
    <name>lifeos::HealthEditorDialog</name>
    <message>
        <source>Could not save: %1</source>
        <translation>Tidak dapat menyimpan: %1</translation>
    </message>
</context>
<context>
    <name>lifeos::HealthPage</name>
    <message>
        <source>Export chart</source>
        <translation>Ekspor grafik</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Hari</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>Ta&amp;bel</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Grafik</translation>
    </message>
    <message>
        <source>One day&apos;s metrics and workouts</source>
        <translation>Metrik dan olahraga satu hari</translation>
    </message>
    <message>
        <source>Every value, sortable and filtered by metric</source>
        <translation>Semua nilai, dapat diurutkan dan disaring menurut metrik</translation>
    </message>
    <message>
        <source>A metric over time</source>
        <translation>Satu metrik dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Hari sebelumnya (Alt+Left)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Hari sebelumnya</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Hari berikutnya (Alt+Right)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Hari berikutnya</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Hari &amp;ini</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Ke hari ini</translation>
    </message>
    <message>
        <source>Metrics of the day</source>
        <translation>Metrik harian</translation>
    </message>
    <message>
        <source>No metrics on this day. Add one with Ctrl+N.</source>
        <translation>Tidak ada metrik pada hari ini. Tambahkan dengan Ctrl+N.</translation>
    </message>
    <message>
        <source>Add &amp;metric…</source>
        <translation>Tambah &amp;metrik…</translation>
    </message>
    <message>
        <source>Log a value for this day (Ctrl+N)</source>
        <translation>Catat nilai untuk hari ini (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Edit the selected value (Enter)</source>
        <translation>Ubah nilai terpilih (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ha&amp;pus</translation>
    </message>
    <message>
        <source>Delete the selected value (Delete); Ctrl+Z brings it back</source>
        <translation>Hapus nilai terpilih (Delete); Ctrl+Z mengembalikannya</translation>
    </message>
    <message>
        <source>Workouts of the day</source>
        <translation>Olahraga harian</translation>
    </message>
    <message>
        <source>No workouts on this day. Add one with Ctrl+Shift+N.</source>
        <translation>Tidak ada olahraga pada hari ini. Tambahkan dengan Ctrl+Shift+N.</translation>
    </message>
    <message>
        <source>Add &amp;workout…</source>
        <translation>Tambah &amp;olahraga…</translation>
    </message>
    <message>
        <source>Log a workout for this day (Ctrl+Shift+N)</source>
        <translation>Catat olahraga untuk hari ini (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ub&amp;ah…</translation>
    </message>
    <message>
        <source>Edit the selected workout (Enter)</source>
        <translation>Ubah olahraga terpilih (Enter)</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Hapu&amp;s</translation>
    </message>
    <message>
        <source>Delete the selected workout (Delete); Ctrl+Z brings it back</source>
        <translation>Hapus olahraga terpilih (Delete); Ctrl+Z mengembalikannya</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation>Olahraga</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>U&amp;rungkan</translation>
    </message>
    <message>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>Kembalikan (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Filter by metric</source>
        <translation>Saring menurut metrik</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>All metric values</source>
        <translation>Semua nilai metrik</translation>
    </message>
    <message>
        <source>All workouts</source>
        <translation>Semua olahraga</translation>
    </message>
    <message>
        <source>Metric to chart</source>
        <translation>Metrik untuk grafik</translation>
    </message>
    <message>
        <source>C&amp;ompare with</source>
        <translation>Ban&amp;dingkan dengan</translation>
    </message>
    <message numerus="yes">
        <source>Draw up to %n more metric(s) on the same chart</source>
        <translation>
            <numerusform>Gambar hingga %n metrik lagi pada grafik yang sama</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport PNG…</source>
        <translation>E&amp;kspor PNG…</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Simpan grafik sebagai gambar</translation>
    </message>
    <message>
        <source>Charts appear here once you have logged a metric.</source>
        <translation>Grafik muncul di sini setelah Anda mencatat metrik.</translation>
    </message>
    <message numerus="yes">
        <source>%n workout(s)</source>
        <translation>
            <numerusform>%n olahraga</numerusform>
        </translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Semua metrik</translation>
    </message>
    <message>
        <source>The newest %1 values; choose a metric to see all of its values.</source>
        <translation>%1 nilai terbaru; pilih metrik untuk melihat semua nilainya.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n nilai</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;ompare with (%1)</source>
        <translation>Ban&amp;dingkan dengan (%1)</translation>
    </message>
    <message>
        <source>Deleted %1 %2 on %3.</source>
        <translation>Dihapus: %1 %2 pada %3.</translation>
    </message>
    <message>
        <source>Deleted %1 on %2.</source>
        <translation>Dihapus: %1 pada %2.</translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation>Tidak dapat menulis grafik ke %1.</translation>
    </message>
</context>
<context>
    <name>lifeos::IcsImportTask</name>
    <message numerus="yes">
        <source>Imported %n event(s) into “%1”: %2 added, %3 updated, %4 removed.</source>
        <translation>
            <numerusform>%n acara diimpor ke “%1”: %2 ditambahkan, %3 diperbarui, %4 dihapus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read, the first: %1</source>
        <translation>
            <numerusform>%n baris tidak dapat dibaca, yang pertama: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeos::ImportHistoryDialog</name>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Urungkan impor</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Riwayat impor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Urungkan impor</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n row(s) imported from %1?</source>
        <translation>
            <numerusform>Hapus %n baris yang diimpor dari %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Bank statement (%1)</source>
        <translation>Mutasi rekening (%1)</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Diurungkan %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Belum ada yang diimpor.</translation>
    </message>
    <message numerus="yes">
        <source>Undid the import: %n row(s) removed.</source>
        <translation>
            <numerusform>Impor diurungkan: %n baris dihapus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeos::IndexProgressIndicator</name>
    <message>
        <source>Indexing progress</source>
        <translation>Kemajuan pengindeksan</translation>
    </message>
    <message>
        <source>Search indexing stopped after an error.</source>
        <translation>Pengindeksan pencarian berhenti karena terjadi kesalahan.</translation>
    </message>
    <message>
        <source>Search indexing stopped: %1</source>
        <translation>Pengindeksan pencarian berhenti: %1</translation>
    </message>
    <message>
        <source>Indexing for search…</source>
        <translation>Mengindeks untuk pencarian…</translation>
    </message>
    <message>
        <source>Indexing for search: %L1 of %L2</source>
        <translation>Mengindeks untuk pencarian: %L1 dari %L2</translation>
    </message>
</context>
<context>
    <name>lifeos::IndexStatusView</name>
    <message>
        <source>Re&amp;build index</source>
        <translation>Bangun ulang &amp;indeks</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Kemajuan pengindeksan</translation>
    </message>
    <message>
        <source>Index everything again from your records. Stored embeddings are reused, so this never calls an online service again.</source>
        <translation>Indeks ulang semuanya dari data Anda. Embedding yang tersimpan dipakai lagi, jadi langkah ini tidak pernah memanggil layanan online lagi.</translation>
    </message>
    <message>
        <source>Stop indexing for now; it carries on later from where it stopped.</source>
        <translation>Hentikan pengindeksan untuk sementara; nanti dilanjutkan dari titik terakhirnya.</translation>
    </message>
    <message>
        <source>Search is not available right now.</source>
        <translation>Pencarian sedang tidak tersedia.</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 dari %L2</translation>
    </message>
</context>
<context>
    <name>lifeos::Indexer</name>
    <message>
        <source>Counting documents</source>
        <translation>menghitung dokumen</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>membangun ulang indeks pencarian</translation>
    </message>
    <message>
        <source>The embedder returned vectors of the wrong size.</source>
        <translation>Model embedding mengembalikan vektor dengan ukuran yang salah.</translation>
    </message>
    <message>
        <source>The embedding provider in the settings cannot be used.</source>
        <translation>Penyedia embedding di pengaturan tidak dapat dipakai.</translation>
    </message>
</context>
<context>
    <name>lifeos::JournalEditor</name>
    <message>
        <source>Editing…</source>
        <translation>Mengedit…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Disimpan pukul %1</translation>
    </message>
    <message>
        <source>Saved automatically as you write</source>
        <translation>Disimpan otomatis saat Anda menulis</translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation>&amp;Suasana hati</translation>
    </message>
    <message>
        <source>E&amp;nergy</source>
        <translation>&amp;Energi</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>How did the day feel? 1 is awful, 10 is wonderful. Arrow keys change it, Delete clears it.</source>
        <translation>Bagaimana perasaan Anda hari itu? 1 berarti sangat buruk, 10 berarti luar biasa. Ubah dengan tombol panah, kosongkan dengan Delete.</translation>
    </message>
    <message>
        <source>How much energy did you have? 1 is drained, 10 is full. Arrow keys change it, Delete clears it.</source>
        <translation>Seberapa besar energi Anda hari itu? 1 berarti terkuras habis, 10 berarti penuh. Ubah dengan tombol panah, kosongkan dengan Delete.</translation>
    </message>
    <message>
        <source>work, family, travel</source>
        <translation>kerja, keluarga, perjalanan</translation>
    </message>
    <message>
        <source>How was your day? Markdown works: # headings, **bold**, - lists.</source>
        <translation>Bagaimana hari Anda? Bisa pakai Markdown: # judul, **tebal**, - daftar.</translation>
    </message>
    <message>
        <source>Couldn&apos;t save: %1</source>
        <translation>Gagal menyimpan: %1</translation>
    </message>
</context>
<context>
    <name>lifeos::JournalPage</name>
    <message>
        <source>Search the journal (Ctrl+F)</source>
        <translation>Cari di jurnal (Ctrl+F)</translation>
    </message>
    <message>
        <source>Journal calendar</source>
        <translation>Kalender jurnal</translation>
    </message>
    <message>
        <source>Journal days</source>
        <translation>Daftar hari jurnal</translation>
    </message>
    <message>
        <source>Previous day (Ctrl+PgUp)</source>
        <translation>Hari sebelumnya (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Hari sebelumnya</translation>
    </message>
    <message>
        <source>Next day (Ctrl+PgDown)</source>
        <translation>Hari berikutnya (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Hari berikutnya</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Lompat ke hari ini (Ctrl+T)</translation>
    </message>
    <message>
        <source>No entries contain &quot;%1&quot;.</source>
        <translation>Tidak ada entri yang memuat &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>mood %1/10</source>
        <translation>suasana hati %1/10</translation>
    </message>
</context>
<context>
    <name>lifeos::MainWindow</name>
    <message>
        <source>LifeOS</source>
        <translation>LifeOS</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Keuangan</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pencarian</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Ekspor sebagai &amp;JSON…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Ekspor sebagai &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Tutup jendela</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Pergi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <source>&amp;About LifeOS</source>
        <translation>&amp;Tentang LifeOS</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>%n file diekspor ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9, Ctrl+0</source>
        <translation>Ctrl+1 … Ctrl+9, Ctrl+0</translation>
    </message>
    <message>
        <source>Go to a page (Today, Journal, Tasks, Notes, … Settings)</source>
        <translation>Buka halaman (Hari ini, Jurnal, Tugas, Catatan, … Pengaturan)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New task or note on the Tasks and Notes pages</source>
        <translation>Tugas atau catatan baru di halaman Tugas dan Catatan</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search or filter on the current page</source>
        <translation>Cari atau filter di halaman yang sedang dibuka</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Switch an editor between writing and preview</source>
        <translation>Beralih antara mode tulis dan pratinjau di editor</translation>
    </message>
    <message>
        <source>Ctrl+PgUp / Ctrl+PgDown</source>
        <translation>Ctrl+PgUp / Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Previous / next day in the journal</source>
        <translation>Hari sebelumnya / berikutnya di jurnal</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Today in the journal</source>
        <translation>Hari ini di jurnal</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <source>Complete or reopen the selected task</source>
        <translation>Selesaikan atau buka kembali tugas yang dipilih</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Edit the selected cell</source>
        <translation>Edit sel yang dipilih</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected task</source>
        <translation>Hapus tugas yang dipilih</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close the window (LifeOS stays in the tray)</source>
        <translation>Tutup jendela (LifeOS tetap berjalan di baki sistem)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>About LifeOS</source>
        <translation>Tentang LifeOS</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LifeOS %1&lt;/h3&gt;&lt;p&gt;Your journal, tasks, notes, health and money in one private desktop app. Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LifeOS %1&lt;/h3&gt;&lt;p&gt;Jurnal, tugas, catatan, kesehatan, dan keuangan Anda dalam satu aplikasi desktop yang privat. Semua data tetap tersimpan di komputer ini.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LifeOS is still running in the system tray. To close it completely, choose Quit LifeOS from the tray icon&apos;s menu.</source>
        <translation>LifeOS masih berjalan di baki sistem. Untuk menutupnya sepenuhnya, pilih Keluar dari LifeOS di menu ikon baki.</translation>
    </message>
    <message>
        <source>Choose a folder for the Markdown export</source>
        <translation>Pilih folder untuk ekspor Markdown</translation>
    </message>
    <message>
        <source>Choose a folder for the JSON export</source>
        <translation>Pilih folder untuk ekspor JSON</translation>
    </message>
    <message>
        <source>&amp;Quick capture…</source>
        <translation>&amp;Catat cepat…</translation>
    </message>
    <message>
        <source>(no global hotkey)</source>
        <translation>(tanpa pintasan global)</translation>
    </message>
    <message>
        <source>Quick capture from anywhere (set in Settings)</source>
        <translation>Catat cepat dari mana saja (atur di Pengaturan)</translation>
    </message>
    <message>
        <source>Quick capture while LifeOS is in front</source>
        <translation>Catat cepat saat LifeOS di depan</translation>
    </message>
    <message>
        <source>In quick capture</source>
        <translation>Di Catat cepat</translation>
    </message>
    <message>
        <source>Enter saves · Tab / Shift+Tab change the kind · ↑ / ↓ recall earlier lines · Esc closes and keeps the text · Ctrl+Z on an empty line undoes the last capture</source>
        <translation>Enter menyimpan · Tab / Shift+Tab mengganti jenis · ↑ / ↓ memanggil baris sebelumnya · Esc menutup dan menyimpan teks · Ctrl+Z pada baris kosong membatalkan catatan terakhir</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Cari semuanya…</translation>
    </message>
    <message>
        <source>Found “%1” (%2) on %3; it gets a page of its own in a later version.</source>
        <translation>Ditemukan “%1” (%2) pada %3; jenis ini akan mendapat halaman sendiri di versi mendatang.</translation>
    </message>
    <message>
        <source>Search everything, from any page</source>
        <translation>Cari semuanya, dari halaman mana pun</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Next task view; Day or Week on the Calendar page</source>
        <translation>Tampilan tugas berikutnya; Hari atau Minggu di halaman Kalender</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Left / Alt+Right</translation>
    </message>
    <message>
        <source>Previous / next day or week on the Calendar page</source>
        <translation>Hari atau minggu sebelumnya / berikutnya di halaman Kalender</translation>
    </message>
    <message>
        <source>Enter / Esc</source>
        <translation>Enter / Esc</translation>
    </message>
    <message>
        <source>Open / close the selected event&apos;s details on the Calendar page</source>
        <translation>Buka / tutup detail acara yang dipilih di halaman Kalender</translation>
    </message>
</context>
<context>
    <name>lifeos::MarkdownEditor</name>
    <message>
        <source>Write</source>
        <translation>Tulis</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Edit the markdown text (Ctrl+Shift+P switches)</source>
        <translation>Edit teks Markdown (beralih dengan Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>See the formatted text (Ctrl+Shift+P switches)</source>
        <translation>Lihat teks yang sudah diformat (beralih dengan Ctrl+Shift+P)</translation>
    </message>
</context>
<context>
    <name>lifeos::MetricEditorDialog</name>
    <message>
        <source>Add metric &amp;type…</source>
        <translation>Tambah &amp;jenis metrik…</translation>
    </message>
    <message>
        <source>Edit metric</source>
        <translation>Ubah metrik</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Tambah metrik</translation>
    </message>
    <message>
        <source>Define a metric of your own, with its unit</source>
        <translation>Buat metrik sendiri beserta satuannya</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lifeos::MetricTableModel</name>
    <message>
        <source>Typed as: %1</source>
        <translation>Diketik sebagai: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
</context>
<context>
    <name>lifeos::MetricTypeDialog</name>
    <message>
        <source>Add metric type</source>
        <translation>Tambah jenis metrik</translation>
    </message>
    <message>
        <source>e.g. caffeine</source>
        <translation>mis. kafein</translation>
    </message>
    <message>
        <source>e.g. mg (may stay empty)</source>
        <translation>mis. mg (boleh kosong)</translation>
    </message>
    <message>
        <source>A metric of your own, tracked like the built-in ones. The name may use letters, digits, “_” and “-”.</source>
        <translation>Metrik buatan Anda sendiri, dicatat seperti metrik bawaan. Nama boleh berisi huruf, angka, “_” dan “-”.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Satuan:</translation>
    </message>
</context>
<context>
    <name>lifeos::MoneyEdit</name>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Masukkan jumlah.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2, e.g. %3.</source>
        <translation>“%1” bukan jumlah dalam %2, mis. %3.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Jumlah harus lebih dari nol.</translation>
    </message>
</context>
<context>
    <name>lifeos::NotesPage</name>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Catatan baru</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Search notes (Ctrl+F)</source>
        <translation>Cari catatan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>ideas, reading, recipes</source>
        <translation>ide, bacaan, resep</translation>
    </message>
    <message>
        <source>Write in markdown…</source>
        <translation>Tulis dengan Markdown…</translation>
    </message>
    <message>
        <source>Create a note (Ctrl+N)</source>
        <translation>Buat catatan (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Hapus catatan yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>Select a note, or press Ctrl+N to start one.</source>
        <translation>Pilih catatan, atau tekan Ctrl+N untuk membuat yang baru.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Tanpa judul</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Diubah %1</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>Catatan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Mengedit…</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Hapus catatan</translation>
    </message>
    <message>
        <source>Delete the note &quot;%1&quot;?</source>
        <translation>Hapus catatan &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Catatan dihapus.</translation>
    </message>
    <message>
        <source>Couldn&apos;t save: %1</source>
        <translation>Gagal menyimpan: %1</translation>
    </message>
</context>
<context>
    <name>lifeos::NumberField</name>
    <message>
        <source>“%1” is not a number. Enter a number such as %2.</source>
        <translation>“%1” bukan angka. Masukkan angka seperti %2.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Masukkan angka dari %1 sampai %2.</translation>
    </message>
    <message>
        <source>Enter a number of %1 or more.</source>
        <translation>Masukkan angka %1 atau lebih.</translation>
    </message>
    <message>
        <source>Enter a number of %1 or less.</source>
        <translation>Masukkan angka %1 atau kurang.</translation>
    </message>
</context>
<context>
    <name>lifeos::PriorityDelegate</name>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
</context>
<context>
    <name>lifeos::RangeSelector</name>
    <message>
        <source>Chart range</source>
        <translation>Rentang grafik</translation>
    </message>
    <message>
        <source>Show %1 (Alt+%2)</source>
        <translation>Tampilkan %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Range %1</source>
        <translation>Rentang %1</translation>
    </message>
</context>
<context>
    <name>lifeos::RecurringEditorDialog</name>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Berakhir pada:</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>Hari terakhir lebih awal dari hari pertama.</translation>
    </message>
    <message>
        <source>New recurring transaction</source>
        <translation>Transaksi berulang baru</translation>
    </message>
    <message>
        <source>Edit recurring transaction</source>
        <translation>Ubah transaksi berulang</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Pemasukan</translation>
    </message>
    <message>
        <source>Landlord, Netflix, employer…</source>
        <translation>Pemilik kontrakan, Netflix, kantor…</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Setiap bulan</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Setiap minggu</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Setiap tahun</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>J&amp;umlah:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>&amp;Merchant:</source>
        <translation>&amp;Pedagang:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>Pen&amp;gulangan:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Hari pertama:</translation>
    </message>
</context>
<context>
    <name>lifeos::RelatedPanel</name>
    <message>
        <source>Related entries</source>
        <translation>Entri terkait</translation>
    </message>
    <message>
        <source>Related entries could not be found: %1</source>
        <translation>Gagal mencari entri terkait: %1</translation>
    </message>
    <message>
        <source>Write something, and entries about the same things will appear here.</source>
        <translation>Tulis sesuatu, dan entri tentang hal yang sama akan muncul di sini.</translation>
    </message>
    <message>
        <source>Search is not available right now.</source>
        <translation>Pencarian sedang tidak tersedia.</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Terkait</translation>
    </message>
    <message>
        <source>Show related entries</source>
        <translation>Tampilkan entri terkait</translation>
    </message>
    <message>
        <source>Hide related entries</source>
        <translation>Sembunyikan entri terkait</translation>
    </message>
    <message>
        <source>Looking for related entries…</source>
        <translation>Mencari entri terkait…</translation>
    </message>
    <message>
        <source>Nothing related yet. Entries about the same things will appear here.</source>
        <translation>Belum ada yang terkait. Entri tentang hal yang sama akan muncul di sini.</translation>
    </message>
    <message>
        <source>Still indexing; related entries appear when it is done.</source>
        <translation>Masih mengindeks; entri terkait akan muncul setelah selesai.</translation>
    </message>
</context>
<context>
    <name>lifeos::ReviewPage</name>
    <message>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Pemasukan</translation>
    </message>
    <message>
        <source>Workout</source>
        <translation>Olahraga</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>The last 7 days against the 7 before them, your baseline of the 90 days before that, and today against your usual day of the week. Health values are daily averages.</source>
        <translation>7 hari terakhir dibandingkan 7 hari sebelumnya, acuan Anda dari 90 hari sebelum itu, dan hari ini dibandingkan kebiasaan Anda pada hari yang sama. Nilai kesehatan adalah rata-rata harian.</translation>
    </message>
    <message>
        <source>Health this &amp;week</source>
        <translation>Kesehatan &amp;minggu ini</translation>
    </message>
    <message>
        <source>Nothing tracked this week yet. Log sleep, weight or steps on the Health page (or by quick capture) and your trends appear here.</source>
        <translation>Belum ada yang dicatat minggu ini. Catat tidur, berat badan, atau langkah di halaman Kesehatan (atau lewat catat cepat), dan tren Anda akan muncul di sini.</translation>
    </message>
    <message>
        <source>Spe&amp;nding this week</source>
        <translation>&amp;Pengeluaran minggu ini</translation>
    </message>
    <message>
        <source>Spending by category</source>
        <translation>Pengeluaran per kategori</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>vs last week</source>
        <translation>vs minggu lalu</translation>
    </message>
    <message>
        <source>vs 90-day baseline</source>
        <translation>vs acuan 90 hari</translation>
    </message>
    <message>
        <source>Today vs usual</source>
        <translation>Hari ini vs biasanya</translation>
    </message>
    <message>
        <source>No expenses in the last 90 days.</source>
        <translation>Tidak ada pengeluaran dalam 90 hari terakhir.</translation>
    </message>
    <message>
        <source>On this &amp;day</source>
        <translation>Pada &amp;hari ini</translation>
    </message>
    <message>
        <source>On this day in earlier years</source>
        <translation>Pada hari ini di tahun-tahun sebelumnya</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open</source>
        <translation>Tekan Enter atau klik ganda untuk membuka</translation>
    </message>
    <message>
        <source>Nothing from this day in earlier years yet.</source>
        <translation>Belum ada apa pun dari hari ini di tahun-tahun sebelumnya.</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Rentetan</translation>
    </message>
    <message>
        <source>The review could not be computed: %1</source>
        <translation>Tinjauan tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>tidak ada data</translation>
    </message>
    <message>
        <source>vs last week %1</source>
        <translation>vs minggu lalu %1</translation>
    </message>
    <message>
        <source>vs 90-day baseline %1</source>
        <translation>vs acuan 90 hari %1</translation>
    </message>
    <message>
        <source>today vs usual %1 %2</source>
        <translation>hari ini vs biasanya %1 %2</translation>
    </message>
    <message>
        <source>nothing logged today</source>
        <translation>belum ada catatan hari ini</translation>
    </message>
    <message>
        <source>Last 7 days: %1 a day
The 7 days before: %2
90-day baseline: %3
Today: %4
Usual %5: %6</source>
        <translation>7 hari terakhir: %1 per hari
7 hari sebelumnya: %2
Acuan 90 hari: %3
Hari ini: %4
%5 biasanya: %6</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Tanpa kategori</translation>
    </message>
    <message>
        <source>Last 7 days: %1
The 7 days before: %2
90-day baseline for 7 days: %3
Today: %4</source>
        <translation>7 hari terakhir: %1
7 hari sebelumnya: %2
Acuan 90 hari untuk 7 hari: %3
Hari ini: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n tahun lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal written</source>
        <translation>Jurnal ditulis</translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation>Olahraga</translation>
    </message>
    <message>
        <source>%1: %2 (longest %3)</source>
        <translation>%1: %2 (terpanjang %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n hari berturut-turut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>No streaks yet.</source>
        <translation>Belum ada rentetan.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… dan %n lainnya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeos::SaveErrorLabel</name>
    <message>
        <source>Could not save: %1</source>
        <translation>Tidak dapat menyimpan: %1</translation>
    </message>
</context>
<context>
    <name>lifeos::SearchPage</name>
    <message>
        <source>Search everything you recorded (Ctrl+F)</source>
        <translation>Cari semua yang sudah Anda catat (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pencarian</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Mode pencarian</translation>
    </message>
    <message>
        <source>Words and meaning</source>
        <translation>Kata dan makna</translation>
    </message>
    <message>
        <source>Words only</source>
        <translation>Hanya kata</translation>
    </message>
    <message>
        <source>Meaning only</source>
        <translation>Hanya makna</translation>
    </message>
    <message>
        <source>Words finds the words you type (and their forms); meaning also finds entries that say the same thing in other words.</source>
        <translation>Kata menemukan kata yang Anda ketik (beserta bentuk-bentuknya); makna juga menemukan entri yang menyatakan hal yang sama dengan kata-kata lain.</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Jenis entri</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Semua waktu</translation>
    </message>
    <message>
        <source>Search all dates</source>
        <translation>Cari di semua tanggal</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;sampai</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Pencarian gagal: %1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Kapan saja</translation>
    </message>
    <message>
        <source>Search is not available right now.</source>
        <translation>Pencarian sedang tidak tersedia.</translation>
    </message>
    <message>
        <source>Type above to search your journal, notes, tasks and everything else you recorded, by words or by meaning.</source>
        <translation>Ketik di atas untuk mencari di jurnal, catatan, tugas, dan semua hal lain yang sudah Anda catat, menurut kata atau makna.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n hasil</numerusform>
        </translation>
    </message>
    <message>
        <source>meaning search is still indexing, showing word matches</source>
        <translation>pencarian makna masih mengindeks, menampilkan hasil yang cocok menurut kata</translation>
    </message>
    <message>
        <source>No results for “%1” with these filters.</source>
        <translation>Tidak ada hasil untuk “%1” dengan filter ini.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Tidak ada hasil untuk “%1”.</translation>
    </message>
</context>
<context>
    <name>lifeos::SearchPalette</name>
    <message>
        <source>Search</source>
        <translation>Pencarian</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Cari semuanya</translation>
    </message>
    <message>
        <source>Type to search your journal, notes, tasks and everything else you recorded. Up and Down choose a result, Enter opens it, Escape closes.</source>
        <translation>Ketik untuk mencari di jurnal, catatan, tugas, dan semua hal lain yang sudah Anda catat. Atas dan Bawah memilih hasil, Enter membukanya, Escape menutup.</translation>
    </message>
    <message>
        <source>Search journal, notes, tasks…</source>
        <translation>Cari jurnal, catatan, tugas…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>↑ ↓ to choose · Enter to open · Esc to close</source>
        <translation>↑ ↓ untuk memilih · Enter untuk membuka · Esc untuk menutup</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Pencarian gagal: %1</translation>
    </message>
    <message>
        <source>Search is not available right now.</source>
        <translation>Pencarian sedang tidak tersedia.</translation>
    </message>
    <message>
        <source>Type to search everything you recorded.</source>
        <translation>Ketik untuk mencari semua yang sudah Anda catat.</translation>
    </message>
    <message>
        <source>Meaning search is still indexing — showing word matches.</source>
        <translation>Pencarian makna masih mengindeks — menampilkan hasil yang cocok menurut kata.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Tidak ada hasil untuk “%1”.</translation>
    </message>
</context>
<context>
    <name>lifeos::SearchResultModel</name>
    <message>
        <source>%1: %2, %3. %4</source>
        <translation>%1: %2, %3. %4</translation>
    </message>
</context>
<context>
    <name>lifeos::SearchSettingsBox</name>
    <message>
        <source>Search</source>
        <translation>Pencarian</translation>
    </message>
    <message>
        <source>Built in, offline (no key, nothing leaves this computer)</source>
        <translation>Bawaan, offline (tanpa kunci, tidak ada yang keluar dari komputer ini)</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>OpenAI-compatible server (Ollama, llama.cpp, LM Studio)</source>
        <translation>Server yang kompatibel dengan OpenAI (Ollama, llama.cpp, LM Studio)</translation>
    </message>
    <message>
        <source>The API key is read from the environment variable LIFEOS_EMBEDDINGS_API_KEY (for OpenAI also OPENAI_API_KEY); it is never stored in settings.</source>
        <translation>Kunci API dibaca dari variabel lingkungan LIFEOS_EMBEDDINGS_API_KEY (untuk OpenAI juga OPENAI_API_KEY); kunci ini tidak pernah disimpan di pengaturan.</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Alamat server</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <source>Changing the embedder indexes everything again in the background; word search keeps working meanwhile.</source>
        <translation>Mengganti penyedia embedding akan mengindeks ulang semuanya di latar belakang; sementara itu pencarian kata tetap berfungsi.</translation>
    </message>
    <message>
        <source>Meaning search &amp;with</source>
        <translation>Pencarian makna &amp;dengan</translation>
    </message>
    <message>
        <source>Embedding mod&amp;el</source>
        <translation>Mod&amp;el embedding</translation>
    </message>
</context>
<context>
    <name>lifeos::SettingsPage</name>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Tetap berjalan di baki sistem saat jendela ditutup</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Sama dengan sistem</translation>
    </message>
    <message>
        <source>The new language is used the next time LifeOS starts.</source>
        <translation>Bahasa baru akan dipakai saat LifeOS dijalankan lagi.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Data Anda</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Buka folder &amp;data</translation>
    </message>
    <message>
        <source>Coming in later versions</source>
        <translation>Hadir di versi mendatang</translation>
    </message>
    <message>
        <source>All your LifeOS data is stored on this computer, in %1.</source>
        <translation>Semua data LifeOS Anda disimpan di komputer ini, di %1.</translation>
    </message>
    <message>
        <source>The AI assistant&apos;s provider, model and monthly spending cap.</source>
        <translation>Penyedia, model, dan batas pengeluaran bulanan asisten AI.</translation>
    </message>
</context>
<context>
    <name>lifeos::SyncWorker</name>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Proses masuk dibatalkan.</translation>
    </message>
</context>
<context>
    <name>lifeos::TaskListModel</name>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Done — click to reopen</source>
        <translation>Selesai — klik untuk membuka kembali</translation>
    </message>
    <message>
        <source>Click to mark done</source>
        <translation>Klik untuk menandai selesai</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Besok</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Terlambat sejak %1</translation>
    </message>
    <message>
        <source>A task needs a title; the old one was kept.</source>
        <translation>Tugas harus memiliki judul; judul lama tetap dipakai.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>lifeos::TaskListView</name>
    <message>
        <source>Delete task</source>
        <translation>Hapus tugas</translation>
    </message>
    <message>
        <source>Delete the task &quot;%1&quot;?</source>
        <translation>Hapus tugas &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>lifeos::TasksPage</name>
    <message>
        <source>All open</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Mendatang</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Task views</source>
        <translation>Tampilan tugas</translation>
    </message>
    <message>
        <source>Add a task and press Enter (Ctrl+N) — #tags work</source>
        <translation>Tambahkan tugas, lalu tekan Enter (Ctrl+N) — bisa pakai #tag</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filter (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filter menurut tag</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Urutkan menurut</translation>
    </message>
    <message>
        <source>Sort by due date</source>
        <translation>Urutkan menurut jatuh tempo</translation>
    </message>
    <message>
        <source>Sort by priority</source>
        <translation>Urutkan menurut prioritas</translation>
    </message>
    <message>
        <source>Sort by title</source>
        <translation>Urutkan menurut judul</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Terbaru dulu</translation>
    </message>
    <message>
        <source>Recently completed</source>
        <translation>Terakhir diselesaikan</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <source>No tasks match the filter.</source>
        <translation>Tidak ada tugas yang cocok dengan filter.</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Tidak ada yang jatuh tempo hari ini.</translation>
    </message>
    <message>
        <source>Nothing scheduled ahead.</source>
        <translation>Belum ada yang dijadwalkan ke depan.</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done.</source>
        <translation>Tidak ada yang terlambat. Bagus sekali!</translation>
    </message>
    <message>
        <source>Completed tasks will appear here.</source>
        <translation>Tugas yang sudah selesai akan muncul di sini.</translation>
    </message>
    <message>
        <source>No open tasks. Type one above and press Enter.</source>
        <translation>Tidak ada tugas yang belum selesai. Ketik tugas baru di atas, lalu tekan Enter.</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>Tugas ini sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>lifeos::TimeSeriesChart</name>
    <message>
        <source>Week of %1</source>
        <translation>Minggu mulai %1</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>7-day average %1</source>
        <translation>Rata-rata 7 hari %1</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Hover a point, or use ← → Home End for exact values; Alt+1…5 change the range.</source>
        <translation>Arahkan kursor ke titik, atau gunakan ← → Home End untuk nilai persis; Alt+1…5 mengubah rentang.</translation>
    </message>
    <message>
        <source>90-day baseline</source>
        <translation>Acuan 90 hari</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>Rata-rata 7 hari</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Kursor</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>No values in this range.</source>
        <translation>Tidak ada nilai dalam rentang ini.</translation>
    </message>
</context>
<context>
    <name>lifeos::TodayPage</name>
    <message>
        <source>Nothing due today. Add a task above, or enjoy the free time.</source>
        <translation>Tidak ada yang jatuh tempo hari ini. Tambahkan tugas di atas, atau nikmati waktu luang Anda.</translation>
    </message>
    <message>
        <source>Entries you write on this date will come back here in the years ahead.</source>
        <translation>Entri yang Anda tulis pada tanggal ini akan muncul lagi di sini pada tahun-tahun mendatang.</translation>
    </message>
    <message>
        <source>Add a task for today and press Enter</source>
        <translation>Tambahkan tugas untuk hari ini, lalu tekan Enter</translation>
    </message>
    <message>
        <source>Tasks due today and overdue</source>
        <translation>Tugas yang jatuh tempo hari ini dan yang terlambat</translation>
    </message>
    <message>
        <source>On this day in earlier years</source>
        <translation>Pada hari ini di tahun-tahun sebelumnya</translation>
    </message>
    <message>
        <source>Today&apos;s journal entry</source>
        <translation>Entri jurnal hari ini</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Pada hari ini</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n tahun lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>Related to today&apos;s entry</source>
        <translation>Terkait dengan entri hari ini</translation>
    </message>
    <message>
        <source>Nothing on your calendar today.</source>
        <translation>Tidak ada apa pun di kalender Anda hari ini.</translation>
    </message>
    <message>
        <source>Today&apos;s agenda</source>
        <translation>Agenda hari ini</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>lifeos::TransactionEditorDialog</name>
    <message>
        <source>New transaction</source>
        <translation>Transaksi baru</translation>
    </message>
    <message>
        <source>Edit transaction</source>
        <translation>Ubah transaksi</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Pemasukan</translation>
    </message>
    <message>
        <source>Where the money went or came from</source>
        <translation>Tujuan atau asal uang</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>J&amp;umlah:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>&amp;Merchant:</source>
        <translation>&amp;Pedagang:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Catatan:</translation>
    </message>
</context>
<context>
    <name>lifeos::TransactionTableModel</name>
    <message>
        <source>Uncategorised</source>
        <translation>Tanpa kategori</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Pemasukan</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Pedagang</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>lifeos::TrayIcon</name>
    <message>
        <source>Show LifeOS</source>
        <translation>Tampilkan LifeOS</translation>
    </message>
    <message>
        <source>Quit LifeOS</source>
        <translation>Keluar dari LifeOS</translation>
    </message>
    <message>
        <source>Hide LifeOS</source>
        <translation>Sembunyikan LifeOS</translation>
    </message>
    <message>
        <source>LifeOS</source>
        <translation>LifeOS</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Catat cepat</translation>
    </message>
</context>
<context>
    <name>lifeos::UndoToast</name>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Capture saved</source>
        <translation>Catatan tersimpan</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Diurungkan</translation>
    </message>
    <message>
        <source>Take the capture back (Ctrl+Z in quick capture)</source>
        <translation>Tarik kembali catatan (Ctrl+Z di Catat cepat)</translation>
    </message>
</context>
<context>
    <name>lifeos::WorkoutEditorDialog</name>
    <message>
        <source>Edit workout</source>
        <translation>Ubah olahraga</translation>
    </message>
    <message>
        <source>Add workout</source>
        <translation>Tambah olahraga</translation>
    </message>
    <message>
        <source>e.g. run</source>
        <translation>mis. lari</translation>
    </message>
    <message>
        <source>min</source>
        <translation>mnt</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>kcal</source>
        <translation>kcal</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Aktivitas:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Durasi:</translation>
    </message>
    <message>
        <source>D&amp;istance:</source>
        <translation>&amp;Jarak:</translation>
    </message>
    <message>
        <source>&amp;Calories:</source>
        <translation>&amp;Kalori:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
</context>
<context>
    <name>lifeos::WorkoutTableModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitas</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Jarak</translation>
    </message>
    <message>
        <source>Calories</source>
        <translation>Kalori</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
</context>
</TS>
