<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/about.py" line="32"/>
        <source>Tentang fieldkit</source>
        <translation>About fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/about.py" line="34"/>
        <source>fieldkit %1</source>
        <translation>fieldkit %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/about.py" line="40"/>
        <source>Pendaftaran NIB jemput bola untuk DPMPTSP.</source>
        <translation>NIB outreach registration for DPMPTSP.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/about.py" line="48"/>
        <source>Versi:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/about.py" line="49"/>
        <source>Skema basis data:</source>
        <translation>Database schema:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/about.py" line="50"/>
        <source>Folder data:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/about.py" line="51"/>
        <source>Folder log dan laporan kesalahan:</source>
        <translation>Logs and error reports folder:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/about.py" line="54"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../fieldkit/ui/widgets/activity_editor.py" line="52"/>
        <source>Ketik kode atau kata, mis. warung makan, lalu Enter</source>
        <translation>Type a code or a word, e.g. warung makan, then press Enter</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/activity_editor.py" line="54"/>
        <source>Produk (barang)</source>
        <translation>Product (goods)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/activity_editor.py" line="55"/>
        <source>Jasa</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/activity_editor.py" line="57"/>
        <source>mis. nasi goreng, jasa jahit</source>
        <translation>e.g. nasi goreng, jasa jahit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/activity_editor.py" line="65"/>
        <source>&amp;KBLI</source>
        <translation>&amp;KBLI</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/activity_editor.py" line="66"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/activity_editor.py" line="67"/>
        <source>Produk/&amp;jasa</source>
        <translation>Prod&amp;uct/service</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/activity_editor.py" line="68"/>
        <source>Tenaga kerja (orang)</source>
        <translation>Workers (persons)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/activity_editor.py" line="69"/>
        <source>Rencana investasi (Rp)</source>
        <translation>Planned investment (Rp)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/activity_editor.py" line="86"/>
        <source>Hapus kegiatan ini</source>
        <translation>Remove this activity</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/activity_editor.py" line="116"/>
        <source>Kegiatan usaha %1</source>
        <translation>Business activity %1</translation>
    </message>
</context>
<context>
    <name>ApplicantsModel</name>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="264"/>
        <source>Daftar pemohon tidak bisa dimuat. Coba lagi; bila terus gagal, tutup dan buka kembali aplikasi.</source>
        <translation>The applicant list could not be loaded. Try again; if it keeps failing, close and reopen the application.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="283"/>
        <source>Kode pelacakan</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="284"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="285"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="286"/>
        <source>Usaha</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="287"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="288"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="289"/>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="309"/>
        <source>NIK disamarkan di daftar. Buka detail untuk melihat NIK lengkap.</source>
        <translation>The NIK is masked in the list. Open the details to see the full NIK.</translation>
    </message>
