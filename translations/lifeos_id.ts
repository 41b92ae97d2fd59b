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
        <source>unknown import format &quot;%1&quot;; this version imports json and jsonl</source>
        <translation>format impor &quot;%1&quot; tidak dikenal; versi ini dapat mengimpor json dan jsonl</translation>
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
  search QUERY [--limit N] [--mode hybrid|text|vector] [--kind KIND ...]
         [--from DATE] [--to DATE] find records by words and meaning; with --json prints
                                    {&quot;results&quot;:[{&quot;id&quot;,&quot;kind&quot;,&quot;ref&quot;,&quot;title&quot;,&quot;snippet&quot;,&quot;day&quot;,
                                    &quot;score&quot;}],&quot;took_ms&quot;}: id is the record&apos;s id (null for a
                                    day&apos;s health summary), matches in the snippet are **marked**
  index [--rebuild] [--status]      bring the search index up to date (Ctrl+C stops, keeping
                                    what was done); --rebuild redoes everything

TEXT may be &quot;-&quot; to read standard input. Without a command, LifeOS opens its window;
--capture [TEXT] opens the quick-capture window of the running LifeOS.</source>
        <translation>LifeOS — jurnal, tugas, dan catatan Anda, di komputer Anda sendiri.

Perintah:
  capture TEKS [--kind JENIS]       simpan satu baris sebagai tugas, catatan, baris jurnal,
                                    pengeluaran, pemasukan, ukuran atau olahraga, lalu cetak hasilnya
  parse TEKS [--now ISO8601]        tampilkan bagaimana baris akan disimpan, tanpa menyimpannya
  export FOLDER --format json|md    tulis semuanya ke FOLDER
  import BERKAS --format json|jsonl json: pulihkan ekspor JSON ke folder data yang kosong;
                                    jsonl: tambah atau perbarui satu catatan per baris
                                    {&quot;title&quot;,&quot;body&quot;,&quot;created&quot;,&quot;tags&quot;,&quot;ref&quot;}; --json mencetak
                                    {&quot;added&quot;,&quot;updated&quot;,&quot;unchanged&quot;,&quot;documents&quot;}
  search KUERI [--limit N] [--mode hybrid|text|vector] [--kind JENIS ...]
         [--from TANGGAL] [--to TANGGAL]
                                    cari entri menurut kata dan makna; dengan --json mencetak
                                    {&quot;results&quot;:[{&quot;id&quot;,&quot;kind&quot;,&quot;ref&quot;,&quot;title&quot;,&quot;snippet&quot;,&quot;day&quot;,
                                    &quot;score&quot;}],&quot;took_ms&quot;}: id adalah id entri (null untuk
                                    ringkasan kesehatan harian), kata yang cocok di snippet
                                    **ditandai**
  index [--rebuild] [--status]      perbarui indeks pencarian (Ctrl+C menghentikan, yang sudah
                                    selesai tetap disimpan); --rebuild mengulang semuanya

TEKS boleh berupa &quot;-&quot; untuk membaca masukan standar. Tanpa perintah, LifeOS membuka jendelanya;
--capture [TEKS] membuka jendela Catat cepat di LifeOS yang sedang berjalan.</translation>
    </message>
    <message>
        <source>json or md (export); json or jsonl (import).</source>
        <translation>json atau md (ekspor); json atau jsonl (impor).</translation>
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
    <message numerus="yes">
        <source>The embeddings server is limiting requests (HTTP 429) and still was after %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>Server embedding membatasi permintaan (HTTP 429) dan masih membatasinya setelah %n percobaan. Coba lagi nanti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The embeddings server kept failing (HTTP %1) after %n attempt(s): %2</source>
        <translation>
            <numerusform>Server embedding terus gagal (HTTP %1) setelah %n percobaan: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The embeddings server refused the request (HTTP %1): %2</source>
        <translation>Server embedding menolak permintaan (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The embeddings server answered HTTP %1 at %2: %3</source>
        <translation>Server embedding menjawab HTTP %1 di %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>The embeddings server at %1 did not answer within %2 s (%n attempt(s)).</source>
        <translation>
            <numerusform>Server embedding di %1 tidak menjawab dalam %2 detik (%n percobaan).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not reach the embeddings server at %1 (%n attempt(s)): %2</source>
        <translation>
            <numerusform>Tidak dapat menghubungi server embedding di %1 (%n percobaan): %2</numerusform>
        </translation>
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
        <source>&amp;Meaning search with</source>
        <translation>Pencarian ma&amp;kna dengan</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Alamat server</translation>
    </message>
    <message>
        <source>Embedding m&amp;odel</source>
        <translation>M&amp;odel embedding</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <source>Changing the embedder indexes everything again in the background; word search keeps working meanwhile.</source>
        <translation>Mengganti penyedia embedding akan mengindeks ulang semuanya di latar belakang; sementara itu pencarian kata tetap berfungsi.</translation>
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
        <source>Connections to Oura Ring and Google Calendar, and the AI assistant&apos;s provider, model and monthly spending cap.</source>
        <translation>Koneksi ke Oura Ring dan Google Calendar, serta penyedia, model, dan batas pengeluaran bulanan asisten AI.</translation>
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
