<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Cli</name>
    <message>
        <source>LifeOS — your journal, tasks and notes, on your own computer.

Commands:
  export DIR --format json|md   write everything to DIR
  import FILE --format json     restore a JSON export into an empty data folder

Without a command, LifeOS opens its window.</source>
        <translation>LifeOS — jurnal, tugas, dan catatan Anda, di komputer sendiri.

Perintah:
  export DIR --format json|md   tulis semua data ke DIR
  import FILE --format json     pulihkan ekspor JSON ke folder data yang kosong

Tanpa perintah, LifeOS akan membuka jendelanya.</translation>
    </message>
    <message>
        <source>Keep data in DIR (default: $LIFEOS_DATA_DIR or the system&apos;s app data folder).</source>
        <translation>Simpan data di DIR (bawaan: $LIFEOS_DATA_DIR atau folder data aplikasi milik sistem).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>json or md (export); json (import).</source>
        <translation>json atau md (ekspor); json (impor).</translation>
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
        <source>export or import</source>
        <translation>export atau import</translation>
    </message>
    <message>
        <source>The folder to export into, or the file to import.</source>
        <translation>Folder tujuan ekspor, atau file yang akan diimpor.</translation>
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
        <source>unknown import format &quot;%1&quot;; this version imports json</source>
        <translation>format impor &quot;%1&quot; tidak dikenal; versi ini hanya dapat mengimpor json</translation>
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
    <name>lifeos::ComingSoonPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Hadir di versi mendatang</translation>
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
        <source>Sleep, weight, steps, workouts and how you feel, with trends over weeks and years.</source>
        <translation>Tidur, berat badan, langkah, olahraga, dan perasaan Anda, lengkap dengan tren mingguan hingga tahunan.</translation>
    </message>
    <message>
        <source>Log metrics and workouts, or sync them from an Oura Ring</source>
        <translation>Catat metrik dan olahraga, atau sinkronkan dari Oura Ring</translation>
    </message>
    <message>
        <source>Charts with 7-day averages and your 90-day baseline</source>
        <translation>Grafik dengan rata-rata 7 hari dan acuan 90 hari Anda</translation>
    </message>
    <message>
        <source>Import a metrics CSV</source>
        <translation>Impor metrik dari file CSV</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Keuangan</translation>
    </message>
    <message>
        <source>Where the money goes: expenses, income and budgets, in any currency.</source>
        <translation>Ke mana uang Anda pergi: pengeluaran, pemasukan, dan anggaran, dalam mata uang apa pun.</translation>
    </message>
    <message>
        <source>Expenses and income by category and merchant</source>
        <translation>Pengeluaran dan pemasukan per kategori dan penjual</translation>
    </message>
    <message>
        <source>Monthly and weekly budgets with alerts at 80% and 100%</source>
        <translation>Anggaran bulanan dan mingguan dengan peringatan di 80% dan 100%</translation>
    </message>
    <message>
        <source>Bank statement CSV import that remembers each bank</source>
        <translation>Impor mutasi rekening dari CSV yang mengingat format tiap bank</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Your agenda beside your journal and tasks.</source>
        <translation>Agenda Anda, berdampingan dengan jurnal dan tugas.</translation>
    </message>
    <message>
        <source>Google Calendar sync in the background</source>
        <translation>Sinkronisasi Google Calendar di latar belakang</translation>
    </message>
    <message>
        <source>Import .ics files</source>
        <translation>Impor file .ics</translation>
    </message>
    <message>
        <source>Day and week lists, and today&apos;s agenda on the Today page</source>
        <translation>Daftar harian dan mingguan, serta agenda hari ini di halaman Hari ini</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Wawasan</translation>
    </message>
    <message>
        <source>A review of how you are doing, computed on this computer.</source>
        <translation>Tinjauan tentang kondisi Anda, dihitung di komputer ini.</translation>
    </message>
    <message>
        <source>This week against last week and your baseline</source>
        <translation>Minggu ini dibandingkan dengan minggu lalu dan acuan Anda</translation>
    </message>
    <message>
        <source>Streaks and patterns</source>
        <translation>Runtunan dan pola</translation>
    </message>
    <message>
        <source>A daily brief and a weekly review</source>
        <translation>Ringkasan harian dan tinjauan mingguan</translation>
    </message>
    <message>
        <source>Search and Ask</source>
        <translation>Cari dan Tanya</translation>
    </message>
    <message>
        <source>Find anything you ever wrote, by words or by meaning, and ask questions about it.</source>
        <translation>Temukan apa pun yang pernah Anda tulis, berdasarkan kata atau makna, lalu ajukan pertanyaan tentangnya.</translation>
    </message>
    <message>
        <source>Instant search across journal, tasks, notes and more (Ctrl+K)</source>
        <translation>Pencarian instan di jurnal, tugas, catatan, dan lainnya (Ctrl+K)</translation>
    </message>
    <message>
        <source>Answers with citations from your own records</source>
        <translation>Jawaban beserta sumbernya dari data Anda sendiri</translation>
    </message>
    <message>
        <source>Works offline; cloud AI is optional</source>
        <translation>Berfungsi tanpa internet; AI berbasis cloud bersifat opsional</translation>
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
        <source>Next task view</source>
        <translation>Tampilan tugas berikutnya</translation>
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
    <name>lifeos::PriorityDelegate</name>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
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
        <source>Quick capture hotkey, connections to Oura Ring and Google Calendar, the AI assistant&apos;s provider, model and monthly spending cap, and search settings.</source>
        <translation>Pintasan keyboard untuk Catat cepat, koneksi ke Oura Ring dan Google Calendar, penyedia, model, dan batas biaya bulanan asisten AI, serta pengaturan pencarian.</translation>
    </message>
    <message>
        <source>All your LifeOS data is stored on this computer, in %1.</source>
        <translation>Semua data LifeOS Anda disimpan di komputer ini, di %1.</translation>
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
</context>
<context>
    <name>lifeos::TrayIcon</name>
    <message>
        <source>Show LifeOS</source>
        <translation>Tampilkan LifeOS</translation>
    </message>
    <message>
        <source>Quick capture (coming soon)</source>
        <translation>Catat cepat (segera hadir)</translation>
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
</context>
</TS>