</context>
<context>
    <name>ApplicantsView</name>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="107"/>
        <source>Daftar pemohon</source>
        <translation>Applicant list</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="127"/>
        <source>Nama, NIK, atau kode pelacakan</source>
        <translation>Name, NIK or tracking code</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="131"/>
        <source>Kunjungan ini</source>
        <translation>This visit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="132"/>
        <source>Semua kunjungan</source>
        <translation>All visits</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="135"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="140"/>
        <location filename="../../fieldkit/ui/views/applicants.py" line="297"/>
        <source>Semua desa</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="146"/>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="147"/>
        <source>&amp;Lingkup:</source>
        <translation>Sco&amp;pe:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="148"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="149"/>
        <source>&amp;Desa:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="196"/>
        <source>Ctrl+F: cari   ·   ↓: pindah ke daftar   ·   Enter: buka detail pemohon</source>
        <translation>Ctrl+F: search   ·   ↓: move to the list   ·   Enter: open applicant details</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="200"/>
        <source>B&amp;uka detail</source>
        <translation>&amp;Open details</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="395"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="428"/>
        <source>Menampilkan %1 teratas</source>
        <translation>Showing the top %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="432"/>
        <source>%1 cocok</source>
        <translation>%1 match(es)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="434"/>
        <source>%1 pemohon</source>
        <translation>%1 applicant(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="441"/>
        <source>Banyak yang cocok; hanya %1 teratas yang ditampilkan. Ketik nama lebih lengkap, NIK lebih panjang, atau kode pelacakan untuk mempersempit.</source>
        <translation>Many matches; only the top %1 are shown. Type a fuller name, more digits of the NIK, or the tracking code to narrow the search.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="453"/>
        <source>Tidak ada pemohon yang cocok dengan “%1”. Periksa ejaannya, cari dengan NIK atau kode pelacakan, atau pilih “Semua kunjungan”.</source>
        <translation>No applicant matches “%1”. Check the spelling, search by NIK or tracking code, or choose “All visits”.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="459"/>
        <source>Tidak ada pemohon dengan status/desa yang dipilih. Pilih “Semua status” atau “Semua desa” untuk melihat semuanya.</source>
        <translation>No applicants with the selected status/village. Choose “All statuses” or “All villages” to see them all.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="464"/>
        <source>Belum ada pemohon di kunjungan ini. Tekan F3 untuk mendaftarkan pemohon baru.</source>
        <translation>No applicants in this visit yet. Press F3 to register a new applicant.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/applicants.py" line="466"/>
        <source>Belum ada pemohon yang tersimpan di laptop ini.</source>
        <translation>No applicants are saved on this laptop yet.</translation>
    </message>
</context>
<context>
    <name>ApplicationDetailView</name>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="369"/>
        <source>← &amp;Kembali ke daftar (Esc)</source>
        <translation>← &amp;Back to list (Esc)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="372"/>
        <source>&amp;Ubah data</source>
        <translation>&amp;Edit data</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="376"/>
        <source>Cetak &amp;tanda terima…</source>
        <translation>Print &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="420"/>
        <source>Memuat permohonan…</source>
        <translation>Loading application…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="568"/>
        <source>Antrekan untuk sinkron</source>
        <translation>Queue for sync</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="570"/>
        <source>Tandai permohonan ini menunggu sinkron? Lakukan ini setelah tanda terima dicetak. Sesudahnya data tidak bisa diubah lagi di laptop.</source>
        <translation>Mark this application as waiting for sync? Do this after the receipt has been printed. Afterwards the data can no longer be changed on the laptop.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="629"/>
        <source>Terjadi kesalahan yang tidak terduga. Coba lagi; bila terus terjadi, tutup dan buka kembali aplikasi.</source>
        <translation>An unexpected error occurred. Try again; if it keeps happening, close and reopen the application.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="667"/>
        <source>petugas kantor</source>
        <translation>office staff</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="699"/>
        <source>Revisi %1 · diperbarui %2 oleh %3 · dibuat %4 oleh %5</source>
        <translation>Revision %1 · updated %2 by %3 · created %4 by %5</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="711"/>
        <source>NIB: %1</source>
        <translation>NIB: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="722"/>
        <source>Alasan: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="729"/>
        <source>Kemungkinan duplikat NIK dengan: %1. Periksa apakah pemohon sudah didaftarkan di laptop lain; satu pelaku usaha hanya boleh punya satu NIB.</source>
        <translation>Possible duplicate NIK with: %1. Check whether the applicant has already been registered on another laptop; a business may hold only one NIB.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="754"/>
        <source>Kode pos %1</source>
        <translation>Postcode %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="765"/>
        <source>NIK:</source>
        <translation>NIK:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="766"/>
        <source>Nama lengkap:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="767"/>
        <source>Tempat, tanggal lahir:</source>
        <translation>Place and date of birth:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="768"/>
        <source>Jenis kelamin:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="769"/>
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="770"/>
        <source>Nomor HP:</source>
        <translation>Mobile number:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="771"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="772"/>
        <source>NPWP:</source>
        <translation>NPWP:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="772"/>
        <source>Tidak diisi (NIK berlaku sebagai NPWP)</source>
        <translation>Not provided (the NIK serves as the NPWP)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="774"/>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="779"/>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="786"/>
        <source>Nama usaha:</source>
        <translation>Business name:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="787"/>
        <source>Alamat usaha:</source>
        <translation>Business address:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="788"/>
        <source>Luas lahan:</source>
        <translation>Land area:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="789"/>
        <source>Status lahan:</source>
        <translation>Land status:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="790"/>
        <source>Titik lokasi:</source>
        <translation>Coordinates:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="791"/>
        <source>Modal usaha:</source>
        <translation>Business capital:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="792"/>
        <source>Skala usaha:</source>
        <translation>Business scale:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="794"/>
        <source>Usaha</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="833"/>
        <source>(kode KBLI tidak dikenal)</source>
        <translation>(unknown KBLI code)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="842"/>
        <source>Belum ada kegiatan usaha.</source>
        <translation>No business activities yet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="844"/>
        <source>KBLI</source>
        <translation>KBLI</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="845"/>
        <source>Judul KBLI</source>
        <translation>KBLI title</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="846"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="847"/>
        <source>Produk/jasa</source>
        <translation>Product/service</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="848"/>
        <source>Pekerja</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="849"/>
        <source>Rencana investasi</source>
        <translation>Planned investment</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="852"/>
        <source>Kegiatan usaha</source>
        <translation>Business activities</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="869"/>
        <source>dokumen sudah dihapus dari laptop (tersimpan di server)</source>
        <translation>document removed from the laptop (kept on the server)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="873"/>
        <source>Lihat</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="876"/>
        <source>%1 halaman</source>
        <translation>%1 page(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="888"/>
        <source>Belum ada dokumen yang dilampirkan.</source>
        <translation>No documents attached yet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="890"/>
        <location filename="../../fieldkit/ui/views/detail.py" line="898"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="891"/>
        <source>Tipe</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="892"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="893"/>
        <source>Halaman</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="894"/>
        <source>Nama berkas</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="908"/>
        <source>Pemeriksaan data</source>
        <translation>Data check</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="916"/>
        <source>Belum bisa ditandai Siap. Yang masih perlu diselesaikan (%1):</source>
        <translation>Cannot be marked Ready yet. Still to be resolved (%1):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="925"/>
        <source>✔ Semua syarat terpenuhi: permohonan bisa ditandai Siap.</source>
        <translation>✔ All requirements met: the application can be marked Ready.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="934"/>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="937"/>
        <source>⚠ %1 (sudah dikonfirmasi oleh %2)</source>
        <translation>⚠ %1 (confirmed by %2)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="942"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="945"/>
        <source>Tidak ada masalah pada data.</source>
        <translation>No problems found in the data.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="954"/>
        <source>Cetak ulang tanda terima (SALINAN)</source>
        <translation>Receipt reprinted (COPY)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="957"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="962"/>
        <source>Didaftarkan (%1)</source>
        <translation>Registered (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="974"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="975"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="976"/>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="977"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="980"/>
        <source>Riwayat status</source>
        <translation>Status history</translation>
    </message>
</context>
<context>
    <name>ApplicationFormView</name>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="208"/>
        <source>3. Dokumen</source>
        <translation>3. Documents</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="225"/>
        <location filename="../../fieldkit/ui/views/form.py" line="1140"/>
        <source>Ke isian bermasalah (F8)</source>
        <translation>Go to next problem (F8)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="227"/>
        <source>&amp;Simpan draf (Ctrl+S)</source>
        <translation>&amp;Save draft (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="229"/>
        <source>Si&amp;ap (Ctrl+Enter)</source>
        <translation>&amp;Ready (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="327"/>
        <source>1. Pemohon (sesuai KTP)</source>
        <translation>1. Applicant (as on the KTP)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="329"/>
        <source>16 digit angka dari KTP</source>
        <translation>16 digits from the KTP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="331"/>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="333"/>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="335"/>
        <source>&amp;Tempat lahir</source>
        <translation>&amp;Place of birth</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="337"/>
        <source>hh-bb-tttt, mis. 17-08-1990</source>
        <translation>dd-mm-yyyy, e.g. 17-08-1990</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="339"/>
        <source>Tanggal la&amp;hir</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="342"/>
        <location filename="../../fieldkit/ui/views/form.py" line="413"/>
        <source>(pilih)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="343"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="344"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="345"/>
        <source>&amp;Jenis kelamin</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="351"/>
        <source>&amp;Gunakan dari NIK</source>
        <translation>&amp;Use from NIK</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="361"/>
        <location filename="../../fieldkit/ui/views/form.py" line="390"/>
        <source>jalan, nomor, RT/RW, dusun</source>
        <translation>street, number, RT/RW, hamlet (dusun)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="362"/>
        <source>Ala&amp;mat</source>
        <translation>Addr&amp;ess</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="364"/>
        <source>&amp;Desa/kelurahan</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="366"/>
        <source>5 digit (boleh kosong)</source>
        <translation>5 digits (optional)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="370"/>
        <source>Kode pos</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="375"/>
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="376"/>
        <source>Nomor &amp;HP</source>
        <translation>M&amp;obile number</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="378"/>
        <source>mis. nama@gmail.com</source>
        <translation>e.g. name@gmail.com</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="379"/>
        <source>&amp;Email</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="381"/>
        <source>opsional; NIK berlaku sebagai NPWP</source>
        <translation>optional; the NIK serves as the NPWP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="382"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="386"/>
        <source>2. Usaha</source>
        <translation>2. Business</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="388"/>
        <source>Nama &amp;usaha</source>
        <translation>&amp;Business name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="391"/>
        <source>Alamat usa&amp;ha</source>
        <translation>Bus&amp;iness address</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="396"/>
        <source>Desa/kelurahan usaha</source>
        <translation>Business village</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="403"/>
        <source>Kode pos usaha</source>
        <translation>Business postcode</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="408"/>
        <source>boleh kosong</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="410"/>
        <source>Luas lahan (m²)</source>
        <translation>Land area (m²)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="414"/>
        <source>Milik sendiri</source>
        <translation>Owned</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="415"/>
        <source>Sewa</source>
        <translation>Rented</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="416"/>
        <source>Pinjam pakai</source>
        <translation>Borrowed</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="418"/>
        <source>Status la&amp;han</source>
        <translation>Land s&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="422"/>
        <source>opsional: lintang, bujur, mis. -6.4817, 106.8540</source>
        <translation>optional: latitude, longitude, e.g. -6.4817, 106.8540</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="424"/>
        <source>Titik koordinat</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="426"/>
        <source>tanpa tanah dan bangunan</source>
        <translation>excluding land and buildings</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="433"/>
        <source>Modal usaha (&amp;Rp)</source>
        <translation>Business &amp;capital (Rp)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="441"/>
        <source>Kegiatan usaha (KBLI 2020)</source>
        <translation>Business activities (KBLI 2020)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="448"/>
        <source>Tambah &amp;kegiatan usaha</source>
        <translation>Add business activit&amp;y</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="587"/>
        <source>Formulir yang belum tersimpan dipulihkan. Periksa lalu simpan.</source>
        <translation>An unsaved form was restored. Check it, then save.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="589"/>
        <location filename="../../fieldkit/ui/views/form.py" line="603"/>
        <source>Buang isian yang dipulihkan</source>
        <translation>Discard restored entries</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="599"/>
        <source>Formulir yang belum tersimpan dipulihkan, tetapi permohonan ini sudah diubah lagi sejak itu. Periksa setiap isian sebelum menyimpan.</source>
        <translation>An unsaved form was restored, but this application has been changed since then. Check every field before saving.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="734"/>
        <source>Permohonan berstatus &apos;%1&apos; tidak bisa diubah di laptop; data hanya ditampilkan.</source>
        <translation>Applications with status &apos;%1&apos; cannot be changed on the laptop; the data is shown read-only.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="742"/>
        <source>Pemohon baru</source>
        <translation>New applicant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="743"/>
        <source>Belum disimpan</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="745"/>
        <source>Permohonan %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="747"/>
        <source>Status: %1 · revisi %2</source>
        <translation>Status: %1 · revision %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="787"/>
        <source>Skala: %1</source>
        <comment>business scale, e.g. Skala: Usaha mikro</comment>
        <translation>Scale: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="801"/>
        <source>Tanggal lahir tidak terbaca. Tulis hari-bulan-tahun, mis. 17-08-1990.</source>
        <translation>The date of birth could not be read. Write day-month-year, e.g. 17-08-1990.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="808"/>
        <source>Titik koordinat tidak terbaca. Tulis lintang, bujur, mis. -6.4817, 106.8540, atau kosongkan.</source>
        <translation>The coordinates could not be read. Write latitude, longitude, e.g. -6.4817, 106.8540, or leave the field empty.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="907"/>
        <source>Diisi dari NIK; cocokkan dengan KTP.</source>
        <translation>Filled in from the NIK; check against the KTP.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="923"/>
        <source>%1 kesalahan</source>
        <translation>%1 error(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="925"/>
        <source>%1 peringatan</source>
        <translation>%1 warning(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="928"/>
        <source>dokumen wajib belum ada: %1</source>
        <translation>required documents missing: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="933"/>
        <source>✔ Permohonan ini sudah Siap.</source>
        <translation>✔ This application is already Ready.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="936"/>
        <source>✔ Tidak ada kesalahan. Data siap ditandai Siap.</source>
        <translation>✔ No errors. The data can be marked Ready.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="939"/>
        <source>Belum siap: %1.</source>
        <translation>Not ready yet: %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="988"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="988"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="996"/>
        <source>Menurut NIK: lahir %1, %2.</source>
        <translation>According to the NIK: born %1, %2.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1046"/>
        <source>Bacakan dulu pemberitahuan data pribadi, lalu tekan Enter.</source>
        <translation>First read out the personal data notice, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1054"/>
        <source>Ada isian yang tidak terbaca; perbaiki isian bertanda merah dulu.</source>
        <translation>Some fields could not be read; correct the fields marked in red first.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1064"/>
        <source>Buka kunjungan hari ini dulu (F2), lalu daftarkan pemohon.</source>
        <translation>Open today&apos;s visit first (F2), then register applicants.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1104"/>
        <source>Tersimpan sebagai draf. Nomor pendaftaran: %1</source>
        <translation>Saved as a draft. Registration number: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1131"/>
        <source>Belum bisa Siap: %1 hal perlu diselesaikan. %2</source>
        <translation>Cannot be marked Ready yet: %1 item(s) to resolve. %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1136"/>
        <source>(dan %1 lagi)</source>
        <translation>(and %1 more)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1173"/>
        <source>Belum ditandai Siap: periksa peringatan bersama pemohon dulu.</source>
        <translation>Not marked Ready: check the warnings with the applicant first.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1206"/>
        <source>Permohonan %1 sudah Siap. Lanjutkan dengan mencetak tanda terima.</source>
        <translation>Application %1 is Ready. Continue by printing the receipt.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1210"/>
        <source>Lihat permohonan</source>
        <translation>View application</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1221"/>
        <source>Muat ulang permohonan</source>
        <translation>Reload application</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1236"/>
        <source>Penyimpanan gagal karena kesalahan tak terduga. Isian Anda tetap tersimpan sementara di laptop; coba simpan lagi.</source>
        <translation>Saving failed because of an unexpected error. Your entries are still stored temporarily on the laptop; try saving again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1301"/>
        <source>Penyimpanan sementara gagal; simpan draf sekarang (Ctrl+S). %1</source>
        <translation>Autosave failed; save a draft now (Ctrl+S). %1</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/audit_log.py" line="76"/>
        <source>Catatan audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/audit_log.py" line="83"/>
        <source>Setiap tindakan di laptop ini dicatat berantai (hash SHA-256): entri yang diubah, dihapus, disisipkan atau diurutkan ulang terlihat di sini.</source>
        <translation>Every action on this laptop is recorded in a chain (SHA-256 hashes): an entry that was changed, deleted, inserted or reordered shows up here.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/audit_log.py" line="100"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/audit_log.py" line="101"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/audit_log.py" line="102"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/audit_log.py" line="103"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/audit_log.py" line="104"/>
        <source>Sasaran</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/audit_log.py" line="112"/>
        <source>&amp;Periksa lagi</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/audit_log.py" line="116"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/audit_log.py" line="131"/>
        <source>Memeriksa catatan audit…</source>
        <translation>Checking the audit log…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/audit_log.py" line="146"/>
        <source>Sudah tersimpan di server sampai entri nomor %1.</source>
        <translation>Stored on the server up to entry number %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/audit_log.py" line="155"/>
        <source>(tidak dikenal)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../fieldkit/ui/widgets/banner.py" line="32"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CallbacksView</name>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="61"/>
        <source>← &amp;Kembali ke daftar (Esc)</source>
        <translation>← &amp;Back to list (Esc)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="64"/>
        <source>Daftar telepon balik</source>
        <translation>Call-back list</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="76"/>
        <source>Pemohon yang NIB-nya sudah terbit atau yang datanya perlu diperbaiki. Telepon mereka, yang terbaru di atas.</source>
        <translation>Applicants whose NIB has been issued or whose data needs correcting. Phone them; the most recent are at the top.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="89"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="90"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="91"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="93"/>
        <source>NIB / yang perlu diperbaiki</source>
        <translation>NIB / what needs correcting</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="114"/>
        <source>&amp;Salin nomor HP</source>
        <translation>&amp;Copy mobile number</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="117"/>
        <source>&amp;Buka rincian (Enter)</source>
        <translation>&amp;Open details (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="161"/>
        <source>Laptop ini belum tersambung ke server.</source>
        <translation>This laptop is not connected to the server yet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="197"/>
        <source>Belum ada pemohon yang perlu ditelepon.</source>
        <translation>No applicants need a call yet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="207"/>
        <source>Daftar tidak bisa dimuat. Coba buka lagi halaman ini.</source>
        <translation>The list could not be loaded. Try opening this page again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="243"/>
        <source>Nomor %1 disalin (%2).</source>
        <translation>Number %1 copied (%2).</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/change_password.py" line="28"/>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/change_password.py" line="46"/>
        <source>Simpa&amp;n</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/change_password.py" line="47"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/change_password.py" line="51"/>
        <source>Kata sandi &amp;sekarang:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/change_password.py" line="52"/>
        <source>Kata sandi &amp;baru:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/change_password.py" line="53"/>
        <source>&amp;Ulangi kata sandi baru:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/change_password.py" line="62"/>
        <source>Kedua kata sandi baru tidak sama. Ketik ulang.</source>
        <translation>The two new passwords differ. Type them again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/change_password.py" line="82"/>
        <source>Kata sandi tidak bisa diganti karena kesalahan tak terduga. Coba lagi.</source>
        <translation>The password could not be changed because of an unexpected error. Try again.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../fieldkit/ui/crash.py" line="55"/>
        <source>Terjadi kesalahan</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/crash.py" line="58"/>
        <source>Isian formulir yang sedang dikerjakan sudah disimpan sementara.</source>
        <translation>The form you were filling in has been saved for now.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/crash.py" line="60"/>
        <source>Tidak ada isian formulir yang perlu disimpan.</source>
        <translation>There was no form input to save.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/crash.py" line="64"/>
        <source>fieldkit mengalami kesalahan yang tidak terduga. %1 Data yang sudah disimpan aman. Anda bisa melanjutkan pekerjaan; bila kesalahan terulang, tutup lalu buka lagi fieldkit dan laporkan kode di bawah ini ke petugas TI.</source>
        <translation>fieldkit ran into an unexpected error. %1 Data already saved is safe. You can carry on working; if the error happens again, close and reopen fieldkit and report the code below to the IT staff.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/crash.py" line="71"/>
        <source>Kode rujukan: %1</source>
        <translation>Reference code: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/crash.py" line="79"/>
        <source>Laporan (tanpa data pribadi): %1</source>
        <translation>Report (no personal data): %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/crash.py" line="81"/>
        <source>Laporan tidak bisa disimpan (disk penuh?).</source>
        <translation>The report could not be saved (disk full?).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/crash.py" line="88"/>
        <source>Salin kode</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/crash.py" line="89"/>
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/crash.py" line="90"/>
        <source>Tutup aplikasi</source>
        <translation>Close the app</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="267"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="272"/>
        <source>Memuat pratinjau…</source>
        <translation>Loading preview…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="278"/>
        <source>&amp;Tutup (Esc)</source>
        <translation>&amp;Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="305"/>
        <source> · halaman 1 dari %1</source>
        <translation> · page 1 of %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="318"/>
        <source>Dokumen tidak bisa ditampilkan. Lampirkan ulang dokumennya.</source>
        <translation>The document cannot be displayed. Attach the document again.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="48"/>
        <source>Foto JPEG</source>
        <translation>JPEG photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="49"/>
        <source>Gambar PNG</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="124"/>
        <source>&amp;Jenis dokumen</source>
        <translation>Document t&amp;ype</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="130"/>
        <source>&amp;Tambah dokumen…</source>
        <translation>Attac&amp;h document…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="132"/>
        <source>atau seret berkas foto/PDF ke kotak ini</source>
        <translation>or drag a photo/PDF file into this box</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="159"/>
        <source>Belum ada dokumen.</source>
        <translation>No documents yet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="236"/>
        <source>Berkas &apos;%1&apos; tidak bisa dibaca. Salin ulang berkasnya ke laptop, lalu coba lagi.</source>
        <translation>The file &apos;%1&apos; cannot be read. Copy the file to the laptop again, then try again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="284"/>
        <source>Memproses berkas…</source>
        <translation>Processing file…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="295"/>
        <source>Pilih foto atau PDF dokumen</source>
        <translation>Choose a photo or PDF of the document</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="296"/>
        <source>Foto atau PDF</source>
        <translation>Photo or PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="324"/>
        <source>Menghapus dokumen…</source>
        <translation>Removing document…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="356"/>
        <source>Memproses berkas %1 dari %2: %3</source>
        <translation>Processing file %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="387"/>
        <source>Dokumen tidak bisa diproses karena kesalahan tak terduga. Coba lagi.</source>
        <translation>The document could not be processed because of an unexpected error. Try again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="456"/>
        <source>Kantor tidak mewajibkan dokumen. Lampirkan bila pemohon membawanya.</source>
        <translation>The office does not require any documents. Attach them if the applicant has brought them.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="468"/>
        <source>(belum)</source>
        <translation>(not yet)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="471"/>
        <source>Dokumen wajib:</source>
        <translation>Required documents:</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="70"/>
        <source>Sambungkan laptop ke server</source>
        <translation>Connect the laptop to the server</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="78"/>
        <source>Minta alamat server dan kode sekali pakai kepada admin kantor. Kode bisa diketik, atau dipindai dari kode QR dengan pemindai.</source>
        <translation>Ask the office administrator for the server address and a one-time code. The code can be typed, or scanned from a QR code with the scanner.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="89"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="96"/>
        <source>ketik atau pindai kode QR</source>
        <translation>type or scan the QR code</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="107"/>
        <source>kosongkan bila tidak diberi berkas oleh admin</source>
        <translation>leave empty unless the admin gave you a file</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="112"/>
        <source>Opsional. Isi hanya bila admin kantor memberi berkas sertifikat CA kantor (.pem atau .crt); laptop lalu hanya mau tersambung ke server yang sertifikatnya ditandatangani CA itu.</source>
        <translation>Optional. Fill in only if the office admin gave you the office&apos;s CA certificate file (.pem or .crt); the laptop then connects only to a server whose certificate that CA signed.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="119"/>
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="127"/>
        <source>Alamat se&amp;rver:</source>
        <translation>Se&amp;rver address:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="128"/>
        <source>&amp;Kode sekali pakai:</source>
        <translation>&amp;One-time code:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="129"/>
        <source>&amp;Nama laptop:</source>
        <translation>Laptop &amp;name:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="130"/>
        <source>Sertifikat &amp;CA kantor:</source>
        <translation>Office &amp;CA certificate:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="156"/>
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="162"/>
        <source>&amp;Sambungkan</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="167"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="217"/>
        <source>Isi alamat server.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="218"/>
        <source>Isi kode sekali pakai dari admin.</source>
        <translation>Enter the one-time code from the administrator.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="219"/>
        <source>Beri nama laptop ini.</source>
        <translation>Give this laptop a name.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="256"/>
        <source>Laptop belum tersambung karena kesalahan yang tidak terduga. Coba lagi; bila terus terjadi, hubungi admin kantor.</source>
        <translation>The laptop could not be connected because of an unexpected error. Try again; if it keeps happening, contact the office administrator.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="281"/>
        <source>Pilih berkas sertifikat CA kantor</source>
        <translation>Choose the office&apos;s CA certificate file</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="283"/>
        <source>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="173"/>
        <source>Pengaturan awal laptop</source>
        <translation>Laptop setup</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="176"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="177"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="178"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="179"/>
        <source>&amp;Nanti saja</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="49"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="50"/>
        <source>Siap</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="51"/>
        <source>Menunggu sinkron</source>
        <translation>Waiting for sync</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="52"/>
        <source>Diterima kantor</source>
        <translation>Received by the office</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="53"/>
        <source>Diproses di OSS</source>
        <translation>Being processed in OSS</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="54"/>
        <source>NIB terbit</source>
        <translation>NIB issued</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="55"/>
        <source>Perlu perbaikan</source>
        <translation>Needs correction</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="56"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="64"/>
        <source>NIK ditolak Dukcapil (rujuk ke Disdukcapil)</source>
        <translation>NIK refused by Dukcapil (refer to Disdukcapil)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="67"/>
        <source>Sudah memiliki NIB</source>
        <translation>Already has a NIB</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="68"/>
        <source>KBLI tidak terbuka untuk skala usaha ini</source>
        <translation>KBLI not open to this business scale</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="71"/>
        <source>OSS tidak tersedia (coba lagi)</source>
        <translation>OSS unavailable (try again)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="74"/>
        <source>Data perlu dikoreksi</source>
        <translation>Data needs correcting</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="75"/>
        <source>Alasan lain</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="83"/>
        <source>Foto KTP</source>
        <translation>KTP photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="84"/>
        <source>Kartu NPWP</source>
        <translation>NPWP card</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="85"/>
        <source>Pas foto</source>
        <translation>Passport photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="86"/>
        <source>Foto lokasi usaha</source>
        <translation>Photo of the business location</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="87"/>
        <source>Surat keterangan domisili usaha</source>
        <translation>Business domicile letter</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="90"/>
        <source>Dokumen lain</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="112"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="114"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="120"/>
        <source>Milik sendiri</source>
        <translation>Owned</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="122"/>
        <source>Sewa</source>
        <translation>Rented</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="124"/>
        <source>Pinjam pakai</source>
        <translation>Borrowed (free use)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="130"/>
        <source>Jasa</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="131"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="136"/>
        <source>Usaha mikro</source>
        <translation>Micro business</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="138"/>
        <source>Usaha kecil</source>
        <translation>Small business</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="140"/>
        <source>Usaha menengah</source>
        <translation>Medium business</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="142"/>
        <source>Usaha besar</source>
        <translation>Large business</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="150"/>
        <source>Tandai &amp;siap</source>
        <translation>Mark &amp;ready</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="152"/>
        <source>Ambil untuk &amp;diperbaiki</source>
        <translation>Take back to &amp;fix</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="154"/>
        <source>Kembalikan ke &amp;draf</source>
        <translation>Return to &amp;draft</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="156"/>
        <source>Antrekan untuk si&amp;nkron</source>
        <translation>Queue for sy&amp;nc</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="158"/>
        <source>Minta &amp;perbaikan</source>
        <translation>Request &amp;correction</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="160"/>
        <source>&amp;Tolak</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="162"/>
        <source>Catat &amp;NIB terbit</source>
        <translation>Record &amp;NIB issued</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/labels.py" line="163"/>
        <source>Ubah status ke &apos;%1&apos;</source>
        <translation>Change status to &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>LockView</name>
    <message>
        <location filename="../../fieldkit/ui/lock.py" line="134"/>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/lock.py" line="141"/>
        <source>%1, ketik kata sandi Anda untuk melanjutkan. Isian yang sedang diketik sudah tersimpan.</source>
        <translation>%1, type your password to continue. What you were typing has been saved.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/lock.py" line="152"/>
        <source>&amp;Buka</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/lock.py" line="156"/>
        <source>&amp;Ganti petugas</source>
        <translation>S&amp;witch officer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/lock.py" line="195"/>
        <source>Ketik kata sandi Anda, lalu tekan Enter.</source>
        <translation>Type your password, then press Enter.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="65"/>
        <source>fieldkit: Pendaftaran NIB Jemput Bola</source>
        <translation>fieldkit: NIB Registration Outreach</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="100"/>
        <source>Navigasi</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="104"/>
        <source>Kunjungan hari ini (F2)</source>
        <translation>Today&apos;s visit (F2)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="106"/>
        <source>Pemohon baru (F3)</source>
        <translation>New applicant (F3)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="108"/>
        <source>Daftar pemohon (F4)</source>
        <translation>Applicant list (F4)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="109"/>
        <source>Laporan (F6)</source>
        <translation>Reports (F6)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="116"/>
        <source>&amp;Akun</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="118"/>
        <source>Keluar / ganti petugas</source>
        <translation>Sign out / switch officer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="122"/>
        <source>Periksa tanda terima…</source>
        <translation>Verify receipt…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="126"/>
        <source>Catatan &amp;audit…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="131"/>
        <source>Pengaturan ka&amp;ntor…</source>
        <translation>Office &amp;settings…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="136"/>
        <source>Ekspor &amp;cadangan ke flashdisk…</source>
        <translation>Export &amp;backup to USB stick…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="140"/>
        <source>Tutup aplikasi</source>
        <translation>Close application</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="141"/>
        <source>Sinkr&amp;onisasi</source>
        <translation>Sy&amp;nc</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="143"/>
        <source>&amp;Sinkronkan sekarang</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="146"/>
        <source>&amp;Panel sinkronisasi</source>
        <translation>Sync &amp;panel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="149"/>
        <source>Daftar &amp;telepon balik</source>
        <translation>&amp;Call-back list</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="152"/>
        <source>Sambungkan ke se&amp;rver…</source>
        <translation>Connect to se&amp;rver…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="162"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="164"/>
        <source>&amp;Tentang fieldkit…</source>
        <translation>&amp;About fieldkit…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="166"/>
        <source>Isi data &amp;latihan…</source>
        <translation>Fill in &amp;training data…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="169"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="216"/>
        <source>Belum masuk</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="220"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="220"/>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="223"/>
        <source>Petugas: %1 (%2)</source>
        <translation>Officer: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="231"/>
        <source>Belum ada kunjungan dibuka</source>
        <translation>No visit open</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="236"/>
        <source>Kunjungan: %1, %2</source>
        <translation>Visit: %1, %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="332"/>
        <source>Masuk dulu, lalu sambungkan laptop ke server.</source>
        <translation>Sign in first, then connect the laptop to the server.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="347"/>
        <source>Laptop tersambung ke server. Sinkronisasi pertama dimulai.</source>
        <translation>Laptop connected to the server. The first sync has started.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="359"/>
        <source>Pilih flashdisk atau folder untuk cadangan</source>
        <translation>Choose the USB stick or folder for the backup</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="369"/>
        <source>Membuat cadangan…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="380"/>
        <source>Cadangan tersimpan dan sudah diperiksa: %1</source>
        <translation>Backup saved and checked: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="388"/>
        <source>Cadangan gagal: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="396"/>
        <source>Masuk dulu sebagai petugas untuk mengisi data latihan.</source>
        <translation>Sign in as an officer first to fill in training data.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="413"/>
        <source>Kunjungan latihan dibuat dengan %1 pemohon contoh. Data latihan tidak pernah dikirim ke server.</source>
        <translation>Training visit created with %1 sample applicants. Training data is never sent to the server.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="422"/>
        <source>Data latihan tidak bisa dibuat: %1</source>
        <translation>Training data could not be created: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="11"/>
        <source>Ada isian yang tidak bisa disimpan. {first}</source>
        <translation>Some entries cannot be saved. {first}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="15"/>
        <source>Akun dikunci karena {count} kali salah kata sandi. Coba lagi dalam {minutes} menit, atau minta supervisor membuka kuncinya.</source>
        <translation>The account is locked after {count} wrong passwords. Try again in {minutes} minutes, or ask a supervisor to unlock it.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="20"/>
        <source>Akun ini belum punya kunci di laptop ini (data laptop dienkripsi saat akun ini belum masuk). Minta supervisor masuk lalu mengatur ulang kata sandi Anda.</source>
        <translation>This account has no key on this laptop yet (the laptop&apos;s data was encrypted before this account signed in). Ask a supervisor to sign in and reset your password.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="25"/>
        <source>Akun ini belum punya kunci di laptop ini. Minta supervisor masuk lalu atur ulang kata sandi akun ini.</source>
        <translation>This account has no key on this laptop yet. Ask a supervisor to sign in and reset this account&apos;s password.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="30"/>
        <source>Akun petugas tidak ditemukan atau tidak aktif.</source>
        <translation>The officer account was not found or is not active.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="34"/>
        <source>Alamat email tidak valid: {hint}. Ketik ulang alamat email pemohon (contoh: nama@gmail.com).</source>
        <translation>The email address is not valid: {hint}. Type the applicant&apos;s email address again (example: nama@gmail.com).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="39"/>
        <source>Alamat halaman status harus berupa alamat web lengkap tanpa spasi, tanda tanya atau tanda pagar, misalnya https://izin.bogorkab.go.id.</source>
        <translation>The status page address must be a full web address without spaces, question marks or hash signs, for example https://izin.bogorkab.go.id.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="44"/>
        <source>Alamat halaman status terlalu panjang ({length} karakter, paling banyak {limit}): kode QR menjadi terlalu rapat untuk dipindai dari cetakan printer thermal. Pakai alamat yang lebih pendek, misalnya https://izin.bogorkab.go.id.</source>
        <translation>The status page address is too long ({length} characters, at most {limit}): the QR code becomes too dense to scan from a thermal printout. Use a shorter address, for example https://izin.bogorkab.go.id.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="50"/>
        <source>Alamat server &apos;{address}&apos; tidak valid. Tulis seperti https://server.kantor.go.id, atau pilih Offline saja untuk sekarang.</source>
        <translation>The server address &apos;{address}&apos; is not valid. Write it like https://server.kantor.go.id, or choose Offline only for now.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="55"/>
        <source>Alamat server tidak valid. Tulis seperti https://server.kantor.go.id</source>
        <translation>The server address is not valid. Write it like https://server.kantor.go.id</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="59"/>
        <source>Anda tidak bisa menghapus akun Anda sendiri.</source>
        <translation>You cannot remove your own account.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="63"/>
        <source>Angka di luar batas wajar. Periksa kembali isiannya.</source>
        <translation>The number is outside reasonable limits. Check the entry again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="67"/>
        <source>Awalan {prefix} tidak dikenal sebagai awalan operator seluler. Periksa lagi nomornya; jika benar, konfirmasi peringatan ini.</source>
        <translation>The prefix {prefix} is not a known mobile operator prefix. Check the number again; if it is right, confirm this warning.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="72"/>
        <source>Batas ukuran berkas harus antara 0,1 MB dan 100 MB.</source>
        <translation>The file size limit must be between 0.1 MB and 100 MB.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="76"/>
        <source>Belum ada data untuk dicadangkan di laptop ini.</source>
        <translation>There is no data to back up on this laptop yet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="80"/>
        <source>Belum bisa ditandai Siap: {count} hal perlu diselesaikan.</source>
        <translation>Cannot be marked Ready yet: {count} item(s) still need to be resolved.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="84"/>
        <source>Berkas &apos;{name}&apos; bukan sertifikat CA yang bisa dipakai (harus format PEM, diawali &apos;-----BEGIN CERTIFICATE-----&apos;). Minta berkas yang benar dari admin server.</source>
        <translation>The file &apos;{name}&apos; is not a usable CA certificate (it must be in PEM format, starting with &apos;-----BEGIN CERTIFICATE-----&apos;). Ask the server admin for the right file.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="89"/>
        <source>Berkas &apos;{name}&apos;: {reason}</source>
        <translation>File &apos;{name}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="93"/>
        <source>Berkas dokumen {code}… hilang sebelum tersimpan. Lampirkan ulang dokumennya.</source>
        <translation>Document file {code}… disappeared before it was stored. Attach the document again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="97"/>
        <source>Berkas dokumen {code}… rusak (isinya tidak cocok dengan kodenya). Lampirkan ulang dokumennya.</source>
        <translation>Document file {code}… is damaged (its content does not match its code). Attach the document again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="102"/>
        <source>Berkas dokumen {code}… rusak atau diubah (gagal dibuka). Lampirkan ulang dokumennya.</source>
        <translation>Document file {code}… is damaged or was changed (it cannot be opened). Attach the document again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="106"/>
        <source>Berkas dokumen {code}… terenkripsi dan tidak bisa dibaca tanpa kunci laptop. Masuk ke aplikasi dengan akun petugas.</source>
        <translation>Document file {code}… is encrypted and cannot be read without the laptop&apos;s key. Sign in to the app with an officer account.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="111"/>
        <source>Berkas dokumen {code}… tidak ada di laptop ini. Lampirkan ulang dokumennya.</source>
        <translation>Document file {code}… is not on this laptop. Attach the document again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="115"/>
        <source>Berkas kosong (0 byte). Pilih ulang berkasnya, atau foto/pindai ulang dokumennya.</source>
        <translation>The file is empty (0 bytes). Choose the file again, or photograph/scan the document again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="119"/>
        <source>Berkas kunci laptop rusak atau tidak dikenal. Jangan hapus apa pun; hubungi petugas TI kantor dengan kunci pemulihan.</source>
        <translation>The laptop&apos;s key file is damaged or not recognised. Do not delete anything; contact the office&apos;s IT staff with the recovery key.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="124"/>
        <source>Berkas sertifikat CA &apos;{name}&apos; tidak ada. Periksa lokasinya atau pilih ulang berkas dari admin server (biasanya berakhiran .pem atau .crt).</source>
        <translation>The CA certificate file &apos;{name}&apos; does not exist. Check its location or choose the file from the server admin again (usually ending in .pem or .crt).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="129"/>
        <source>Berkas terlalu besar ({size}). Batasnya {limit}; kecilkan atau pindai ulang dengan resolusi lebih rendah.</source>
        <translation>The file is too large ({size}). The limit is {limit}; make it smaller or scan again at a lower resolution.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="134"/>
        <source>Berkas: {reason}</source>
        <translation>File: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="138"/>
        <source>Buat minimal satu akun supervisor.</source>
        <translation>Create at least one supervisor account.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="142"/>
        <source>Cadangan &apos;{name}&apos; tidak memuat berkas kunci laptop, jadi tidak bisa dibuka. Pakai cadangan lain.</source>
        <translation>The backup &apos;{name}&apos; does not contain the laptop&apos;s key file, so it cannot be opened. Use another backup.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="147"/>
        <source>Cadangan dengan waktu yang sama sudah ada. Coba lagi sebentar lagi.</source>
        <translation>A backup with the same time already exists. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="151"/>
        <source>Cadangan gagal dibuat: {reason}</source>
        <translation>The backup could not be made: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="155"/>
        <source>Cadangan gagal disalin ({error}). Periksa ruang kosong laptop dan flashdisk, lalu coba lagi. Data sebelumnya ada di folder sebelum-pemulihan-… di folder data.</source>
        <translation>The backup could not be copied ({error}). Check the free space on the laptop and the flash drive, then try again. The previous data is in the sebelum-pemulihan-… folder inside the data folder.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="161"/>
        <source>Cadangan gagal ditulis ({error}). Periksa ruang kosong flashdisk lalu coba lagi.</source>
        <translation>The backup could not be written ({error}). Check the free space on the flash drive and try again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="165"/>
        <source>Cadangan ini dibuat sebelum data laptop dienkripsi dan tidak bisa dipulihkan dari layar masuk. Hubungi petugas TI kantor.</source>
        <translation>This backup was made before the laptop&apos;s data was encrypted and cannot be restored from the sign-in screen. Contact the office&apos;s IT staff.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="170"/>
        <source>Cadangan tidak dipulihkan, data laptop tidak diubah. {reason}</source>
        <translation>The backup was not restored; the laptop&apos;s data was not changed. {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="174"/>
        <source>Cadangan {name} rusak: {what}. Pakai cadangan lain.</source>
        <translation>Backup {name} is damaged: {what}. Use another backup.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="178"/>
        <source>Cadangan {name} tidak bisa dibuka dengan kunci laptop ini. Pakai cadangan dari laptop ini, atau pulihkan dengan kunci pemulihannya.</source>
        <translation>Backup {name} cannot be opened with this laptop&apos;s key. Use a backup from this laptop, or restore it with its recovery key.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="183"/>
        <source>Catatan audit RUSAK mulai entri nomor {first_bad}: {problem} Entri sampai nomor {last} masih utuh. Laporkan ke kantor dan jangan menghapus data laptop ini.</source>
        <translation>The audit log is DAMAGED from entry number {first_bad}: {problem} Entries up to number {last} are still intact. Report it to the office and do not delete this laptop&apos;s data.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="188"/>
        <source>Catatan audit utuh: {checked} entri diperiksa, terakhir nomor {last}.</source>
        <translation>The audit log is intact: {checked} entries checked, the last is number {last}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="192"/>
        <source>Contoh: &apos;Warung Makan Bu Sri&apos; atau &apos;UD Maju Jaya (Cabang 2)&apos;.</source>
        <translation>Example: &apos;Warung Makan Bu Sri&apos; or &apos;UD Maju Jaya (Cabang 2)&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="196"/>
        <source>Data ini sudah diubah (revisi {actual}) sejak Anda membukanya (revisi {expected}). Buka ulang permohonan untuk melihat perubahan terbaru, lalu ulangi perubahan Anda.</source>
        <translation>This data has been changed (revision {actual}) since you opened it (revision {expected}). Reopen the application to see the latest changes, then make your change again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="202"/>
        <source>Desa latihan tidak dikenal. Pilih desa dari data referensi.</source>
        <translation>Unknown practice village. Choose a village from the reference data.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="206"/>
        <source>Desa/kelurahan tidak dikenal. Pilih desa dari daftar dengan mengetik namanya.</source>
        <translation>Unknown village. Choose the village from the list by typing its name.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="210"/>
        <source>Desa/kelurahan wajib diisi. Pilih desa/kelurahan dari daftar wilayah.</source>
        <translation>The village is required. Choose the village from the list of regions.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="214"/>
        <source>Digit ke-7 dan ke-8 NIK ({digits}) bukan tanggal lahir yang mungkin: harus 01–31 untuk laki-laki atau 41–71 untuk perempuan (tanggal ditambah 40). Periksa lagi NIK pada KTP.</source>
        <translation>Digits 7 and 8 of the NIK ({digits}) are not a possible day of birth: they must be 01–31 for men or 41–71 for women (day plus 40). Check the NIK on the KTP again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="220"/>
        <source>Digit ke-7 sampai ke-12 NIK menunjukkan tanggal {date}, tanggal yang tidak ada. Periksa lagi NIK pada KTP.</source>
        <translation>Digits 7 to 12 of the NIK give the date {date}, a date that does not exist. Check the NIK on the KTP again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="225"/>
        <source>Digit ke-9 dan ke-10 NIK ({digits}) bukan bulan lahir yang mungkin: harus 01–12. Periksa lagi NIK pada KTP.</source>
        <translation>Digits 9 and 10 of the NIK ({digits}) are not a possible month of birth: they must be 01–12. Check the NIK on the KTP again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="230"/>
        <source>Digit pemeriksa NPWP (digit ke-9 format lama) tidak cocok: kemungkinan ada salah ketik. Cocokkan dengan kartu NPWP; jika sudah sama, konfirmasi peringatan ini.</source>
        <translation>The NPWP check digit (digit 9 of the old format) does not match: there is probably a typo. Compare it with the NPWP card; if it is the same, confirm this warning.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="235"/>
        <source>Dokumen itu tidak terlampir pada permohonan ini.</source>
        <translation>That document is not attached to this application.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="239"/>
        <source>Domain email &apos;{domain}&apos; mungkin salah ketik; maksudnya &apos;{suggestion}&apos;? Akun OSS terikat pada email ini: perbaiki, atau konfirmasi jika memang benar.</source>
        <translation>The email domain &apos;{domain}&apos; may be a typo; did you mean &apos;{suggestion}&apos;? The OSS account is bound to this email: correct it, or confirm if it really is right.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="244"/>
        <source>Dua digit pertama NIK ({code}) bukan kode provinsi yang dikenal. Periksa lagi NIK pada KTP.</source>
        <translation>The first two digits of the NIK ({code}) are not a known province code. Check the NIK on the KTP again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="249"/>
        <source>Email ini sudah dipakai oleh {count} permohonan lain dalam kunjungan ini. Setiap akun OSS perlu email sendiri: minta email milik pemohon, atau konfirmasi jika memang benar.</source>
        <translation>This email is already used by {count} other application(s) in this visit. Every OSS account needs its own email: ask for the applicant&apos;s own email, or confirm if it really is right.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="255"/>
        <source>Email wajib diisi: akun OSS dibuat dengan email pemohon (contoh: nama@gmail.com).</source>
        <translation>The email is required: the OSS account is created with the applicant&apos;s email (example: nama@gmail.com).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="259"/>
        <source>Entri nomor {first} sampai {last} hilang (dihapus dari akhir catatan).</source>
        <translation>Entries number {first} to {last} are missing (deleted from the end of the log).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="263"/>
        <source>Entri nomor {first} sampai {last} hilang (dihapus).</source>
        <translation>Entries number {first} to {last} are missing (deleted).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="267"/>
        <source>Entri nomor {found} muncul di tempat entri nomor {expected} (urutan diubah atau entri disisipkan).</source>
        <translation>Entry number {found} appears where entry number {expected} belongs (the order was changed or entries were inserted).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="272"/>
        <source>Entri nomor {number} tidak menyambung ke entri sebelumnya (entri disisipkan, dihapus atau urutannya diubah).</source>
        <translation>Entry number {number} does not link to the entry before it (entries were inserted, deleted or reordered).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="277"/>
        <source>Entri tidak sah.</source>
        <translation>Invalid entry.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="281"/>
        <source>Folder &apos;{name}&apos; bukan cadangan fieldkit (tidak ada manifest.json yang terbaca). Pilih folder bernama fieldkit-cadangan-… di flashdisk atau di folder cadangan.</source>
        <translation>The folder &apos;{name}&apos; is not a fieldkit backup (no readable manifest.json). Choose a folder named fieldkit-cadangan-… on the flash drive or in the backup folder.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="286"/>
        <source>Folder tujuan tidak ada. Pasang flashdisk lalu pilih lagi.</source>
        <translation>The destination folder does not exist. Plug in the flash drive and choose it again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="290"/>
        <source>Formulir tidak bisa disimpan sementara (isi tidak dikenal).</source>
        <translation>The form cannot be saved temporarily (unknown content).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="294"/>
        <source>Gambar rusak atau tidak lengkap sehingga tidak dapat dibuka. Salin ulang berkasnya dari ponsel atau kamera, atau foto ulang dokumennya.</source>
        <translation>The image is damaged or incomplete and cannot be opened. Copy the file again from the phone or camera, or photograph the document again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="299"/>
        <source>Hanya operator atau supervisor yang boleh membuka kunjungan.</source>
        <translation>Only an operator or a supervisor may open a visit.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="303"/>
        <source>Hanya operator atau supervisor yang boleh memutuskan.</source>
        <translation>Only an operator or a supervisor may decide.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="307"/>
        <source>Hanya operator atau supervisor yang boleh menandai permohonan Siap.</source>
        <translation>Only an operator or a supervisor may mark an application Ready.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="311"/>
        <source>Hanya operator atau supervisor yang boleh mencetak tanda terima.</source>
        <translation>Only an operator or a supervisor may print receipts.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="315"/>
        <source>Hanya operator atau supervisor yang boleh mengubah data.</source>
        <translation>Only an operator or a supervisor may change data.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="319"/>
        <source>Hanya operator atau supervisor yang boleh menutup kunjungan.</source>
        <translation>Only an operator or a supervisor may close a visit.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="323"/>
        <source>Hanya supervisor yang boleh membuka kunci akun.</source>
        <translation>Only a supervisor may unlock an account.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="327"/>
        <source>Hanya supervisor yang boleh memeriksa catatan audit.</source>
        <translation>Only a supervisor may check the audit log.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="331"/>
        <source>Hanya supervisor yang boleh menambah petugas.</source>
        <translation>Only a supervisor may add officers.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="335"/>
        <source>Hanya supervisor yang boleh mengatur ulang kata sandi.</source>
        <translation>Only a supervisor may reset passwords.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="339"/>
        <source>Hanya supervisor yang boleh mengelola akun petugas.</source>
        <translation>Only a supervisor may manage officer accounts.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="343"/>
        <source>Hanya supervisor yang boleh mengelola petugas.</source>
        <translation>Only a supervisor may manage officers.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="347"/>
        <source>Hanya supervisor yang boleh menghapus petugas.</source>
        <translation>Only a supervisor may remove officers.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="351"/>
        <source>Hanya supervisor yang boleh mengonfirmasi peringatan. Perbaiki isiannya, atau minta supervisor masuk (Ganti petugas) untuk mengonfirmasinya.</source>
        <translation>Only a supervisor may confirm warnings. Correct the entry, or ask a supervisor to sign in (Switch officer) to confirm it.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="356"/>
        <source>Hanya supervisor yang boleh mengubah isi tanda terima.</source>
        <translation>Only a supervisor may change what receipts contain.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="360"/>
        <source>Hanya supervisor yang boleh mengubah pengaturan kantor.</source>
        <translation>Only a supervisor may change the office settings.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="364"/>
        <source>Hanya supervisor yang boleh mengubah waktu kunci layar.</source>
        <translation>Only a supervisor may change the screen lock time.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="368"/>
        <source>Hanya supervisor yang dapat melihat laporan.</source>
        <translation>Only a supervisor can view reports.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="372"/>
        <source>Isi entri nomor {number} sudah diubah sesudah dicatat.</source>
        <translation>The content of entry number {number} was changed after it was recorded.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="376"/>
        <source>Isi produk atau jasa yang dijual, mis. &apos;nasi goreng&apos; atau &apos;jasa jahit&apos;.</source>
        <translation>Enter the product or service sold, e.g. &apos;nasi goreng&apos; or &apos;jasa jahit&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="380"/>
        <source>Isian berisi karakter kontrol yang tidak terlihat (biasanya dari salin-tempel). Hapus isian ini dan ketik ulang.</source>
        <translation>The entry contains invisible control characters (usually from copy and paste). Delete this entry and type it again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="385"/>
        <source>Isian formulir terlalu panjang untuk disimpan sementara.</source>
        <translation>The form entries are too long to save temporarily.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="389"/>
        <source>Isian terlalu panjang ({length} karakter; paling banyak {limit}). Periksa apakah teks tertempel dua kali atau salah kolom.</source>
        <translation>The entry is too long ({length} characters; at most {limit}). Check whether the text was pasted twice or into the wrong field.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="394"/>
        <source>Jenis berkas tidak didukung ({what}). Lampirkan foto JPEG atau PNG, atau dokumen PDF.</source>
        <translation>This file type is not supported ({what}). Attach a JPEG or PNG photo, or a PDF document.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="398"/>
        <source>Jenis berkas tidak didukung ({what}). Lampirkan foto JPEG atau PNG, atau dokumen PDF. Di iPhone, pilih Pengaturan › Kamera › Format › Paling Kompatibel agar foto tersimpan sebagai JPEG.</source>
        <translation>This file type is not supported ({what}). Attach a JPEG or PNG photo, or a PDF document. On an iPhone, choose Settings › Camera › Formats › Most Compatible so photos are saved as JPEG.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="404"/>
        <source>Jenis berkas tidak didukung. Lampirkan foto JPEG atau PNG, atau dokumen PDF.</source>
        <translation>This file type is not supported. Attach a JPEG or PNG photo, or a PDF document.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="408"/>
        <source>Jumlah pemohon latihan harus antara 1 dan 200.</source>
        <translation>The number of practice applicants must be between 1 and 200.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="412"/>
        <source>Jumlah tenaga kerja di luar batas wajar. Periksa kembali isiannya.</source>
        <translation>The number of workers is outside reasonable limits. Check the entry again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="416"/>
        <source>Jumlah tenaga kerja tidak boleh negatif. Isi 0 jika pemilik bekerja sendiri.</source>
        <translation>The number of workers cannot be negative. Enter 0 if the owner works alone.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="420"/>
        <source>KBLI {code} sudah dipilih di kegiatan ke-{position}. Satu KBLI hanya sekali per usaha: gabungkan produk/jasanya ke kegiatan itu, atau pilih KBLI lain.</source>
        <translation>KBLI {code} is already chosen in activity {position}. Each KBLI may appear only once per business: combine its products/services into that activity, or choose another KBLI.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="425"/>
        <source>KBLI {code} tidak ada dalam KBLI {version}. Pilih KBLI dari daftar.</source>
        <translation>KBLI {code} does not exist in KBLI {version}. Choose a KBLI from the list.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="429"/>
        <source>Kantor tidak ditemukan. Jalankan pengaturan awal lagi.</source>
        <translation>The office was not found. Run the first-time setup again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="433"/>
        <source>Karakter {characters} tidak dipakai dalam kode pelacakan. Kode hanya memakai angka 2–9 dan huruf A–Z tanpa O, I dan L (angka 0 dan 1 juga tidak dipakai). Periksa lagi kode pada tanda terima.</source>
        <translation>The character(s) {characters} are not used in tracking codes. Codes use only the digits 2–9 and the letters A–Z without O, I and L (the digits 0 and 1 are not used either). Check the code on the receipt again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="439"/>
        <source>Kata sandi atau kunci pemulihan salah. Periksa Caps Lock lalu coba lagi.</source>
        <translation>Wrong password or recovery key. Check Caps Lock and try again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="443"/>
        <source>Kata sandi harus berisi huruf dan angka.</source>
        <translation>The password must contain letters and digits.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="447"/>
        <source>Kata sandi minimal {count} karakter.</source>
        <translation>The password must have at least {count} characters.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="451"/>
        <source>Kata sandi salah. Periksa Caps Lock lalu coba lagi.</source>
        <translation>Wrong password. Check Caps Lock and try again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="455"/>
        <source>Kata sandi salah. Periksa Caps Lock lalu coba lagi. Sisa {count} kali percobaan sebelum akun dikunci.</source>
        <translation>Wrong password. Check Caps Lock and try again. {count} attempt(s) left before the account is locked.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="460"/>
        <source>Ketik kode pelacakan dari tanda terima (contoh: ABCDE-FGHJK).</source>
        <translation>Type the tracking code from the receipt (example: ABCDE-FGHJK).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="464"/>
        <source>Kode KBLI terdiri dari 5 digit angka (mis. 56101). Pilih KBLI dari daftar.</source>
        <translation>A KBLI code has 5 digits (e.g. 56101). Choose a KBLI from the list.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="468"/>
        <source>Kode desa/kelurahan harus 10 digit (mis. 32.01.01.2001). Pilih desa/kelurahan dari daftar wilayah.</source>
        <translation>The village code must have 10 digits (e.g. 32.01.01.2001). Choose the village from the list of regions.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="473"/>
        <source>Kode desa/kelurahan {code} tidak ada dalam daftar wilayah. Pilih desa/kelurahan dari daftar; jika desanya baru, perbarui data wilayah.</source>
        <translation>The village code {code} is not in the list of regions. Choose the village from the list; if the village is new, update the region data.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="478"/>
        <source>Kode dokumen tidak valid: {code}. Harus 64 karakter heksadesimal kecil.</source>
        <translation>Invalid document code: {code}. It must be 64 lowercase hexadecimal characters.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="482"/>
        <source>Kode kabupaten/kota di NIK ({code}) tidak ada dalam daftar wilayah saat ini. Bisa jadi NIK terbit sebelum pemekaran wilayah: cocokkan dengan KTP, lalu konfirmasi peringatan ini.</source>
        <translation>The regency/city code in the NIK ({code}) is not in today&apos;s list of regions. The NIK may have been issued before the region was split: compare it with the KTP, then confirm this warning.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="488"/>
        <source>Kode kecamatan di NIK ({code}) tidak ada dalam daftar wilayah saat ini. Bisa jadi NIK terbit sebelum pemekaran wilayah: cocokkan dengan KTP, lalu konfirmasi peringatan ini.</source>
        <translation>The district (kecamatan) code in the NIK ({code}) is not in today&apos;s list of regions. The NIK may have been issued before the region was split: compare it with the KTP, then confirm this warning.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="494"/>
        <source>Kode pelacakan terdiri dari {expected} karakter (contoh: ABCDE-FGHJK), yang diketik {count} karakter. Periksa lagi kode pada tanda terima.</source>
        <translation>A tracking code has {expected} characters (example: ABCDE-FGHJK); {count} were typed. Check the code on the receipt again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="499"/>
        <source>Kode pelacakan tidak cocok: ada salah ketik. Periksa lagi setiap karakter kode pada tanda terima.</source>
        <translation>The tracking code does not check out: there is a typo. Check every character of the code on the receipt again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="504"/>
        <source>Kode pendaftaran wajib diisi (lihat kertas/QR dari admin).</source>
        <translation>The enrolment code is required (see the paper/QR from the admin).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="508"/>
        <source>Kode pos harus 5 digit angka. Perbaiki atau kosongkan.</source>
        <translation>The postal code must have 5 digits. Correct it or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="512"/>
        <source>Konfirmasi peringatan ini: {warning}</source>
        <translation>Confirm this warning: {warning}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="516"/>
        <source>Kunci kantor dari server tidak sah. Ulangi pendaftaran.</source>
        <translation>The office key from the server is not valid. Enrol again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="520"/>
        <source>Kunci pemulihan tidak lengkap atau salah ketik: harus 40 huruf/angka dalam 8 kelompok. Periksa kertas kunci pemulihan lalu ketik lagi.</source>
        <translation>The recovery key is incomplete or mistyped: it must be 40 letters/digits in 8 groups. Check the recovery key paper and type it again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="525"/>
        <source>Kunjungan atau kantor permohonan ini tidak ditemukan.</source>
        <translation>The visit or office of this application was not found.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="529"/>
        <source>Kunjungan ini sudah ditutup.</source>
        <translation>This visit is already closed.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="533"/>
        <source>Kunjungan ini sudah ditutup. Buka kunjungan baru untuk pemohon baru.</source>
        <translation>This visit is already closed. Open a new visit for new applicants.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="537"/>
        <source>Kunjungan tidak ditemukan.</source>
        <translation>The visit was not found.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="541"/>
        <source>Kunjungan tidak ditemukan. Buka kunjungan hari ini dulu.</source>
        <translation>The visit was not found. Open today&apos;s visit first.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="545"/>
        <source>Lama penyimpanan dokumen harus 0 sampai {max} hari (0: dihapus segera setelah server menyimpannya).</source>
        <translation>Documents must be kept for 0 to {max} days (0: deleted as soon as the server has stored them).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="550"/>
        <source>Laporan kunjungan yang sudah lewat hanya dapat dilihat supervisor.</source>
        <translation>Reports of past visits can only be viewed by a supervisor.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="554"/>
        <source>Laporan penutupan hari hanya untuk petugas kunjungan ini. Minta supervisor untuk mencetak laporan kunjungan lain.</source>
        <translation>The close-of-day report is only for the officers of this visit. Ask a supervisor to print the report of another visit.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="559"/>
        <source>Laptop ini belum disiapkan. Jalankan pengaturan awal lagi.</source>
        <translation>This laptop has not been set up. Run the first-time setup again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="563"/>
        <source>Laptop ini belum punya kunci pemulihan. Masuk dengan kata sandi supervisor.</source>
        <translation>This laptop has no recovery key yet. Sign in with a supervisor&apos;s password.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="567"/>
        <source>Laptop ini sudah diatur. Masuk dengan akun petugas.</source>
        <translation>This laptop is already set up. Sign in with an officer account.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="571"/>
        <source>Laptop ini sudah tersambung ke {address}. Alamat lain perlu pendaftaran ulang di Sinkronisasi → Sambungkan ke server.</source>
        <translation>This laptop is already connected to {address}. Another address needs a new enrolment under Sync → Connect to server.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="576"/>
        <source>Lintang dan bujur tampaknya tertukar.</source>
        <translation>Latitude and longitude seem to be swapped.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="580"/>
        <source>Luas lahan harus lebih dari 0 m². Isi luasnya, atau kosongkan jika tidak tahu.</source>
        <translation>The land area must be more than 0 m². Enter the area, or leave it empty if unknown.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="584"/>
        <source>Menurut tanggal lahir, pemohon baru berusia {age} tahun. KTP biasanya terbit pada usia 17 tahun (atau setelah menikah): periksa tanggal lahir, lalu konfirmasi peringatan ini jika benar.</source>
        <translation>According to the birth date, the applicant is only {age} years old. A KTP is usually issued at 17 (or after marriage): check the birth date, then confirm this warning if it is right.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="590"/>
        <source>Menurut tanggal lahir, pemohon berusia lebih dari {age} tahun. Periksa tahunnya (mis. 1990, bukan 1890); jika benar, konfirmasi.</source>
        <translation>According to the birth date, the applicant is over {age} years old. Check the year (e.g. 1990, not 1890); if it is right, confirm.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="595"/>
        <source>Modal di atas Rp10 miliar berarti usaha besar, di luar layanan jemput bola. Periksa lagi angkanya (tanpa tanah dan bangunan); jika benar, arahkan pemohon ke kantor DPMPTSP.</source>
        <translation>Capital above Rp10 billion means a large business, outside the outreach service. Check the amount again (without land and buildings); if it is right, refer the applicant to the DPMPTSP office.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="601"/>
        <source>Modal di atas Rp5 miliar berarti usaha menengah, bukan UMK; program jemput bola untuk usaha mikro dan kecil. Periksa lagi angkanya (tanpa tanah dan bangunan); jika benar, konfirmasi peringatan ini.</source>
        <translation>Capital above Rp5 billion means a medium business, not a micro or small one (UMK); the outreach program is for micro and small businesses. Check the amount again (without land and buildings); if it is right, confirm this warning.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="607"/>
        <source>Modal usaha tidak boleh negatif. Isi modal dalam Rupiah, mis. 5000000.</source>
        <translation>The business capital cannot be negative. Enter the capital in Rupiah, e.g. 5000000.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="611"/>
        <source>Modal usaha wajib diisi (dalam Rupiah, tidak termasuk tanah dan bangunan).</source>
        <translation>The business capital is required (in Rupiah, excluding land and buildings).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="615"/>
        <source>NIB harus 13 digit angka. Periksa nomor dari OSS.</source>
        <translation>The NIB must have 13 digits. Check the number from OSS.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="619"/>
        <source>NIK hanya berisi angka, tetapi ada {characters}. Ketik ulang 16 digit NIK dari KTP.</source>
        <translation>A NIK contains only digits, but it has {characters}. Type the 16-digit NIK from the KTP again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="623"/>
        <source>NIK harus 16 digit, yang diisi {count} digit. Periksa lagi NIK pada KTP.</source>
        <translation>The NIK must have 16 digits; {count} were entered. Check the NIK on the KTP again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="627"/>
        <source>NIK menunjukkan jenis kelamin {nik_gender} ({how}), tetapi yang diisi {typed_gender}. Periksa NIK dan jenis kelamin pada KTP; jika keduanya sudah sesuai KTP, konfirmasi peringatan ini.</source>
        <translation>The NIK indicates the gender {nik_gender} ({how}), but {typed_gender} was entered. Check the NIK and the gender on the KTP; if both match the KTP, confirm this warning.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="633"/>
        <source>NIK wajib diisi. Ketik 16 digit NIK dari KTP.</source>
        <translation>The NIK is required. Type the 16-digit NIK from the KTP.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="637"/>
        <source>NPWP 16 digit orang pribadi sama dengan NIK, tetapi NPWP yang diisi berbeda dari NIK pemohon. Periksa keduanya; jika NPWP memang milik orang lain atau badan usaha, konfirmasi peringatan ini.</source>
        <translation>A 16-digit personal NPWP is the same as the NIK, but the NPWP entered differs from the applicant&apos;s NIK. Check both; if the NPWP really belongs to someone else or to a company, confirm this warning.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="643"/>
        <source>NPWP hanya berisi angka, tetapi ada {characters}. Ketik ulang nomor dari kartu NPWP, atau kosongkan jika pemohon tidak punya NPWP.</source>
        <translation>An NPWP contains only digits, but it has {characters}. Type the number from the NPWP card again, or leave it empty if the applicant has no NPWP.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="648"/>
        <source>NPWP harus 15 digit (format lama, mis. 01.234.567.8-901.000) atau 16 digit; yang diisi {count} digit. Periksa lagi kartu NPWP, atau kosongkan.</source>
        <translation>The NPWP must have 15 digits (old format, e.g. 01.234.567.8-901.000) or 16 digits; {count} were entered. Check the NPWP card again, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="653"/>
        <source>Nama kantor wajib diisi, misalnya &apos;DPMPTSP Kabupaten Bogor&apos;.</source>
        <translation>The office name is required, for example &apos;DPMPTSP Kabupaten Bogor&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="657"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="661"/>
        <source>Nama petugas wajib diisi.</source>
        <translation>The officer&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="665"/>
        <source>Nama usaha</source>
        <translation>Business name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="669"/>
        <source>Nilai investasi di luar batas wajar. Periksa kembali isiannya.</source>
        <translation>The investment amount is outside reasonable limits. Check the entry again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="673"/>
        <source>Nomor HP hanya berisi angka (boleh diawali +62), tetapi ada {characters}. Ketik ulang nomornya (contoh: 0812-3456-7890).</source>
        <translation>A mobile number contains only digits (it may start with +62), but it has {characters}. Type the number again (example: 0812-3456-7890).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="678"/>
        <source>Nomor HP harus nomor Indonesia (awalan 08 atau +628), bukan nomor luar negeri (+{country_code}). Minta nomor HP Indonesia pemohon.</source>
        <translation>The mobile number must be an Indonesian number (starting with 08 or +628), not a foreign number (+{country_code}). Ask for the applicant&apos;s Indonesian mobile number.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="683"/>
        <source>Nomor HP ini sudah dipakai oleh {count} permohonan lain dalam kunjungan ini. Pastikan ini nomor HP pemohon sendiri (bukan nomor petugas), atau konfirmasi jika memang benar.</source>
        <translation>This mobile number is already used by {count} other application(s) in this visit. Make sure it is the applicant&apos;s own number (not an officer&apos;s), or confirm if it really is right.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="689"/>
        <source>Nomor HP terlalu panjang: nomor HP Indonesia 10–13 digit termasuk 0 di depan. Periksa lagi (contoh: 0812-3456-7890).</source>
        <translation>The mobile number is too long: Indonesian mobile numbers have 10–13 digits including the leading 0. Check it again (example: 0812-3456-7890).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="694"/>
        <source>Nomor HP terlalu pendek: nomor HP Indonesia 10–13 digit termasuk 0 di depan. Periksa lagi (contoh: 0812-3456-7890).</source>
        <translation>The mobile number is too short: Indonesian mobile numbers have 10–13 digits including the leading 0. Check it again (example: 0812-3456-7890).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="699"/>
        <source>Nomor HP tidak bisa dibaca. Ketik dengan awalan 08 atau +628 (contoh: 0812-3456-7890).</source>
        <translation>The mobile number cannot be read. Type it starting with 08 or +628 (example: 0812-3456-7890).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="703"/>
        <source>Nomor HP wajib diisi untuk akun OSS (contoh: 0812-3456-7890).</source>
        <translation>A mobile number is required for the OSS account (example: 0812-3456-7890).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="707"/>
        <source>Nomor ini bukan nomor HP (nomor telepon rumah/kantor atau layanan khusus). OSS mengirim kode verifikasi lewat HP: minta nomor HP pemohon (contoh: 0812-3456-7890).</source>
        <translation>This is not a mobile number (it is a home/office landline or a special service). OSS sends verification codes by mobile: ask for the applicant&apos;s mobile number (example: 0812-3456-7890).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="713"/>
        <source>PDF ini dikunci dengan kata sandi atau enkripsi. Buka PDF-nya lalu simpan ulang tanpa kata sandi (misalnya Cetak › Simpan sebagai PDF), atau pindai ulang dokumennya.</source>
        <translation>This PDF is locked with a password or encryption. Open the PDF and save it again without a password (for example Print › Save as PDF), or scan the document again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="719"/>
        <source>PDF rusak atau tidak dapat dibaca. Simpan atau ekspor ulang PDF-nya, atau pindai ulang dokumennya.</source>
        <translation>The PDF is damaged or cannot be read. Save or export the PDF again, or scan the document again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="724"/>
        <source>PDF tidak berisi satu halaman pun. Simpan ulang PDF-nya atau pindai ulang dokumennya.</source>
        <translation>The PDF does not contain a single page. Save the PDF again or scan the document again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="728"/>
        <source>Paling banyak {limit} kegiatan usaha (KBLI) per permohonan.</source>
        <translation>At most {limit} business activities (KBLI) per application.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="732"/>
        <source>Pemulihan hanya bisa dilakukan supervisor. Pilih nama supervisor, atau pakai kunci pemulihan laptop.</source>
        <translation>Only a supervisor can restore. Choose a supervisor&apos;s name, or use the laptop&apos;s recovery key.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="737"/>
        <source>Peran Anda tidak boleh mengubah status ke &apos;{target}&apos;.</source>
        <translation>Your role may not change the status to &apos;{target}&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="741"/>
        <source>Peringatan yang dikonfirmasi sudah tidak berlaku. Muat ulang permohonan.</source>
        <translation>The confirmed warning no longer applies. Reload the application.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="745"/>
        <source>Permohonan berstatus &apos;{status}&apos; belum bisa diberi tanda terima: lengkapi datanya lalu tandai Siap dulu.</source>
        <translation>An application with status &apos;{status}&apos; cannot get a receipt yet: complete its data and mark it Ready first.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="750"/>
        <source>Permohonan berstatus &apos;{status}&apos; tidak bisa diubah di laptop.</source>
        <translation>An application with status &apos;{status}&apos; cannot be changed on the laptop.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="754"/>
        <source>Permohonan ini sudah ditandai Siap: hanya supervisor yang boleh mengubahnya. Minta supervisor masuk (Ganti petugas) untuk mengubahnya.</source>
        <translation>This application is already marked Ready: only a supervisor may change it. Ask a supervisor to sign in (Switch officer) to change it.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="759"/>
        <source>Permohonan tidak ditemukan.</source>
        <translation>The application was not found.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="763"/>
        <source>Petugas di laptop berperan operator atau supervisor.</source>
        <translation>Officers on the laptop have the role operator or supervisor.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="767"/>
        <source>Petugas yang dipilih bukan petugas kantor ini.</source>
        <translation>The chosen officer is not an officer of this office.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="771"/>
        <source>Pilih alasan perubahan status ini.</source>
        <translation>Choose the reason for this status change.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="775"/>
        <source>Pilih jenis kelamin pemohon, sesuai KTP.</source>
        <translation>Choose the applicant&apos;s gender, as on the KTP.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="779"/>
        <source>Pilih kode KBLI untuk kegiatan usaha ini.</source>
        <translation>Choose a KBLI code for this business activity.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="783"/>
        <source>Pilih status lahan tempat usaha: milik sendiri, sewa, atau pinjam pakai.</source>
        <translation>Choose the status of the business premises&apos; land: owned, rented, or on loan.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="787"/>
        <source>Produk/jasa berisi karakter tak terlihat ({characters}), biasanya terbawa saat menyalin teks. Hapus isian lalu ketik ulang.</source>
        <translation>The product/service contains invisible characters ({characters}), usually carried along when copying text. Delete the entry and type it again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="792"/>
        <source>Produk/jasa terlalu panjang ({length} karakter, paling banyak {limit}). Tulis singkat, mis. &apos;nasi goreng&apos;.</source>
        <translation>The product/service is too long ({length} characters, at most {limit}). Keep it short, e.g. &apos;nasi goreng&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="797"/>
        <source>Rencana investasi tidak boleh negatif. Isi dalam Rupiah, atau 0.</source>
        <translation>The planned investment cannot be negative. Enter it in Rupiah, or 0.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="801"/>
        <source>Rentang tanggal paling lama {days} hari. Persempit rentangnya.</source>
        <translation>The date range may be at most {days} days. Narrow the range.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="805"/>
        <source>Resolusi gambar terlalu besar ({width} × {height} piksel, {megapixels} megapiksel). Batasnya {limit} megapiksel; kecilkan gambarnya atau foto ulang dengan kamera ponsel biasa.</source>
        <translation>The image resolution is too high ({width} × {height} pixels, {megapixels} megapixels). The limit is {limit} megapixels; make the image smaller or take the photo again with an ordinary phone camera.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="811"/>
        <source>Server tidak bisa dihubungi. Periksa alamat server dan koneksi internet.</source>
        <translation>The server cannot be reached. Check the server address and the internet connection.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="815"/>
        <source>Setiap petugas harus diberi nama.</source>
        <translation>Every officer must have a name.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="819"/>
        <source>Status tidak bisa diubah dari &apos;{source}&apos; ke &apos;{target}&apos;.</source>
        <translation>The status cannot be changed from &apos;{source}&apos; to &apos;{target}&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="823"/>
        <source>Tambahkan minimal satu kegiatan usaha (KBLI dan produk/jasanya).</source>
        <translation>Add at least one business activity (KBLI and its product/service).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="827"/>
        <source>Tanda terima hanya bisa dicetak di laptop tempat permohonan ini didaftarkan (kode {code}, laptop ini {prefix}).</source>
        <translation>The receipt can only be printed on the laptop where this application was registered (code {code}, this laptop {prefix}).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="832"/>
        <source>Tanggal akhir harus sama dengan atau sesudah tanggal awal.</source>
        <translation>The end date must be the same as or after the start date.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="836"/>
        <source>Tanggal lahir di NIK berbeda dengan tanggal lahir yang diisi: {differences}. Periksa NIK dan tanggal lahir pada KTP; jika keduanya sudah sesuai KTP, konfirmasi peringatan ini.</source>
        <translation>The birth date in the NIK differs from the birth date entered: {differences}. Check the NIK and the birth date on the KTP; if both match the KTP, confirm this warning.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="842"/>
        <source>Tanggal lahir tidak boleh setelah hari ini. Periksa tahunnya, sesuai KTP.</source>
        <translation>The birth date cannot be after today. Check the year, as on the KTP.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="846"/>
        <source>Tanggal lahir wajib diisi, sesuai KTP.</source>
        <translation>The birth date is required, as on the KTP.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="850"/>
        <source>Target harus antara 1 dan 500 pemohon.</source>
        <translation>The target must be between 1 and 500 applicants.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="854"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="858"/>
        <source>Terlalu sering salah kata sandi. Tunggu {seconds} detik lalu coba lagi.</source>
        <translation>Too many wrong passwords. Wait {seconds} seconds and try again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="862"/>
        <source>Tidak ada bentrok untuk permohonan ini.</source>
        <translation>There is no conflict for this application.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="866"/>
        <source>Titik koordinat berada di luar Indonesia. {hint} Ambil ulang titik lokasi usaha, atau kosongkan.</source>
        <translation>The coordinate point is outside Indonesia. {hint} Take the business location point again, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="871"/>
        <source>Titik koordinat tidak terbaca. Ambil ulang titik lokasi, atau kosongkan.</source>
        <translation>The coordinate point cannot be read. Take the location point again, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="875"/>
        <source>Tulis nama persis seperti di KTP, tanpa gelar.</source>
        <translation>Write the name exactly as on the KTP, without titles.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="879"/>
        <source>Tulis tempat lahir seperti di KTP, mis. &apos;Tabanan&apos;.</source>
        <translation>Write the place of birth as on the KTP, e.g. &apos;Tabanan&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="883"/>
        <source>Untuk Indonesia, lintang antara -11 dan 6,5 dan bujur antara 94 dan 141,5.</source>
        <translation>For Indonesia, latitude is between -11 and 6.5 and longitude between 94 and 141.5.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="887"/>
        <source>Waktu kunci layar harus antara 1 dan {max} menit.</source>
        <translation>The screen lock time must be between 1 and {max} minutes.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="891"/>
        <source>ada karakter yang tidak boleh dipakai</source>
        <translation>it contains characters that are not allowed</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="895"/>
        <source>ada spasi di dalamnya</source>
        <translation>it contains a space</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="899"/>
        <source>ada titik di tempat yang salah (dua titik berurutan, atau titik di awal/akhir)</source>
        <translation>a dot is in the wrong place (two dots in a row, or a dot at the start/end)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="903"/>
        <source>arsip ZIP atau dokumen Word/Excel</source>
        <translation>a ZIP archive or a Word/Excel document</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="907"/>
        <source>bagian setelah @ harus seperti gmail.com</source>
        <translation>the part after the @ must look like gmail.com</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="911"/>
        <source>basis datanya tidak utuh</source>
        <translation>its database is not intact</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="915"/>
        <source>berkas program</source>
        <translation>a program file</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="919"/>
        <source>berkas program Windows .exe</source>
        <translation>a Windows .exe program file</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="923"/>
        <source>berkas {file} berubah</source>
        <translation>file {file} has changed</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="927"/>
        <source>berkas {file} hilang</source>
        <translation>file {file} is missing</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="931"/>
        <source>bulan (NIK {nik}, diisi {typed})</source>
        <translation>month (NIK {nik}, entered {typed})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="935"/>
        <source>daftar isinya (manifest) tidak terbaca</source>
        <translation>its list of contents (manifest) cannot be read</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="939"/>
        <source>dokumen Word/Excel lama</source>
        <translation>an old Word/Excel document</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="943"/>
        <source>foto HEIC dari iPhone</source>
        <translation>a HEIC photo from an iPhone</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="947"/>
        <source>foto HEIF</source>
        <translation>a HEIF photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="951"/>
        <source>gambar BMP</source>
        <translation>a BMP image</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="955"/>
        <source>gambar GIF</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="959"/>
        <source>gambar TIFF</source>
        <translation>a TIFF image</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="963"/>
        <source>gambar WebP</source>
        <translation>a WebP image</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="967"/>
        <source>huruf, angka, spasi dan tanda . &apos; - &amp; , / ( )</source>
        <translation>letters, digits, spaces and the signs . &apos; - &amp; , / ( )</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="971"/>
        <source>huruf, angka, spasi dan tanda . &apos; - , / ( )</source>
        <translation>letters, digits, spaces and the signs . &apos; - , / ( )</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="975"/>
        <source>huruf, spasi, titik, tanda kutip (&apos;) dan tanda hubung (-)</source>
        <translation>letters, spaces, dots, apostrophes (&apos;) and hyphens (-)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="979"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="983"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="987"/>
        <source>sebelum @ hanya boleh huruf latin tanpa aksen, tetapi ada {characters}</source>
        <translation>before the @ only Latin letters without accents are allowed, but it has {characters}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="991"/>
        <source>tahun (NIK ..{nik}, diisi {typed})</source>
        <translation>year (NIK ..{nik}, entered {typed})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="995"/>
        <source>tanda @ lebih dari satu</source>
        <translation>there is more than one @ sign</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="999"/>
        <source>tanggal (NIK {nik}, diisi {typed})</source>
        <translation>day (NIK {nik}, entered {typed})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="1003"/>
        <source>tanggal di NIK 01–31; untuk perempuan ditambah 40</source>
        <translation>the day in the NIK is 01–31; for women 40 is added</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="1007"/>
        <source>tanggal di NIK ditambah 40</source>
        <translation>the day in the NIK has 40 added</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="1011"/>
        <source>tidak ada nama sebelum @</source>
        <translation>there is no name before the @</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="1015"/>
        <source>tidak ada tanda @</source>
        <translation>there is no @ sign</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="1019"/>
        <source>{document} belum dilampirkan. Tambahkan dokumennya.</source>
        <translation>{document} is not attached yet. Add the document.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="1023"/>
        <source>{document} harus berupa gambar (JPEG atau PNG), tetapi isi berkas ini PDF. Pilih foto yang benar.</source>
        <translation>{document} must be an image (JPEG or PNG), but this file contains a PDF. Choose the right photo.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="1028"/>
        <source>{label} berisi karakter tak terlihat ({characters}), biasanya terbawa saat menyalin teks. Hapus isian lalu ketik ulang.</source>
        <translation>{label} contains invisible characters ({characters}), usually carried along when copying text. Delete the entry and type it again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="1033"/>
        <source>{label} harus berisi huruf. {how_to_fix}</source>
        <translation>{label} must contain letters. {how_to_fix}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="1037"/>
        <source>{label} terlalu panjang ({length} karakter, paling banyak {limit}). Singkat sesuai dokumen resminya.</source>
        <translation>{label} is too long ({length} characters, at most {limit}). Shorten it as in the official document.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="1042"/>
        <source>{label} tidak boleh berisi {characters}; hanya {allowed}. {how_to_fix}</source>
        <translation>{label} may not contain {characters}; only {allowed}. {how_to_fix}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="1046"/>
        <source>{label} wajib diisi. {how_to_fix}</source>
        <translation>{label} is required. {how_to_fix}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/message_catalogue.py" line="1050"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
</context>
<context>
    <name>NewLaptopDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="339"/>
        <source>fieldkit: Laptop baru</source>
        <translation>fieldkit: New laptop</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="345"/>
        <source>Laptop ini belum berisi data fieldkit. Atur sebagai laptop baru (kantor dan petugas), atau pulihkan data dari cadangan bila laptop ini pengganti laptop yang rusak atau hilang.</source>
        <translation>This laptop holds no fieldkit data yet. Set it up as a new laptop (office and officers), or restore the data from a backup if this laptop replaces one that broke or was lost.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="351"/>
        <source>&amp;Atur sebagai laptop baru</source>
        <translation>&amp;Set up as a new laptop</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="355"/>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/office_settings.py" line="50"/>
        <source>Pengaturan kantor</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/office_settings.py" line="57"/>
        <source>Dokumen wajib sebelum pemohon ditandai siap</source>
        <translation>Documents required before an applicant is marked ready</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/office_settings.py" line="61"/>
        <source>OSS tidak mewajibkan unggahan dokumen untuk NIB usaha mikro dan kecil. Centang hanya dokumen yang diwajibkan kantor Anda. Berlaku untuk pemohon yang ditandai siap sesudah ini, dan tercatat di laporan kunjungan.</source>
        <translation>OSS requires no document upload for a micro or small business NIB. Tick only the documents your office requires. Applies to applicants marked ready from now on, and is recorded in the visit report.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/office_settings.py" line="82"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/office_settings.py" line="88"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/office_settings.py" line="89"/>
        <source>hapus segera</source>
        <translation>remove at once</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/office_settings.py" line="96"/>
        <source>Berkas dokumen dihapus dari laptop sekian hari setelah server menyimpannya; datanya tetap tercatat. Dokumen yang belum diterima server tidak pernah dihapus.</source>
        <translation>Document files are removed from the laptop this many days after the server has stored them; their records stay. A document the server has not received is never removed.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/office_settings.py" line="104"/>
        <source>&amp;Batas ukuran berkas:</source>
        <translation>File &amp;size limit:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/office_settings.py" line="109"/>
        <source>Server kantor menerima paling besar %1 MB per berkas kecuali admin server menaikkan batasnya: batas di atas itu perlu dinaikkan di server juga.</source>
        <translation>The office server accepts at most %1 MB per file unless its admin raises that limit: a higher limit here needs a higher one on the server too.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/office_settings.py" line="116"/>
        <source>&amp;Simpan dokumen di laptop:</source>
        <translation>&amp;Keep documents on the laptop:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/office_settings.py" line="125"/>
        <source>Simpa&amp;n</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/office_settings.py" line="126"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OfficersDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="43"/>
        <source>Kelola petugas</source>
        <translation>Manage officers</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="56"/>
        <source>Atur &amp;ulang kata sandi</source>
        <translation>&amp;Reset password</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="59"/>
        <source>&amp;Buka kunci akun</source>
        <translation>&amp;Unlock account</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="62"/>
        <source>&amp;Hapus petugas</source>
        <translation>Re&amp;move officer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="70"/>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="143"/>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="71"/>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="141"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="75"/>
        <source>&amp;Tambah petugas</source>
        <translation>&amp;Add officer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="82"/>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="84"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="93"/>
        <source>Kata sandi baru:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="99"/>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="100"/>
        <source>Peran:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="101"/>
        <source>Kata sandi:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="104"/>
        <source>Kunci layar jika tidak dipakai selama</source>
        <translation>Lock the screen when unused for</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="111"/>
        <source>Petugas baru</source>
        <translation>New officer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="131"/>
        <source>belum punya kunci: atur ulang kata sandinya</source>
        <translation>no key yet: reset their password</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="133"/>
        <source>akun dikunci</source>
        <translation>account locked</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="136"/>
        <source>%1 kali salah kata sandi</source>
        <translation>%1 wrong passwords</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="139"/>
        <source>dihapus</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="187"/>
        <source>Kata sandi %1 diganti. Beri tahu petugasnya secara langsung.</source>
        <translation>%1&apos;s password was changed. Tell the officer in person.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="202"/>
        <source>Kunci akun %1 dibuka.</source>
        <translation>%1&apos;s account was unlocked.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="212"/>
        <source>Hapus petugas</source>
        <translation>Remove officer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="214"/>
        <source>Hapus %1? Akunnya tidak bisa masuk lagi dan kuncinya di laptop ini dihapus. Data yang sudah dicatatnya tetap ada.</source>
        <translation>Remove %1? The account can no longer sign in and its key on this laptop is deleted. The data they recorded stays.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="228"/>
        <source>Petugas dihapus dari laptop ini.</source>
        <translation>The officer was removed from this laptop.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="242"/>
        <source>%1 ditambahkan.</source>
        <translation>%1 was added.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/officers.py" line="251"/>
        <source>Waktu kunci layar disimpan.</source>
        <translation>The screen lock time was saved.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../fieldkit/ui/previews.py" line="45"/>
        <source>Gambar tidak bisa dibuka. Lampirkan ulang dokumennya.</source>
        <translation>The image cannot be opened. Attach the document again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/previews.py" line="74"/>
        <source>PDF tidak bisa ditampilkan. Lampirkan ulang dokumennya.</source>
        <translation>The PDF cannot be displayed. Attach the document again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/previews.py" line="128"/>
        <source>PDF tidak bisa ditampilkan. Buat ulang tanda terimanya.</source>
        <translation>The PDF cannot be displayed. Create the receipt again.</translation>
    </message>
</context>
<context>
    <name>PrintReceiptDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="79"/>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="135"/>
        <source>Cetak tanda terima</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="87"/>
        <source>Simpan tanda terima sebagai PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="89"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="156"/>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="163"/>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="168"/>
        <source>Kertas thermal &amp;58 mm</source>
        <translation>Thermal paper &amp;58 mm</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="169"/>
        <source>Kertas thermal &amp;80 mm</source>
        <translation>Thermal paper &amp;80 mm</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="170"/>
        <source>A&amp;6 pada kertas A4</source>
        <translation>A&amp;6 on A4 paper</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="179"/>
        <source>Tanda terima dicetak di pojok kiri atas; gunting pada garis putus-putus.</source>
        <translation>The receipt is printed in the top left corner; cut along the dashed line.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="206"/>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="309"/>
        <source>Menyiapkan pratinjau…</source>
        <translation>Preparing preview…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="221"/>
        <source>Pratinjau tanda terima</source>
        <translation>Receipt preview</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="228"/>
        <source>&amp;Cetak… (Ctrl+P)</source>
        <translation>&amp;Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="231"/>
        <source>Simpan &amp;PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="234"/>
        <source>&amp;Tutup (Esc)</source>
        <translation>&amp;Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="287"/>
        <source>Tunggu sebentar, tanda terima sedang dicetak…</source>
        <translation>Please wait, the receipt is being printed…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="301"/>
        <source>Masuk sebagai petugas dulu untuk mencetak tanda terima.</source>
        <translation>Sign in as an officer first to print the receipt.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="334"/>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="405"/>
        <source>Tanda terima %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="339"/>
        <source>Tanda terima ini sudah pernah dicetak. Cetakan baru diberi tanda SALINAN; tanda terima asli tetap berlaku.</source>
        <translation>This receipt has been printed before. New prints are marked SALINAN (copy); the original receipt remains valid.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="346"/>
        <source>Cetakan pertama. Setelah dicetak atau disimpan sebagai PDF, status permohonan menjadi &apos;%1&apos; dan datanya tidak bisa diubah lagi di laptop.</source>
        <translation>First print. Once it is printed or saved as PDF, the application status becomes &apos;%1&apos; and its data can no longer be changed on the laptop.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="362"/>
        <source>Pratinjau tidak tersedia.</source>
        <translation>Preview not available.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="372"/>
        <source>File tidak bisa disimpan di sana. Pilih folder lain (misalnya Dokumen) lalu coba lagi.</source>
        <translation>The file cannot be saved there. Choose another folder (for example Documents) and try again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="376"/>
        <source>Tanda terima tidak bisa dibuat karena kesalahan aplikasi. Tutup jendela ini lalu coba lagi; jika tetap gagal, hubungi admin TI kantor.</source>
        <translation>The receipt could not be created because of an application error. Close this window and try again; if it still fails, contact the office IT administrator.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="447"/>
        <source>Mencetak tanda terima…</source>
        <translation>Printing receipt…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="465"/>
        <source>Printer tidak bisa dipakai. Periksa kabel, kertas dan daya printer, lalu tekan Cetak lagi (cetakan berikutnya bertanda SALINAN).</source>
        <translation>The printer cannot be used. Check the printer&apos;s cable, paper and power, then press Print again (the next print will be marked SALINAN).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="472"/>
        <source>Tanda terima dikirim ke printer. Serahkan kepada pemohon.</source>
        <translation>Receipt sent to the printer. Hand it to the applicant.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="553"/>
        <source>Menyimpan PDF…</source>
        <translation>Saving PDF…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="563"/>
        <source>Tanda terima disimpan di %1. Cetak file itu lalu serahkan kepada pemohon.</source>
        <translation>Receipt saved to %1. Print that file, then hand it to the applicant.</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="115"/>
        <source>Langkah 3 dari 3: Printer tanda terima</source>
        <translation>Step 3 of 3: Receipt printer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="118"/>
        <source>Pilih kertas dan printer yang biasa dibawa ke lapangan. Keduanya bisa diganti setiap kali mencetak.</source>
        <translation>Choose the paper and printer usually taken to the field. Both can be changed each time you print.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="123"/>
        <source>Kertas thermal &amp;58 mm (printer kecil)</source>
        <translation>&amp;58 mm thermal paper (small printer)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="124"/>
        <source>Kertas thermal &amp;80 mm</source>
        <translation>&amp;80 mm thermal paper</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="125"/>
        <source>A&amp;6 di kertas A4 (printer kantor)</source>
        <translation>A&amp;6 on A4 paper (office printer)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="140"/>
        <source>Printer bawaan Windows/sistem</source>
        <translation>Windows/system default printer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="147"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="151"/>
        <source>Ukuran tanda terima:</source>
        <translation>Receipt size:</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <location filename="../../fieldkit/ui/widgets/privacy_notice.py" line="36"/>
        <source>Pemberitahuan perlindungan data pribadi</source>
        <translation>Personal data protection notice</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/privacy_notice.py" line="43"/>
        <source>Bacakan pemberitahuan ini kepada pemohon sebelum mengisi data (UU 27/2022 tentang Pelindungan Data Pribadi, Pasal 21).</source>
        <translation>Read this notice to the applicant before entering any data (UU 27/2022 on Personal Data Protection, Article 21).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/privacy_notice.py" line="59"/>
        <source>Sudah &amp;dibacakan kepada pemohon (Enter)</source>
        <translation>Rea&amp;d out to the applicant (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/privacy_notice.py" line="71"/>
        <source>petugas DPMPTSP yang melayani Anda hari ini</source>
        <translation>the DPMPTSP officer serving you today</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/privacy_notice.py" line="77"/>
        <source>telepon %1</source>
        <translation>phone %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/privacy_notice.py" line="81"/>
        <source>Data yang kami catat</source>
        <translation>Data we record</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/privacy_notice.py" line="83"/>
        <source>Identitas (NIK, nama, tempat dan tanggal lahir, jenis kelamin, alamat), kontak (nomor HP, email), data usaha (nama, alamat, lahan, modal, kegiatan usaha), dan dokumen yang Anda serahkan (misalnya foto KTP).</source>
        <translation>Identity (NIK, name, place and date of birth, gender, address), contact details (mobile number, email), business data (name, address, land, capital, business activities), and the documents you hand over (for example a photo of your KTP).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/privacy_notice.py" line="89"/>
        <source>Untuk apa</source>
        <translation>What it is for</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/privacy_notice.py" line="91"/>
        <source>Hanya untuk mendaftarkan Nomor Induk Berusaha (NIB) Anda di OSS RBA atas nama Anda, dan untuk menghubungi Anda tentang pendaftaran itu.</source>
        <translation>Only to register your Business Identification Number (NIB) in OSS RBA in your name, and to contact you about that registration.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/privacy_notice.py" line="96"/>
        <source>Berapa lama disimpan</source>
        <translation>How long it is kept</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/privacy_notice.py" line="98"/>
        <source>Di laptop ini hanya sampai data terkirim ke kantor DPMPTSP, lalu dihapus dari laptop sesuai kebijakan kantor. Di kantor, data disimpan selama diwajibkan oleh aturan perizinan berusaha.</source>
        <translation>On this laptop only until the data has been sent to the DPMPTSP office; it is then deleted from the laptop in line with office policy. At the office, the data is kept for as long as business licensing regulations require.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/privacy_notice.py" line="104"/>
        <source>Hak Anda dan siapa yang bisa ditanya</source>
        <translation>Your rights and whom to ask</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/privacy_notice.py" line="106"/>
        <source>Anda boleh bertanya, melihat, memperbaiki, atau meminta penghapusan data Anda. Hubungi: %1.</source>
        <translation>You may ask about, view, correct or request deletion of your data. Contact: %1.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/recovery_key.py" line="31"/>
        <source>Kunci pemulihan laptop</source>
        <translation>Laptop recovery key</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/recovery_key.py" line="38"/>
        <source>Semua data di laptop ini terenkripsi. Jika semua kata sandi terlupa, hanya kunci pemulihan ini yang bisa membukanya. Kunci ini hanya ditampilkan sekali: cetak atau simpan sebagai PDF, lalu simpan kertasnya di kantor, terpisah dari laptop.</source>
        <translation>All data on this laptop is encrypted. If every password is forgotten, only this recovery key can open it. It is shown only once: print it or save it as a PDF, then keep the sheet at the office, apart from the laptop.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/recovery_key.py" line="54"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/recovery_key.py" line="57"/>
        <source>Simpan sebagai &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/recovery_key.py" line="60"/>
        <source>Saya sudah mencetak atau mencatat kunci pemulihan ini.</source>
        <translation>I have printed or written down this recovery key.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/recovery_key.py" line="63"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/recovery_key.py" line="99"/>
        <source>Kunci pemulihan fieldkit</source>
        <translation>fieldkit recovery key</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/recovery_key.py" line="101"/>
        <source>Simpan kertas ini di tempat terkunci di kantor, terpisah dari laptop. Dengan kunci ini supervisor bisa membuka data laptop dan membuat kata sandi baru.</source>
        <translation>Keep this sheet locked away at the office, apart from the laptop. With this key a supervisor can open the laptop&apos;s data and set a new password.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/recovery_key.py" line="122"/>
        <source>Kunci pemulihan dikirim ke pencetak.</source>
        <translation>The recovery key was sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/recovery_key.py" line="126"/>
        <source>Simpan kunci pemulihan</source>
        <translation>Save recovery key</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/recovery_key.py" line="134"/>
        <source>PDF tidak bisa disimpan di sana. Pilih folder lain, misalnya flashdisk.</source>
        <translation>The PDF cannot be saved there. Choose another folder, for example a USB stick.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/recovery_key.py" line="138"/>
        <source>Tersimpan. Pindahkan PDF ini dari laptop ke tempat yang aman.</source>
        <translation>Saved. Move this PDF off the laptop to a safe place.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="116"/>
        <source>Laporan kunjungan</source>
        <translation>Visit reports</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="124"/>
        <source>Hanya supervisor yang dapat melihat laporan.</source>
        <translation>Only supervisors can view reports.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="139"/>
        <source>Per kunjungan</source>
        <translation>By visit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="141"/>
        <source>Rentang tanggal</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="162"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="168"/>
        <source>&amp;Pratinjau</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="170"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="172"/>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="174"/>
        <source>Ekspor XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="176"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="285"/>
        <source>Belum ada kunjungan. Pilih rentang tanggal, atau buka kunjungan.</source>
        <translation>No visits yet. Choose a date range, or open a visit.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="305"/>
        <source>Menyusun laporan…</source>
        <translation>Compiling report…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="322"/>
        <source>%1 pemohon · %2 halaman</source>
        <translation>%1 applicant(s) · %2 page(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="339"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="340"/>
        <source>CSV untuk Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="341"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="344"/>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="386"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="393"/>
        <source>Laporan disimpan: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="400"/>
        <source>Tampilkan pratinjau dulu, lalu cetak.</source>
        <translation>Show the preview first, then print.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="425"/>
        <source>Menyiapkan cetakan…</source>
        <translation>Preparing printout…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="431"/>
        <source>Printer tidak dapat dipakai. Periksa printer lalu coba lagi.</source>
        <translation>The printer cannot be used. Check the printer, then try again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="446"/>
        <source>Laporan dikirim ke printer.</source>
        <translation>Report sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="485"/>
        <source>Berkas tidak dapat disimpan (%1). Pilih folder lain.</source>
        <translation>The file could not be saved (%1). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="490"/>
        <source>Laporan gagal dibuat. Coba lagi; bila terulang, hubungi admin.</source>
        <translation>The report could not be created. Try again; if it happens again, contact the administrator.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="47"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="56"/>
        <source>Pilih folder cadangan (bernama fieldkit-cadangan-…, di flashdisk atau di folder cadangan laptop). Pemulihan perlu kata sandi supervisor atau kunci pemulihan laptop.</source>
        <translation>Choose the backup folder (named fieldkit-cadangan-…, on a USB stick or in the laptop&apos;s backup folder). Restoring needs a supervisor&apos;s password or the laptop&apos;s recovery key.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="65"/>
        <source>&amp;Pilih folder…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="85"/>
        <source>&amp;Kata sandi supervisor:</source>
        <translation>Supervisor&apos;s &amp;password:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="87"/>
        <source>Kunci pe&amp;mulihan:</source>
        <translation>Reco&amp;very key:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="89"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="91"/>
        <source>&amp;Lanjut…</source>
        <translation>&amp;Next…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="98"/>
        <source>&amp;Folder cadangan:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="102"/>
        <source>&amp;Disetujui oleh:</source>
        <translation>&amp;Authorised by:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="118"/>
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="120"/>
        <source>&amp;Ya, ganti data laptop</source>
        <translation>&amp;Yes, replace the laptop&apos;s data</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="143"/>
        <source>Jangan matikan laptop atau cabut flashdisk sampai selesai.</source>
        <translation>Do not turn off the laptop or remove the USB stick until this is done.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="174"/>
        <source>Cadangan tanggal %1, %2 berkas dokumen, dibuat oleh fieldkit %3.</source>
        <translation>Backup of %1, %2 document files, made by fieldkit %3.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="182"/>
        <source>Kunci pemulihan laptop</source>
        <translation>The laptop&apos;s recovery key</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="187"/>
        <source>Pilih folder cadangan</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="213"/>
        <source>Pilih dulu folder cadangan dengan tombol Pilih folder…</source>
        <translation>First choose the backup folder with Choose folder…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="222"/>
        <source>Cadangan ini tidak punya supervisor atau kunci pemulihan yang bisa menyetujui. Pakai cadangan lain.</source>
        <translation>This backup has no supervisor or recovery key that could authorise it. Use another backup.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="229"/>
        <source>Ketik kunci pemulihan laptop (8 kelompok 5 huruf).</source>
        <translation>Type the laptop&apos;s recovery key (8 groups of 5 letters).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="232"/>
        <source>Ketik kata sandi supervisor yang dipilih.</source>
        <translation>Type the chosen supervisor&apos;s password.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="236"/>
        <source>Semua data di laptop ini (pemohon, kunjungan, dokumen, akun petugas dan kata sandinya) akan diganti dengan isi cadangan tanggal %1. Pekerjaan setelah tanggal itu yang belum terkirim ke server tidak ada di cadangan.</source>
        <translation>All data on this laptop (applicants, visits, documents, officer accounts and their passwords) will be replaced by the content of the backup of %1. Work after that date that was not sent to the server is not in the backup.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="241"/>
        <source>Data sekarang tidak dihapus: dipindahkan ke folder sebelum-pemulihan-… di folder data laptop (%1).</source>
        <translation>The current data is not deleted: it is moved to the sebelum-pemulihan-… folder in the laptop&apos;s data folder (%1).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="282"/>
        <source>Memeriksa kata sandi atau kunci…</source>
        <translation>Checking the password or key…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="284"/>
        <source>Memeriksa setiap berkas cadangan lalu menyalinnya…</source>
        <translation>Checking every file of the backup, then copying it…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="304"/>
        <source>Pemulihan berhenti karena kesalahan tak terduga. Jika data laptop sudah dipindahkan, data itu ada di folder sebelum-pemulihan-… di folder data laptop. Hubungi petugas TI kantor.</source>
        <translation>The restore stopped because of an unexpected error. If the laptop&apos;s data was already moved, it is in the sebelum-pemulihan-… folder in the laptop&apos;s data folder. Contact the office&apos;s IT staff.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/restore.py" line="320"/>
        <source>Data laptop dipulihkan dari cadangan. Data sebelumnya disimpan di %1. Silakan masuk.</source>
        <translation>The laptop&apos;s data was restored from the backup. The previous data is kept in %1. Please sign in.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="39"/>
        <source>Langkah 2 dari 3: Server kantor</source>
        <translation>Step 2 of 3: Office server</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="42"/>
        <source>fieldkit bekerja tanpa internet. Data dikirim ke server kantor bila ada sambungan. Alamat bisa diisi atau diubah nanti di Sinkronisasi → Sambungkan ke server.</source>
        <translation>fieldkit works without internet. Data is sent to the office server when there is a connection. The address can be filled in or changed later in Sync → Connect to server.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="47"/>
        <source>&amp;Offline saja untuk sekarang</source>
        <translation>&amp;Offline only for now</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="49"/>
        <source>Pakai se&amp;rver kantor:</source>
        <translation>Use the office se&amp;rver:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="61"/>
        <source>Kode pendaftaran sekali pakai dari admin server diminta nanti, saat laptop pertama kali disambungkan.</source>
        <translation>The one-time enrolment code from the server admin is asked for later, when the laptop is first connected.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/first_run.py" line="92"/>
        <source>Isi alamat server, atau pilih Offline saja untuk sekarang.</source>
        <translation>Fill in the server address, or choose Offline only for now.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="67"/>
        <source>Pengaturan awal laptop</source>
        <translation>Laptop first-time setup</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="75"/>
        <source>Isi data kantor dan akun petugas yang memakai laptop ini. Langkah ini hanya sekali. Setiap kata sandi minimal 8 karakter, berisi huruf dan angka.</source>
        <translation>Enter the office details and the accounts of the officers who use this laptop. This step is needed only once. Each password must be at least 8 characters long and contain letters and digits.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="80"/>
        <source>Langkah 1 dari 3: Kantor dan petugas</source>
        <translation>Step 1 of 3: Office and officers</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="89"/>
        <source>mis. DPMPTSP Kabupaten Bogor</source>
        <translation>e.g. DPMPTSP Kabupaten Bogor</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="94"/>
        <source>mis. (0251) 8xxxxxx</source>
        <translation>e.g. (0251) 8xxxxxx</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="98"/>
        <source>WIB: Waktu Indonesia Barat (Sumatra, Jawa, Kalbar, Kalteng)</source>
        <translation>WIB: Western Indonesia Time (Sumatra, Java, West and Central Kalimantan)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="100"/>
        <source>WITA: Waktu Indonesia Tengah (Bali, Nusa Tenggara, Kalsel, Kaltim, Sulawesi)</source>
        <translation>WITA: Central Indonesia Time (Bali, Nusa Tenggara, South and East Kalimantan, Sulawesi)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="102"/>
        <source>WIT: Waktu Indonesia Timur (Maluku, Papua)</source>
        <translation>WIT: Eastern Indonesia Time (Maluku, Papua)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="107"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="110"/>
        <source>&amp;Nama kantor:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="111"/>
        <source>&amp;Alamat:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="112"/>
        <source>&amp;Telepon:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="113"/>
        <source>&amp;Zona waktu:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="118"/>
        <source>mis. Kepala Bidang Pelayanan</source>
        <translation>e.g. Head of Services</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="125"/>
        <source>Supervisor pertama</source>
        <translation>First supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="128"/>
        <source>Nama &amp;supervisor:</source>
        <translation>&amp;Supervisor name:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="129"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="130"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="134"/>
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="138"/>
        <source>Boleh dikosongkan: supervisor dapat menambah operator nanti. Baris yang kosong seluruhnya diabaikan.</source>
        <translation>May be left empty: the supervisor can add operators later. Rows left completely empty are ignored.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="149"/>
        <source>Nama operator</source>
        <translation>Operator name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="150"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="151"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="155"/>
        <source>&amp;Tambah operator</source>
        <translation>Add &amp;operator</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="167"/>
        <location filename="../../fieldkit/ui/views/setup.py" line="486"/>
        <source>Simpan dan &amp;mulai</source>
        <translation>Save and &amp;get started</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="248"/>
        <source>Nama operator %1</source>
        <translation>Operator %1 name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="250"/>
        <source>Kata sandi operator %1</source>
        <translation>Operator %1 password</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="253"/>
        <source>Ulangi kata sandi operator %1</source>
        <translation>Repeat operator %1 password</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="256"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="258"/>
        <source>Hapus baris operator ini</source>
        <translation>Remove this operator row</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="329"/>
        <source>Ketik kata sandi yang sama sekali lagi di kolom Ulangi.</source>
        <translation>Type the same password again in the Repeat field.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="331"/>
        <source>Kedua kata sandi belum sama. Ketik ulang dengan teliti.</source>
        <translation>The two passwords do not match. Retype them carefully.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="332"/>
        <source>Kata sandi sudah cukup kuat dan sama.</source>
        <translation>The password is strong enough and matches.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="358"/>
        <source>Isi nama supervisor.</source>
        <translation>Enter the supervisor&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="362"/>
        <source>Kata sandi supervisor dan ulangannya belum sama. Ketik ulang keduanya.</source>
        <translation>The supervisor password and its repetition do not match. Retype both.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="372"/>
        <source>Isi nama operator pada baris %1, atau hapus baris itu.</source>
        <translation>Enter the operator name in row %1, or remove that row.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="381"/>
        <source>Kata sandi operator pada baris %1 dan ulangannya belum sama. Ketik ulang keduanya.</source>
        <translation>The operator password in row %1 and its repetition do not match. Retype both.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="460"/>
        <source>Pengaturan gagal karena kesalahan tak terduga. Coba simpan lagi.</source>
        <translation>Setup failed because of an unexpected error. Try saving again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="486"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="41"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="61"/>
        <source>Ketik atau pilih nama Anda</source>
        <translation>Type or choose your name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="75"/>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="248"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="82"/>
        <source>&amp;Petugas:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="84"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="140"/>
        <source>Daftar petugas tidak bisa dibaca. Tutup lalu buka lagi aplikasi.</source>
        <translation>The officer list cannot be read. Close and reopen the application.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="156"/>
        <source>Belum ada petugas aktif di laptop ini. Minta supervisor menambah akun.</source>
        <translation>There are no active officers on this laptop yet. Ask a supervisor to add an account.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="196"/>
        <source>Pilih nama Anda dari daftar petugas.</source>
        <translation>Choose your name from the officer list.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="201"/>
        <source>Ketik kata sandi Anda, lalu tekan Enter.</source>
        <translation>Type your password, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="239"/>
        <source>Tidak bisa masuk karena kesalahan tak terduga. Coba lagi.</source>
        <translation>Could not sign in because of an unexpected error. Try again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="248"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/about.py" line="66"/>
        <source>fieldkit tidak bisa dibuka</source>
        <translation>fieldkit cannot open</translation>
    </message>
</context>
<context>
    <name>StatusReasonDialog</name>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="195"/>
        <source>Ubah status ke &apos;%1&apos;</source>
        <translation>Change status to &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="202"/>
        <source>Pilih alasan…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="207"/>
        <source>Keterangan untuk petugas (boleh kosong)</source>
        <translation>Note for officers (optional)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="211"/>
        <source>13 digit dari OSS</source>
        <translation>13 digits from OSS</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="213"/>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="214"/>
        <source>&amp;Keterangan:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="216"/>
        <source>&amp;NIB:</source>
        <translation>&amp;NIB:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="221"/>
        <source>Simpan status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="223"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SyncPanelView</name>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="137"/>
        <source>← &amp;Kembali ke daftar (Esc)</source>
        <translation>← &amp;Back to list (Esc)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="140"/>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="145"/>
        <source>Sinkronkan sekara&amp;ng (F9)</source>
        <translation>Sync &amp;now (F9)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="173"/>
        <source>Log kesala&amp;han</source>
        <translation>&amp;Error log</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="190"/>
        <source>Data ini sudah tersimpan di laptop dan akan dikirim otomatis saat ada jaringan.</source>
        <translation>This data is already saved on the laptop and will be sent automatically when a network is available.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="196"/>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="215"/>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="242"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="196"/>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="215"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="196"/>
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="196"/>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="215"/>
        <source>Percobaan</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="208"/>
        <source>Data yang gagal terkirim atau ditolak server. Perbaiki bila diminta, lalu tekan &apos;Coba lagi&apos;.</source>
        <translation>Data that failed to send or was refused by the server. Correct it if asked, then press &apos;Retry&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="215"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="219"/>
        <source>&amp;Coba lagi</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="236"/>
        <source>Data di laptop diubah setelah server punya versi yang lebih baru. Bandingkan keduanya (bila perlu tanyakan ke pemohon atau kantor), lalu pilih yang benar.</source>
        <translation>The data on the laptop was changed after the server received a newer version. Compare the two (ask the applicant or the office if necessary), then choose the correct one.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="242"/>
        <source>Revisi laptop / server</source>
        <translation>Laptop / server revision</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="242"/>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="308"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="247"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="247"/>
        <source>Di laptop</source>
        <translation>On the laptop</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="247"/>
        <source>Di server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="252"/>
        <source>Pakai data &amp;laptop</source>
        <translation>Use lap&amp;top data</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="255"/>
        <source>Pakai data se&amp;rver</source>
        <translation>Use &amp;server data</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="274"/>
        <source>Catatan kesalahan sinkronisasi (tanpa NIK dan nama). Salin dan kirim ke admin kantor bila diminta.</source>
        <translation>Sync error log (without NIKs or names). Copy it and send it to the office administrator if asked.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="287"/>
        <source>Sa&amp;lin</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="301"/>
        <source>Perjalanan data</source>
        <translation>Data trail</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="304"/>
        <source>Pilih satu baris untuk melihat perjalanannya.</source>
        <translation>Select a row to see its trail.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="308"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="308"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="315"/>
        <source>&amp;Menunggu (%1)</source>
        <translation>&amp;Pending (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="316"/>
        <source>&amp;Gagal (%1)</source>
        <translation>&amp;Failed (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="317"/>
        <source>Kon&amp;flik (%1)</source>
        <translation>&amp;Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="362"/>
        <source>Belum ada kesalahan.</source>
        <translation>No errors yet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="411"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="457"/>
        <source>Permohonan %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="481"/>
        <source>Belum ada catatan.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="489"/>
        <source>%1 perubahan dan %2 dokumen menunggu</source>
        <translation>%1 change(s) and %2 document(s) waiting</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="494"/>
        <source>%1 lagi</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="496"/>
        <source>terakhir berhasil: %1</source>
        <translation>last successful: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="500"/>
        <source>belum pernah berhasil sinkron</source>
        <translation>never synced successfully</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="503"/>
        <source>server: %1</source>
        <translation>server: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="524"/>
        <source>Terjadi kesalahan yang tidak terduga. Coba lagi; bila terus terjadi, salin log kesalahan dan hubungi admin kantor.</source>
        <translation>An unexpected error occurred. Try again; if it keeps happening, copy the error log and contact the office administrator.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="618"/>
        <source>Pakai data server untuk %1? Perubahan yang dibuat di laptop ini akan diganti dengan data server.</source>
        <translation>Use the server data for %1? Changes made on this laptop will be replaced by the server data.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="623"/>
        <source>Pakai data laptop untuk %1? Data laptop akan dikirim lagi dan menggantikan data di server.</source>
        <translation>Use the laptop data for %1? The laptop data will be sent again and will replace the data on the server.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="629"/>
        <source>Selesaikan konflik</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="632"/>
        <source>Pakai data laptop</source>
        <translation>Use laptop data</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="632"/>
        <source>Pakai data server</source>
        <translation>Use server data</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="636"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="676"/>
        <source>Log kesalahan disalin.</source>
        <translation>Error log copied.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="676"/>
        <source>Log kesalahan kosong.</source>
        <translation>The error log is empty.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="702"/>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="704"/>
        <source>Perubahan status</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="705"/>
        <source>Data permohonan</source>
        <translation>Application data</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="139"/>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="216"/>
        <source>Sinkronkan sekarang (F9)</source>
        <translation>Sync now (F9)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="187"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="191"/>
        <source>%1 menunggu</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="193"/>
        <source>Semua terkirim</source>
        <translation>All sent</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="196"/>
        <source>%1 perubahan data dan %2 dokumen menunggu dikirim ke server</source>
        <translation>%1 data change(s) and %2 document(s) waiting to be sent to the server</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="201"/>
        <source>%1 lagi</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="202"/>
        <source>Ukuran dokumen yang belum terunggah</source>
        <translation>Size of documents not yet uploaded</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="206"/>
        <source>Terakhir: %1</source>
        <translation>Last: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="211"/>
        <source>Belum pernah sinkron</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="212"/>
        <source>Sinkronisasi terakhir yang berhasil</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="218"/>
        <source>Sambungkan ke server… (F9)</source>
        <translation>Connect to server… (F9)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="262"/>
        <source>%1 data ditolak atau bentrok di server.</source>
        <translation>%1 item(s) refused or in conflict on the server.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="270"/>
        <source>Sinkronisasi berhenti karena kesalahan program.</source>
        <translation>Sync stopped because of a program error.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../fieldkit/ui/sync_texts.py" line="23"/>
        <source>Laptop belum didaftarkan ke server. Daftarkan dulu di menu Sinkronisasi.</source>
        <translation>This laptop is not enrolled with a server yet. Enrol it first in the Sync menu.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_texts.py" line="27"/>
        <source>Perangkat ini sudah dicabut oleh kantor dan tidak bisa sinkron lagi. Hubungi admin server untuk mendaftarkan ulang laptop ini.</source>
        <translation>The office has revoked this device; it can no longer sync. Contact the server admin to enrol this laptop again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_texts.py" line="32"/>
        <source>Sertifikat server tidak dapat diverifikasi, jadi laptop tidak mengirim apa pun ke server ini. Bila kantor memakai sertifikat sendiri, pilih berkas sertifikat CA kantor di Sinkronisasi → Sambungkan ke server; bila tidak, laporkan ke admin server (mungkin jaringan ini menyadap koneksi).</source>
        <translation>The server&apos;s certificate cannot be verified, so the laptop sends nothing to this server. If the office uses its own certificates, choose the office&apos;s CA certificate file in Sync → Connect to server; if not, report it to the server admin (this network may be intercepting the connection).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_texts.py" line="39"/>
        <source>Berkas sertifikat CA kantor tidak ada atau tidak bisa dibaca. Pilih ulang berkasnya di Sinkronisasi → Sambungkan ke server, atau kosongkan isiannya.</source>
        <translation>The office&apos;s CA certificate file is missing or cannot be read. Choose the file again in Sync → Connect to server, or clear the field.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_texts.py" line="44"/>
        <source>Server terlalu lama menjawab (koneksi lambat). Sinkronisasi dicoba lagi otomatis.</source>
        <translation>The server took too long to answer (slow connection). Sync will try again automatically.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_texts.py" line="48"/>
        <source>Tidak tersambung ke server (tidak ada internet atau server mati). Dicoba lagi otomatis.</source>
        <translation>Not connected to the server (no internet, or the server is down). Trying again automatically.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_texts.py" line="52"/>
        <source>Jawaban server tidak bisa dibaca (mungkin lewat proxy atau portal Wi-Fi). Dicoba lagi otomatis.</source>
        <translation>The server&apos;s answer could not be read (perhaps through a proxy or a Wi-Fi login page). Trying again automatically.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_texts.py" line="57"/>
        <source>Server sedang bermasalah atau sibuk. Sinkronisasi dicoba lagi otomatis.</source>
        <translation>The server has a problem or is busy. Sync will try again automatically.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_texts.py" line="61"/>
        <source>Perangkat ini sudah dicabut oleh kantor dan tidak bisa sinkron lagi. Hubungi admin.</source>
        <translation>The office has revoked this device; it can no longer sync. Contact the admin.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_texts.py" line="65"/>
        <source>Token perangkat ditolak server. Daftarkan ulang laptop ini.</source>
        <translation>The server refused this device&apos;s token. Enrol this laptop again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_texts.py" line="69"/>
        <source>Laptop ini dicabut oleh kantor. Semua data yang belum terkirim sudah dikirim ke server, lalu data permohonan dan dokumen di laptop ini dihapus. Hubungi admin server untuk mendaftarkan ulang laptop ini.</source>
        <translation>The office has revoked this laptop. Everything not yet sent was sent to the server, then the applications and documents on this laptop were erased. Contact the server admin to enrol this laptop again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_texts.py" line="93"/>
        <source>Mengirim data %1 dari %2</source>
        <translation>Sending data %1 of %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_texts.py" line="94"/>
        <source>Mengunggah dokumen %1 dari %2</source>
        <translation>Uploading document %1 of %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_texts.py" line="103"/>
        <source>Menghubungi server</source>
        <translation>Contacting the server</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_texts.py" line="104"/>
        <source>Mengirim catatan audit</source>
        <translation>Sending the audit log</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_texts.py" line="105"/>
        <source>Mengambil kabar dari kantor</source>
        <translation>Fetching news from the office</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="54"/>
        <source>fieldkit: Masuk</source>
        <translation>fieldkit: Sign in</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="66"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="82"/>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="298"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="86"/>
        <source>Lupa kata sandi? Pakai kunci pemulihan</source>
        <translation>Forgot the password? Use the recovery key</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="92"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="109"/>
        <source>&amp;Buka dan ganti kata sandi</source>
        <translation>&amp;Open and change the password</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="112"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="117"/>
        <source>Kunci &amp;pemulihan:</source>
        <translation>&amp;Recovery key:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="118"/>
        <source>Kata sandi &amp;baru:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="119"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>Re&amp;peat password:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="136"/>
        <source>Pembaruan keamanan: saat Anda masuk, semua data laptop ini dienkripsi. Salinan cadangan dibuat dulu. Jangan matikan laptop sampai selesai.</source>
        <translation>Security update: when you sign in, all data on this laptop is encrypted. A backup copy is made first. Do not switch the laptop off until it is done.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="146"/>
        <source>&amp;Petugas:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="154"/>
        <source>Pulihkan dari &amp;cadangan…</source>
        <translation>Restore from &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="168"/>
        <source>Belum ada petugas dengan kunci di laptop ini. Hubungi petugas TI kantor dengan kunci pemulihan.</source>
        <translation>No officer has a key on this laptop yet. Contact the office&apos;s IT staff with the recovery key.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="185"/>
        <source>Pilih nama Anda dari daftar petugas.</source>
        <translation>Choose your name from the list of officers.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="188"/>
        <source>Ketik kata sandi Anda, lalu tekan Enter.</source>
        <translation>Type your password, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="203"/>
        <source>Pilih akun yang kata sandinya akan diganti.</source>
        <translation>Choose the account whose password is to be changed.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="210"/>
        <source>Kedua kata sandi baru tidak sama. Ketik ulang.</source>
        <translation>The two new passwords differ. Type them again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="250"/>
        <source>Tidak bisa membuka data laptop karena kesalahan tak terduga. Tutup lalu buka lagi aplikasi.</source>
        <translation>The laptop&apos;s data could not be opened because of an unexpected error. Close the application and open it again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/unlock.py" line="298"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>VerifyReceiptDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="73"/>
        <source>Periksa tanda terima</source>
        <translation>Verify receipt</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="90"/>
        <source>Pindai kode QR, atau ketik ABCDE-23456</source>
        <translation>Scan the QR code, or type ABCDE-23456</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="91"/>
        <source>&amp;Isi kode QR atau kode pelacakan:</source>
        <translation>&amp;QR code or tracking code:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="93"/>
        <source>&amp;Periksa (Enter)</source>
        <translation>&amp;Verify (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="102"/>
        <source>Arahkan pemindai ke kode QR pada tanda terima; hasilnya muncul di bawah. Tanpa pemindai, ketik kode pelacakan yang tercetak (huruf besar atau kecil sama saja) lalu tekan Enter. Pemeriksaan ini tidak memerlukan internet.</source>
        <translation>Point the scanner at the QR code on the receipt; the result appears below. Without a scanner, type the printed tracking code (upper or lower case does not matter), then press Enter. This check does not need the internet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="133"/>
        <source>Permohonan di laptop ini</source>
        <translation>Application on this laptop</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="146"/>
        <source>Kode pelacakan:</source>
        <translation>Tracking code:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="147"/>
        <source>NIK:</source>
        <translation>NIK:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="148"/>
        <source>Nama pemohon:</source>
        <translation>Applicant name:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="149"/>
        <source>Nama usaha:</source>
        <translation>Business name:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="150"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="151"/>
        <source>&amp;Buka permohonan</source>
        <translation>&amp;Open application</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="171"/>
        <source>&amp;Tutup (Esc)</source>
        <translation>&amp;Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="192"/>
        <source>Pindai kode QR pada tanda terima atau ketik kode pelacakannya dulu.</source>
        <translation>Scan the QR code on the receipt or type its tracking code first.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="197"/>
        <source>Masuk sebagai petugas dulu untuk memeriksa tanda terima.</source>
        <translation>Sign in as an officer first to verify receipts.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="231"/>
        <source>Tanda terima tidak bisa diperiksa karena kesalahan aplikasi. Coba lagi; jika tetap gagal, hubungi admin TI kantor.</source>
        <translation>The receipt could not be verified because of an application error. Try again; if it still fails, contact the office IT administrator.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="238"/>
        <source>✔ ASLI</source>
        <translation>✔ GENUINE</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="239"/>
        <source>⚠ Perangkat sudah dicabut</source>
        <translation>⚠ Device revoked</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="240"/>
        <source>✖ PALSU atau diubah</source>
        <translation>✖ FORGED or altered</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="241"/>
        <source>✖ Perangkat tidak dikenal</source>
        <translation>✖ Unknown device</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="242"/>
        <source>⚠ Perangkat belum terverifikasi</source>
        <translation>⚠ Device not yet verified</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="243"/>
        <source>Hanya kode pelacakan (tanpa tanda tangan)</source>
        <translation>Tracking code only (no signature)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="244"/>
        <source>? Tidak dapat dibaca</source>
        <translation>? Unreadable</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="261"/>
        <source>Tanggal terbit: %1.</source>
        <translation>Issued on: %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="282"/>
        <source>Permohonan %1 tidak ada di laptop ini: mungkin didaftarkan di laptop lain. Tanyakan ke kantor DPMPTSP atau periksa setelah sinkron.</source>
        <translation>Application %1 is not on this laptop: it may have been registered on another laptop. Ask the DPMPTSP office, or check again after syncing.</translation>
    </message>
</context>
<context>
    <name>VillageField</name>
    <message>
        <location filename="../../fieldkit/ui/widgets/village_field.py" line="29"/>
        <source>Ketik nama desa/kelurahan, lalu pilih (Enter)</source>
        <translation>Type the village name, then choose it (Enter)</translation>
    </message>
</context>
<context>
    <name>VillagePicker</name>
    <message>
        <location filename="../../fieldkit/ui/widgets/village_picker.py" line="46"/>
        <source>Desa %1</source>
        <translation>%1 Village</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/village_picker.py" line="47"/>
        <source>Kel. %1</source>
        <translation>%1 Urban Village</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/village_picker.py" line="48"/>
        <source>Desa adat %1</source>
        <translation>%1 Customary Village</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/village_picker.py" line="73"/>
        <source>Ketik nama desa/kelurahan, mis. Pondok Rajeg</source>
        <translation>Type the village name, e.g. Pondok Rajeg</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/village_picker.py" line="111"/>
        <location filename="../../fieldkit/ui/widgets/village_picker.py" line="160"/>
        <location filename="../../fieldkit/ui/widgets/village_picker.py" line="181"/>
        <source>Memuat data desa…</source>
        <translation>Loading village data…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/village_picker.py" line="138"/>
        <source>Data desa tidak bisa dimuat. Tutup lalu buka lagi aplikasi; jika masih gagal, pasang ulang fieldkit.</source>
        <translation>Village data could not be loaded. Close and reopen the application; if it still fails, reinstall fieldkit.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/village_picker.py" line="199"/>
        <source>Tidak ada desa/kelurahan bernama “%1”. Periksa ejaannya, atau ketik sebagian namanya saja.</source>
        <translation>No village named “%1”. Check the spelling, or type just part of the name.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/village_picker.py" line="207"/>
        <source>Kode wilayah %1</source>
        <translation>Region code %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/village_picker.py" line="217"/>
        <source>Banyak desa bernama mirip. Tambahkan nama kecamatan atau kabupaten setelah koma, mis. “Sukamaju, Bogor”. Pilih dengan ↑/↓ lalu Enter.</source>
        <translation>Many villages have similar names. Add the district (kecamatan) or regency after a comma, e.g. “Sukamaju, Bogor”. Choose with ↑/↓, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/village_picker.py" line="223"/>
        <source>%1 desa/kelurahan cocok. Pilih dengan ↑/↓ lalu tekan Enter.</source>
        <translation>%1 matching village(s). Choose with ↑/↓, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/village_picker.py" line="257"/>
        <source>Terpilih. Kode wilayah: %1</source>
        <translation>Selected. Region code: %1</translation>
    </message>
</context>
<context>
    <name>VisitView</name>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="139"/>
        <source>Buka kunjungan</source>
        <translation>Open visit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="157"/>
        <source>&amp;Lanjutkan</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="160"/>
        <source>Masih &amp;terbuka:</source>
        <translation>Still op&amp;en:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="170"/>
        <source>Pilih desa/kelurahan yang dikunjungi hari ini, petugas yang hadir, dan target pemohon. Setelah kunjungan dibuka, pemohon bisa didaftarkan.</source>
        <translation>Choose the village visited today, the officers present and the applicant target. Once the visit is open, applicants can be registered.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="199"/>
        <source>lebih dari </source>
        <translation>more than </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="200"/>
        <source> pemohon</source>
        <translation> applicants</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="210"/>
        <source>&amp;Desa/kelurahan:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="211"/>
        <source>Ta&amp;nggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="212"/>
        <source>&amp;Petugas yang hadir:</source>
        <translation>Officers &amp;present:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="213"/>
        <source>Tar&amp;get:</source>
        <translation>Tar&amp;get:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="220"/>
        <source>Buka k&amp;unjungan</source>
        <translation>&amp;Open visit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="224"/>
        <source>Ba&amp;tal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="226"/>
        <source>Kembali ke kunjungan yang sedang dibuka</source>
        <translation>Return to the visit that is currently open</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="279"/>
        <source>&amp;Kunjungan terbuka:</source>
        <translation>Open &amp;visits:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="300"/>
        <source>Siap / tanda terima</source>
        <translation>Ready / receipt</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="301"/>
        <source>Masih draf</source>
        <translation>Still draft</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="302"/>
        <source>Perlu perbaikan</source>
        <translation>Needs correction</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="308"/>
        <source>Pemohon baru (F3)</source>
        <translation>New applicant (F3)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="313"/>
        <source>Daftar pemohon (F4)</source>
        <translation>Applicant list (F4)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="323"/>
        <source>Buka kunjungan &amp;lain…</source>
        <translation>Open a&amp;nother visit…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="326"/>
        <source>Untuk tim yang melayani dua desa pada hari yang sama</source>
        <translation>For teams serving two villages on the same day</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="329"/>
        <source>&amp;Tutup hari ini…</source>
        <translation>&amp;Close today&apos;s visit…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="466"/>
        <source>Kec. %1</source>
        <translation>%1 District</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="476"/>
        <source>Kunjungan hari ini, %1</source>
        <translation>Today&apos;s visit, %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="478"/>
        <source>Kunjungan terbuka, %1 (bukan hari ini)</source>
        <translation>Open visit, %1 (not today)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="487"/>
        <source>Petugas: %1</source>
        <translation>Officers: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="511"/>
        <source>%1 pemohon · target lebih dari %2</source>
        <translation>%1 applicants · target more than %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="527"/>
        <source>Perlu %1 pemohon lagi untuk mencapai target.</source>
        <translation>%1 more applicants needed to reach the target.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="523"/>
        <source>Target tercapai. Terima kasih!</source>
        <translation>Target reached. Thank you!</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="564"/>
        <source>%1 (Anda)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="571"/>
        <source>Petugas yang membuka kunjungan selalu ikut.</source>
        <translation>The officer who opens the visit is always included.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="600"/>
        <source>%1 (hari ini)</source>
        <translation>%1 (today)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="629"/>
        <source>Pilih desa/kelurahan dari daftar: ketik namanya, pilih dengan ↑/↓, lalu tekan Enter.</source>
        <translation>Choose the village from the list: type its name, choose with ↑/↓, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="721"/>
        <location filename="../../fieldkit/ui/views/visit.py" line="737"/>
        <source>Tutup kunjungan</source>
        <translation>Close visit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="723"/>
        <source>Tutup kunjungan di %1 (%2), %3?</source>
        <translation>Close the visit to %1 (%2), %3?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="728"/>
        <source>Tercatat %1 pemohon.</source>
        <translation>%1 applicant(s) recorded.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="731"/>
        <source>%1 masih draf: draf tetap tersimpan dan bisa dilengkapi dari Daftar pemohon.</source>
        <translation>%1 still in draft: drafts stay saved and can be completed from the Applicant list.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="734"/>
        <source>Setelah ditutup, pemohon baru tidak bisa ditambahkan ke kunjungan ini.</source>
        <translation>Once the visit is closed, no new applicants can be added to it.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="739"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="774"/>
        <source>Kunjungan di %1 (%2), %3 sudah ditutup dengan %4 pemohon. Untuk pemohon berikutnya, buka kunjungan baru di bawah.</source>
        <translation>The visit to %1 (%2), %3 has been closed with %4 applicant(s). For further applicants, open a new visit below.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="803"/>
        <source>Terjadi kesalahan tak terduga. Coba lagi; jika berulang, hubungi admin.</source>
        <translation>An unexpected error occurred. Try again; if it happens again, contact the administrator.</translation>
    </message>
</context>
<context>
    <name>WarningAcknowledgementDialog</name>
    <message>
        <location filename="../../fieldkit/ui/widgets/warning_dialog.py" line="29"/>
        <source>Periksa peringatan sebelum Siap</source>
        <translation>Check warnings before marking Ready</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/warning_dialog.py" line="35"/>
        <source>Periksa setiap peringatan bersama pemohon (cocokkan dengan KTP). Jika datanya sudah benar, centang kotaknya. Konfirmasi Anda dicatat dengan nama Anda dan waktunya.</source>
        <translation>Check each warning with the applicant (compare with the KTP). If the data is correct, tick the box. Your confirmation is recorded with your name and the time.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/warning_dialog.py" line="53"/>
        <source>Saya sudah memeriksa dengan pemohon</source>
        <translation>I have checked this with the applicant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/warning_dialog.py" line="65"/>
        <source>&amp;Konfirmasi dan tandai Siap</source>
        <translation>&amp;Confirm and mark Ready</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/warning_dialog.py" line="68"/>
        <source>&amp;Batal</source>
        <translation>Ca&amp;ncel</translation>
    </message>
</context>
<context>
    <name>_DocumentRow</name>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="550"/>
        <source>%1 halaman</source>
        <translation>%1 page(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="553"/>
        <source>belum disimpan</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="561"/>
        <source>Ganti…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="563"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>lock.view</name>
    <message>
        <location filename="../../fieldkit/ui/application.py" line="155"/>
        <source>Tidak bisa membuka karena kesalahan tak terduga. Coba lagi.</source>
        <translation>Could not unlock because of an unexpected error. Try again.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../fieldkit/ui/application.py" line="187"/>
        <source>Kelola &amp;petugas…</source>
        <translation>Manage &amp;officers…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/application.py" line="209"/>
        <source>Ganti &amp;kata sandi…</source>
        <translation>Change &amp;password…</translation>
    </message>
</context>
</TS>
