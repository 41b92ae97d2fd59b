<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
        <source>LifeOS — your journal, tasks and notes, on your own computer.

Commands:
  capture TEXT [--kind KIND]        file one line as a task, note, journal line, expense,
                                    income, metric or workout, and print what was stored
  parse TEXT [--now ISO8601]        show how a line would be filed, without storing it
  export DIR --format json|md       write everything to DIR
  import FILE --format json         restore a JSON export into an empty data folder

TEXT may be &quot;-&quot; to read standard input. Without a command, LifeOS opens its window;
--capture [TEXT] opens the quick-capture window of the running LifeOS.</source>
        <translation>LifeOS — jurnal, tugas, dan catatan Anda, di komputer Anda sendiri.

Perintah:
  capture TEKS [--kind JENIS]       simpan satu baris sebagai tugas, catatan, baris jurnal,
                                    pengeluaran, pemasukan, ukuran atau olahraga, lalu cetak hasilnya
  parse TEKS [--now ISO8601]        tampilkan bagaimana baris akan disimpan, tanpa menyimpannya
  export FOLDER --format json|md    tulis semuanya ke FOLDER
  import BERKAS --format json       pulihkan ekspor JSON ke folder data yang kosong

TEKS boleh berupa &quot;-&quot; untuk membaca masukan standar. Tanpa perintah, LifeOS membuka jendelanya;
--capture [TEKS] membuka jendela Catat cepat di LifeOS yang sedang berjalan.</translation>
    </message>
    <message>
        <source>Read dates as if it were this moment (parse, capture).</source>
        <translation>Baca tanggal seolah-olah sekarang adalah saat ini (parse, capture).</translation>
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
    <message>
        <source>LifeOS is running but did not answer in time.</source>
        <translation>LifeOS sedang berjalan tetapi tidak menjawab tepat waktu.</translation>
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
        <source>All your LifeOS data is stored on this computer, in %1.</source>
        <translation>Semua data LifeOS Anda disimpan di komputer ini, di %1.</translation>
    </message>
    <message>
        <source>Connections to Oura Ring and Google Calendar, the AI assistant&apos;s provider, model and monthly spending cap, and search settings.</source>
        <translation>Koneksi ke Oura Ring dan Google Calendar, penyedia, model, dan batas pengeluaran bulanan asisten AI, serta pengaturan pencarian.</translation>
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
</TS>
