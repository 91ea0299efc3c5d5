<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="263"/>
        <source>Daftar pemohon tidak bisa dimuat. Coba lagi; bila terus gagal, tutup dan buka kembali aplikasi.</source>
        <translation>The applicant list could not be loaded. Try again; if it keeps failing, close and reopen the application.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="282"/>
        <source>Kode pelacakan</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="283"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="284"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="285"/>
        <source>Usaha</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="286"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="287"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="288"/>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/item_models/applicants.py" line="308"/>
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
        <location filename="../../fieldkit/ui/views/detail.py" line="355"/>
        <source>← &amp;Kembali ke daftar (Esc)</source>
        <translation>← &amp;Back to list (Esc)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="358"/>
        <source>&amp;Ubah data</source>
        <translation>&amp;Edit data</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="362"/>
        <source>Cetak &amp;tanda terima…</source>
        <translation>Print &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="406"/>
        <source>Memuat permohonan…</source>
        <translation>Loading application…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="544"/>
        <source>Antrekan untuk sinkron</source>
        <translation>Queue for sync</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="546"/>
        <source>Tandai permohonan ini menunggu sinkron? Lakukan ini setelah tanda terima dicetak. Sesudahnya data tidak bisa diubah lagi di laptop.</source>
        <translation>Mark this application as waiting for sync? Do this after the receipt has been printed. Afterwards the data can no longer be changed on the laptop.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="603"/>
        <source>Terjadi kesalahan yang tidak terduga. Coba lagi; bila terus terjadi, tutup dan buka kembali aplikasi.</source>
        <translation>An unexpected error occurred. Try again; if it keeps happening, close and reopen the application.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="641"/>
        <source>petugas kantor</source>
        <translation>office staff</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="673"/>
        <source>Revisi %1 · diperbarui %2 oleh %3 · dibuat %4 oleh %5</source>
        <translation>Revision %1 · updated %2 by %3 · created %4 by %5</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="685"/>
        <source>NIB: %1</source>
        <translation>NIB: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="696"/>
        <source>Alasan: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="703"/>
        <source>Kemungkinan duplikat NIK dengan: %1. Periksa apakah pemohon sudah didaftarkan di laptop lain; satu pelaku usaha hanya boleh punya satu NIB.</source>
        <translation>Possible duplicate NIK with: %1. Check whether the applicant has already been registered on another laptop; a business may hold only one NIB.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="728"/>
        <source>Kode pos %1</source>
        <translation>Postcode %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="739"/>
        <source>NIK:</source>
        <translation>NIK:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="740"/>
        <source>Nama lengkap:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="741"/>
        <source>Tempat, tanggal lahir:</source>
        <translation>Place and date of birth:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="742"/>
        <source>Jenis kelamin:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="743"/>
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="744"/>
        <source>Nomor HP:</source>
        <translation>Mobile number:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="745"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="746"/>
        <source>NPWP:</source>
        <translation>NPWP:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="746"/>
        <source>Tidak diisi (NIK berlaku sebagai NPWP)</source>
        <translation>Not provided (the NIK serves as the NPWP)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="748"/>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="753"/>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="760"/>
        <source>Nama usaha:</source>
        <translation>Business name:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="761"/>
        <source>Alamat usaha:</source>
        <translation>Business address:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="762"/>
        <source>Luas lahan:</source>
        <translation>Land area:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="763"/>
        <source>Status lahan:</source>
        <translation>Land status:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="764"/>
        <source>Titik lokasi:</source>
        <translation>Coordinates:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="765"/>
        <source>Modal usaha:</source>
        <translation>Business capital:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="766"/>
        <source>Skala usaha:</source>
        <translation>Business scale:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="768"/>
        <source>Usaha</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="807"/>
        <source>(kode KBLI tidak dikenal)</source>
        <translation>(unknown KBLI code)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="816"/>
        <source>Belum ada kegiatan usaha.</source>
        <translation>No business activities yet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="818"/>
        <source>KBLI</source>
        <translation>KBLI</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="819"/>
        <source>Judul KBLI</source>
        <translation>KBLI title</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="820"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="821"/>
        <source>Produk/jasa</source>
        <translation>Product/service</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="822"/>
        <source>Pekerja</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="823"/>
        <source>Rencana investasi</source>
        <translation>Planned investment</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="826"/>
        <source>Kegiatan usaha</source>
        <translation>Business activities</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="841"/>
        <source>Lihat</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="844"/>
        <source>%1 halaman</source>
        <translation>%1 page(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="856"/>
        <source>Belum ada dokumen yang dilampirkan.</source>
        <translation>No documents attached yet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="858"/>
        <location filename="../../fieldkit/ui/views/detail.py" line="866"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="859"/>
        <source>Tipe</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="860"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="861"/>
        <source>Halaman</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="862"/>
        <source>Nama berkas</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="876"/>
        <source>Pemeriksaan data</source>
        <translation>Data check</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="884"/>
        <source>Belum bisa ditandai Siap. Yang masih perlu diselesaikan (%1):</source>
        <translation>Cannot be marked Ready yet. Still to be resolved (%1):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="893"/>
        <source>✔ Semua syarat terpenuhi: permohonan bisa ditandai Siap.</source>
        <translation>✔ All requirements met: the application can be marked Ready.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="902"/>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="905"/>
        <source>⚠ %1 (sudah dikonfirmasi oleh %2)</source>
        <translation>⚠ %1 (confirmed by %2)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="910"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="913"/>
        <source>Tidak ada masalah pada data.</source>
        <translation>No problems found in the data.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="921"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="925"/>
        <source>Didaftarkan (%1)</source>
        <translation>Registered (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="939"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="940"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="941"/>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="942"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="945"/>
        <source>Riwayat status</source>
        <translation>Status history</translation>
    </message>
</context>
<context>
    <name>ApplicationFormView</name>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="206"/>
        <source>3. Dokumen</source>
        <translation>3. Documents</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="223"/>
        <location filename="../../fieldkit/ui/views/form.py" line="1133"/>
        <source>Ke isian bermasalah (F8)</source>
        <translation>Go to next problem (F8)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="225"/>
        <source>&amp;Simpan draf (Ctrl+S)</source>
        <translation>&amp;Save draft (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="227"/>
        <source>Si&amp;ap (Ctrl+Enter)</source>
        <translation>&amp;Ready (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="325"/>
        <source>1. Pemohon (sesuai KTP)</source>
        <translation>1. Applicant (as on the KTP)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="327"/>
        <source>16 digit angka dari KTP</source>
        <translation>16 digits from the KTP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="329"/>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="331"/>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="333"/>
        <source>&amp;Tempat lahir</source>
        <translation>&amp;Place of birth</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="335"/>
        <source>hh-bb-tttt, mis. 17-08-1990</source>
        <translation>dd-mm-yyyy, e.g. 17-08-1990</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="337"/>
        <source>Tanggal la&amp;hir</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="340"/>
        <location filename="../../fieldkit/ui/views/form.py" line="411"/>
        <source>(pilih)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="341"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="342"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="343"/>
        <source>&amp;Jenis kelamin</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="349"/>
        <source>&amp;Gunakan dari NIK</source>
        <translation>&amp;Use from NIK</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="359"/>
        <location filename="../../fieldkit/ui/views/form.py" line="388"/>
        <source>jalan, nomor, RT/RW, dusun</source>
        <translation>street, number, RT/RW, hamlet (dusun)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="360"/>
        <source>Ala&amp;mat</source>
        <translation>Addr&amp;ess</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="362"/>
        <source>&amp;Desa/kelurahan</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="364"/>
        <source>5 digit (boleh kosong)</source>
        <translation>5 digits (optional)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="368"/>
        <source>Kode pos</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="373"/>
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="374"/>
        <source>Nomor &amp;HP</source>
        <translation>M&amp;obile number</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="376"/>
        <source>mis. nama@gmail.com</source>
        <translation>e.g. name@gmail.com</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="377"/>
        <source>&amp;Email</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="379"/>
        <source>opsional; NIK berlaku sebagai NPWP</source>
        <translation>optional; the NIK serves as the NPWP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="380"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="384"/>
        <source>2. Usaha</source>
        <translation>2. Business</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="386"/>
        <source>Nama &amp;usaha</source>
        <translation>&amp;Business name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="389"/>
        <source>Alamat usa&amp;ha</source>
        <translation>Bus&amp;iness address</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="394"/>
        <source>Desa/kelurahan usaha</source>
        <translation>Business village</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="401"/>
        <source>Kode pos usaha</source>
        <translation>Business postcode</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="406"/>
        <source>boleh kosong</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="408"/>
        <source>Luas lahan (m²)</source>
        <translation>Land area (m²)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="412"/>
        <source>Milik sendiri</source>
        <translation>Owned</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="413"/>
        <source>Sewa</source>
        <translation>Rented</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="414"/>
        <source>Pinjam pakai</source>
        <translation>Borrowed</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="416"/>
        <source>Status la&amp;han</source>
        <translation>Land s&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="420"/>
        <source>opsional: lintang, bujur, mis. -6.4817, 106.8540</source>
        <translation>optional: latitude, longitude, e.g. -6.4817, 106.8540</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="422"/>
        <source>Titik koordinat</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="424"/>
        <source>tanpa tanah dan bangunan</source>
        <translation>excluding land and buildings</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="431"/>
        <source>Modal usaha (&amp;Rp)</source>
        <translation>Business &amp;capital (Rp)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="439"/>
        <source>Kegiatan usaha (KBLI 2020)</source>
        <translation>Business activities (KBLI 2020)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="446"/>
        <source>Tambah &amp;kegiatan usaha</source>
        <translation>Add business activit&amp;y</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="585"/>
        <source>Formulir yang belum tersimpan dipulihkan. Periksa lalu simpan.</source>
        <translation>An unsaved form was restored. Check it, then save.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="587"/>
        <location filename="../../fieldkit/ui/views/form.py" line="601"/>
        <source>Buang isian yang dipulihkan</source>
        <translation>Discard restored entries</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="597"/>
        <source>Formulir yang belum tersimpan dipulihkan, tetapi permohonan ini sudah diubah lagi sejak itu. Periksa setiap isian sebelum menyimpan.</source>
        <translation>An unsaved form was restored, but this application has been changed since then. Check every field before saving.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="732"/>
        <source>Permohonan berstatus &apos;%1&apos; tidak bisa diubah di laptop; data hanya ditampilkan.</source>
        <translation>Applications with status &apos;%1&apos; cannot be changed on the laptop; the data is shown read-only.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="740"/>
        <source>Pemohon baru</source>
        <translation>New applicant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="741"/>
        <source>Belum disimpan</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="743"/>
        <source>Permohonan %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="745"/>
        <source>Status: %1 · revisi %2</source>
        <translation>Status: %1 · revision %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="785"/>
        <source>Skala: %1</source>
        <comment>business scale, e.g. Skala: Usaha mikro</comment>
        <translation>Scale: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="799"/>
        <source>Tanggal lahir tidak terbaca. Tulis hari-bulan-tahun, mis. 17-08-1990.</source>
        <translation>The date of birth could not be read. Write day-month-year, e.g. 17-08-1990.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="806"/>
        <source>Titik koordinat tidak terbaca. Tulis lintang, bujur, mis. -6.4817, 106.8540, atau kosongkan.</source>
        <translation>The coordinates could not be read. Write latitude, longitude, e.g. -6.4817, 106.8540, or leave the field empty.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="905"/>
        <source>Diisi dari NIK; cocokkan dengan KTP.</source>
        <translation>Filled in from the NIK; check against the KTP.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="921"/>
        <source>%1 kesalahan</source>
        <translation>%1 error(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="923"/>
        <source>%1 peringatan</source>
        <translation>%1 warning(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="926"/>
        <source>dokumen wajib belum ada: %1</source>
        <translation>required documents missing: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="931"/>
        <source>✔ Permohonan ini sudah Siap.</source>
        <translation>✔ This application is already Ready.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="934"/>
        <source>✔ Tidak ada kesalahan. Data siap ditandai Siap.</source>
        <translation>✔ No errors. The data can be marked Ready.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="937"/>
        <source>Belum siap: %1.</source>
        <translation>Not ready yet: %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="986"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="986"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="994"/>
        <source>Menurut NIK: lahir %1, %2.</source>
        <translation>According to the NIK: born %1, %2.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1039"/>
        <source>Bacakan dulu pemberitahuan data pribadi, lalu tekan Enter.</source>
        <translation>First read out the personal data notice, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1047"/>
        <source>Ada isian yang tidak terbaca; perbaiki isian bertanda merah dulu.</source>
        <translation>Some fields could not be read; correct the fields marked in red first.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1057"/>
        <source>Buka kunjungan hari ini dulu (F2), lalu daftarkan pemohon.</source>
        <translation>Open today&apos;s visit first (F2), then register applicants.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1097"/>
        <source>Tersimpan sebagai draf. Nomor pendaftaran: %1</source>
        <translation>Saved as a draft. Registration number: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1124"/>
        <source>Belum bisa Siap: %1 hal perlu diselesaikan. %2</source>
        <translation>Cannot be marked Ready yet: %1 item(s) to resolve. %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1129"/>
        <source>(dan %1 lagi)</source>
        <translation>(and %1 more)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1161"/>
        <source>Belum ditandai Siap: periksa peringatan bersama pemohon dulu.</source>
        <translation>Not marked Ready: check the warnings with the applicant first.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1194"/>
        <source>Permohonan %1 sudah Siap. Lanjutkan dengan mencetak tanda terima.</source>
        <translation>Application %1 is Ready. Continue by printing the receipt.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1198"/>
        <source>Lihat permohonan</source>
        <translation>View application</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1209"/>
        <source>Muat ulang permohonan</source>
        <translation>Reload application</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1224"/>
        <source>Penyimpanan gagal karena kesalahan tak terduga. Isian Anda tetap tersimpan sementara di laptop; coba simpan lagi.</source>
        <translation>Saving failed because of an unexpected error. Your entries are still stored temporarily on the laptop; try saving again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/form.py" line="1289"/>
        <source>Penyimpanan sementara gagal; simpan draf sekarang (Ctrl+S). %1</source>
        <translation>Autosave failed; save a draft now (Ctrl+S). %1</translation>
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
        <location filename="../../fieldkit/ui/views/callbacks.py" line="60"/>
        <source>← &amp;Kembali ke daftar (Esc)</source>
        <translation>← &amp;Back to list (Esc)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="63"/>
        <source>Daftar telepon balik</source>
        <translation>Call-back list</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="75"/>
        <source>Pemohon yang NIB-nya sudah terbit atau yang datanya perlu diperbaiki. Telepon mereka, yang terbaru di atas.</source>
        <translation>Applicants whose NIB has been issued or whose data needs correcting. Phone them; the most recent are at the top.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="88"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="89"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="90"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="91"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="92"/>
        <source>NIB / yang perlu diperbaiki</source>
        <translation>NIB / what needs correcting</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="113"/>
        <source>&amp;Salin nomor HP</source>
        <translation>&amp;Copy mobile number</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="116"/>
        <source>&amp;Buka rincian (Enter)</source>
        <translation>&amp;Open details (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="160"/>
        <source>Laptop ini belum tersambung ke server.</source>
        <translation>This laptop is not connected to the server yet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="196"/>
        <source>Belum ada pemohon yang perlu ditelepon.</source>
        <translation>No applicants need a call yet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="206"/>
        <source>Daftar tidak bisa dimuat. Coba buka lagi halaman ini.</source>
        <translation>The list could not be loaded. Try opening this page again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/callbacks.py" line="242"/>
        <source>Nomor %1 disalin (%2).</source>
        <translation>Number %1 copied (%2).</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="257"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="262"/>
        <source>Memuat pratinjau…</source>
        <translation>Loading preview…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="268"/>
        <source>&amp;Tutup (Esc)</source>
        <translation>&amp;Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="295"/>
        <source> · halaman 1 dari %1</source>
        <translation> · page 1 of %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="304"/>
        <source>Dokumen tidak bisa ditampilkan. Lampirkan ulang dokumennya.</source>
        <translation>The document cannot be displayed. Attach the document again.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="47"/>
        <source>Foto JPEG</source>
        <translation>JPEG photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="48"/>
        <source>Gambar PNG</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="123"/>
        <source>&amp;Jenis dokumen</source>
        <translation>Document t&amp;ype</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="129"/>
        <source>&amp;Tambah dokumen…</source>
        <translation>Attac&amp;h document…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="131"/>
        <source>atau seret berkas foto/PDF ke kotak ini</source>
        <translation>or drag a photo/PDF file into this box</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="158"/>
        <source>Belum ada dokumen.</source>
        <translation>No documents yet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="235"/>
        <source>Berkas &apos;%1&apos; tidak bisa dibaca. Salin ulang berkasnya ke laptop, lalu coba lagi.</source>
        <translation>The file &apos;%1&apos; cannot be read. Copy the file to the laptop again, then try again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="283"/>
        <source>Memproses berkas…</source>
        <translation>Processing file…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="294"/>
        <source>Pilih foto atau PDF dokumen</source>
        <translation>Choose a photo or PDF of the document</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="295"/>
        <source>Foto atau PDF</source>
        <translation>Photo or PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="323"/>
        <source>Menghapus dokumen…</source>
        <translation>Removing document…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="355"/>
        <source>Memproses berkas %1 dari %2: %3</source>
        <translation>Processing file %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="386"/>
        <source>Dokumen tidak bisa diproses karena kesalahan tak terduga. Coba lagi.</source>
        <translation>The document could not be processed because of an unexpected error. Try again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="455"/>
        <source>Kantor tidak mewajibkan dokumen. Lampirkan bila pemohon membawanya.</source>
        <translation>The office does not require any documents. Attach them if the applicant has brought them.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="467"/>
        <source>(belum)</source>
        <translation>(not yet)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="470"/>
        <source>Dokumen wajib:</source>
        <translation>Required documents:</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="59"/>
        <source>Sambungkan laptop ke server</source>
        <translation>Connect the laptop to the server</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="67"/>
        <source>Minta alamat server dan kode sekali pakai kepada admin kantor. Kode bisa diketik, atau dipindai dari kode QR dengan pemindai.</source>
        <translation>Ask the office administrator for the server address and a one-time code. The code can be typed, or scanned from a QR code with the scanner.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="78"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="84"/>
        <source>ketik atau pindai kode QR</source>
        <translation>type or scan the QR code</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="92"/>
        <source>Alamat se&amp;rver:</source>
        <translation>Se&amp;rver address:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="93"/>
        <source>&amp;Kode sekali pakai:</source>
        <translation>&amp;One-time code:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="94"/>
        <source>&amp;Nama laptop:</source>
        <translation>Laptop &amp;name:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="108"/>
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="114"/>
        <source>&amp;Sambungkan</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="119"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="167"/>
        <source>Isi alamat server.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="168"/>
        <source>Isi kode sekali pakai dari admin.</source>
        <translation>Enter the one-time code from the administrator.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="169"/>
        <source>Beri nama laptop ini.</source>
        <translation>Give this laptop a name.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/enrol.py" line="200"/>
        <source>Laptop belum tersambung karena kesalahan yang tidak terduga. Coba lagi; bila terus terjadi, hubungi admin kantor.</source>
        <translation>The laptop could not be connected because of an unexpected error. Try again; if it keeps happening, contact the office administrator.</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="48"/>
        <source>fieldkit: Pendaftaran NIB Jemput Bola</source>
        <translation>fieldkit: NIB Registration Outreach</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="83"/>
        <source>Navigasi</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="87"/>
        <source>Kunjungan hari ini (F2)</source>
        <translation>Today&apos;s visit (F2)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="89"/>
        <source>Pemohon baru (F3)</source>
        <translation>New applicant (F3)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="91"/>
        <source>Daftar pemohon (F4)</source>
        <translation>Applicant list (F4)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="92"/>
        <source>Laporan (F6)</source>
        <translation>Reports (F6)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="99"/>
        <source>&amp;Akun</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="101"/>
        <source>Keluar / ganti petugas</source>
        <translation>Sign out / switch officer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="105"/>
        <source>Periksa tanda terima…</source>
        <translation>Verify receipt…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="109"/>
        <source>Tutup aplikasi</source>
        <translation>Close application</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="110"/>
        <source>Sinkr&amp;onisasi</source>
        <translation>Sy&amp;nc</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="112"/>
        <source>&amp;Sinkronkan sekarang</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="115"/>
        <source>&amp;Panel sinkronisasi</source>
        <translation>Sync &amp;panel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="118"/>
        <source>Daftar &amp;telepon balik</source>
        <translation>&amp;Call-back list</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="121"/>
        <source>Sambungkan ke se&amp;rver…</source>
        <translation>Connect to se&amp;rver…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="130"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="167"/>
        <source>Belum masuk</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="171"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="171"/>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="174"/>
        <source>Petugas: %1 (%2)</source>
        <translation>Officer: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="182"/>
        <source>Belum ada kunjungan dibuka</source>
        <translation>No visit open</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="187"/>
        <source>Kunjungan: %1, %2</source>
        <translation>Visit: %1, %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="252"/>
        <source>Masuk dulu, lalu sambungkan laptop ke server.</source>
        <translation>Sign in first, then connect the laptop to the server.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="267"/>
        <source>Laptop tersambung ke server. Sinkronisasi pertama dimulai.</source>
        <translation>Laptop connected to the server. The first sync has started.</translation>
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
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="78"/>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="134"/>
        <source>Cetak tanda terima</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="86"/>
        <source>Simpan tanda terima sebagai PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="88"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="155"/>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="162"/>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="167"/>
        <source>Kertas thermal &amp;58 mm</source>
        <translation>Thermal paper &amp;58 mm</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="168"/>
        <source>Kertas thermal &amp;80 mm</source>
        <translation>Thermal paper &amp;80 mm</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="169"/>
        <source>A&amp;6 pada kertas A4</source>
        <translation>A&amp;6 on A4 paper</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="178"/>
        <source>Tanda terima dicetak di pojok kiri atas; gunting pada garis putus-putus.</source>
        <translation>The receipt is printed in the top left corner; cut along the dashed line.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="205"/>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="308"/>
        <source>Menyiapkan pratinjau…</source>
        <translation>Preparing preview…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="220"/>
        <source>Pratinjau tanda terima</source>
        <translation>Receipt preview</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="227"/>
        <source>&amp;Cetak… (Ctrl+P)</source>
        <translation>&amp;Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="230"/>
        <source>Simpan &amp;PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="233"/>
        <source>&amp;Tutup (Esc)</source>
        <translation>&amp;Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="286"/>
        <source>Tunggu sebentar, tanda terima sedang dicetak…</source>
        <translation>Please wait, the receipt is being printed…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="300"/>
        <source>Masuk sebagai petugas dulu untuk mencetak tanda terima.</source>
        <translation>Sign in as an officer first to print the receipt.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="333"/>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="404"/>
        <source>Tanda terima %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="338"/>
        <source>Tanda terima ini sudah pernah dicetak. Cetakan baru diberi tanda SALINAN; tanda terima asli tetap berlaku.</source>
        <translation>This receipt has been printed before. New prints are marked SALINAN (copy); the original receipt remains valid.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="345"/>
        <source>Cetakan pertama. Setelah dicetak atau disimpan sebagai PDF, status permohonan menjadi &apos;%1&apos; dan datanya tidak bisa diubah lagi di laptop.</source>
        <translation>First print. Once it is printed or saved as PDF, the application status becomes &apos;%1&apos; and its data can no longer be changed on the laptop.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="361"/>
        <source>Pratinjau tidak tersedia.</source>
        <translation>Preview not available.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="371"/>
        <source>File tidak bisa disimpan di sana. Pilih folder lain (misalnya Dokumen) lalu coba lagi.</source>
        <translation>The file cannot be saved there. Choose another folder (for example Documents) and try again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="375"/>
        <source>Tanda terima tidak bisa dibuat karena kesalahan aplikasi. Tutup jendela ini lalu coba lagi; jika tetap gagal, hubungi admin TI kantor.</source>
        <translation>The receipt could not be created because of an application error. Close this window and try again; if it still fails, contact the office IT administrator.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="446"/>
        <source>Mencetak tanda terima…</source>
        <translation>Printing receipt…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="464"/>
        <source>Printer tidak bisa dipakai. Periksa kabel, kertas dan daya printer, lalu tekan Cetak lagi (cetakan berikutnya bertanda SALINAN).</source>
        <translation>The printer cannot be used. Check the printer&apos;s cable, paper and power, then press Print again (the next print will be marked SALINAN).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="471"/>
        <source>Tanda terima dikirim ke printer. Serahkan kepada pemohon.</source>
        <translation>Receipt sent to the printer. Hand it to the applicant.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="552"/>
        <source>Menyimpan PDF…</source>
        <translation>Saving PDF…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/print_receipt.py" line="562"/>
        <source>Tanda terima disimpan di %1. Cetak file itu lalu serahkan kepada pemohon.</source>
        <translation>Receipt saved to %1. Print that file, then hand it to the applicant.</translation>
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
    <name>ReportsView</name>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="114"/>
        <source>Laporan kunjungan</source>
        <translation>Visit reports</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="122"/>
        <source>Hanya supervisor yang dapat melihat laporan.</source>
        <translation>Only supervisors can view reports.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="137"/>
        <source>Per kunjungan</source>
        <translation>By visit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="139"/>
        <source>Rentang tanggal</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="160"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="166"/>
        <source>&amp;Pratinjau</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="168"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="170"/>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="172"/>
        <source>Ekspor XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="174"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="282"/>
        <source>Belum ada kunjungan. Pilih rentang tanggal, atau buka kunjungan.</source>
        <translation>No visits yet. Choose a date range, or open a visit.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="302"/>
        <source>Menyusun laporan…</source>
        <translation>Compiling report…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="319"/>
        <source>%1 pemohon · %2 halaman</source>
        <translation>%1 applicant(s) · %2 page(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="336"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="337"/>
        <source>CSV untuk Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="338"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="341"/>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="382"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="389"/>
        <source>Laporan disimpan: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="396"/>
        <source>Tampilkan pratinjau dulu, lalu cetak.</source>
        <translation>Show the preview first, then print.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="418"/>
        <source>Menyiapkan cetakan…</source>
        <translation>Preparing printout…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="424"/>
        <source>Printer tidak dapat dipakai. Periksa printer lalu coba lagi.</source>
        <translation>The printer cannot be used. Check the printer, then try again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="439"/>
        <source>Laporan dikirim ke printer.</source>
        <translation>Report sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="478"/>
        <source>Berkas tidak dapat disimpan (%1). Pilih folder lain.</source>
        <translation>The file could not be saved (%1). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/reports.py" line="483"/>
        <source>Laporan gagal dibuat. Coba lagi; bila terulang, hubungi admin.</source>
        <translation>The report could not be created. Try again; if it happens again, contact the administrator.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="62"/>
        <source>Pengaturan awal laptop</source>
        <translation>Laptop first-time setup</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="70"/>
        <source>Isi data kantor dan akun petugas yang memakai laptop ini. Langkah ini hanya sekali. Setiap kata sandi minimal 8 karakter, berisi huruf dan angka.</source>
        <translation>Enter the office details and the accounts of the officers who use this laptop. This step is needed only once. Each password must be at least 8 characters long and contain letters and digits.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="79"/>
        <source>mis. DPMPTSP Kabupaten Bogor</source>
        <translation>e.g. DPMPTSP Kabupaten Bogor</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="84"/>
        <source>mis. (0251) 8xxxxxx</source>
        <translation>e.g. (0251) 8xxxxxx</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="88"/>
        <source>WIB: Waktu Indonesia Barat (Sumatra, Jawa, Kalbar, Kalteng)</source>
        <translation>WIB: Western Indonesia Time (Sumatra, Java, West and Central Kalimantan)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="90"/>
        <source>WITA: Waktu Indonesia Tengah (Bali, Nusa Tenggara, Kalsel, Kaltim, Sulawesi)</source>
        <translation>WITA: Central Indonesia Time (Bali, Nusa Tenggara, South and East Kalimantan, Sulawesi)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="92"/>
        <source>WIT: Waktu Indonesia Timur (Maluku, Papua)</source>
        <translation>WIT: Eastern Indonesia Time (Maluku, Papua)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="97"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="100"/>
        <source>&amp;Nama kantor:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="101"/>
        <source>&amp;Alamat:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="102"/>
        <source>&amp;Telepon:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="103"/>
        <source>&amp;Zona waktu:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="108"/>
        <source>mis. Kepala Bidang Pelayanan</source>
        <translation>e.g. Head of Services</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="115"/>
        <source>Supervisor pertama</source>
        <translation>First supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="118"/>
        <source>Nama &amp;supervisor:</source>
        <translation>&amp;Supervisor name:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="119"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="120"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="124"/>
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="128"/>
        <source>Boleh dikosongkan: supervisor dapat menambah operator nanti. Baris yang kosong seluruhnya diabaikan.</source>
        <translation>May be left empty: the supervisor can add operators later. Rows left completely empty are ignored.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="139"/>
        <source>Nama operator</source>
        <translation>Operator name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="140"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="141"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="145"/>
        <source>&amp;Tambah operator</source>
        <translation>Add &amp;operator</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="161"/>
        <location filename="../../fieldkit/ui/views/setup.py" line="460"/>
        <source>Simpan dan &amp;mulai</source>
        <translation>Save and &amp;get started</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="241"/>
        <source>Nama operator %1</source>
        <translation>Operator %1 name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="243"/>
        <source>Kata sandi operator %1</source>
        <translation>Operator %1 password</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="246"/>
        <source>Ulangi kata sandi operator %1</source>
        <translation>Repeat operator %1 password</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="249"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="251"/>
        <source>Hapus baris operator ini</source>
        <translation>Remove this operator row</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="322"/>
        <source>Ketik kata sandi yang sama sekali lagi di kolom Ulangi.</source>
        <translation>Type the same password again in the Repeat field.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="324"/>
        <source>Kedua kata sandi belum sama. Ketik ulang dengan teliti.</source>
        <translation>The two passwords do not match. Retype them carefully.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="325"/>
        <source>Kata sandi sudah cukup kuat dan sama.</source>
        <translation>The password is strong enough and matches.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="351"/>
        <source>Isi nama supervisor.</source>
        <translation>Enter the supervisor&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="355"/>
        <source>Kata sandi supervisor dan ulangannya belum sama. Ketik ulang keduanya.</source>
        <translation>The supervisor password and its repetition do not match. Retype both.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="365"/>
        <source>Isi nama operator pada baris %1, atau hapus baris itu.</source>
        <translation>Enter the operator name in row %1, or remove that row.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="374"/>
        <source>Kata sandi operator pada baris %1 dan ulangannya belum sama. Ketik ulang keduanya.</source>
        <translation>The operator password in row %1 and its repetition do not match. Retype both.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="434"/>
        <source>Pengaturan gagal karena kesalahan tak terduga. Coba simpan lagi.</source>
        <translation>Setup failed because of an unexpected error. Try saving again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/setup.py" line="460"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="39"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="59"/>
        <source>Ketik atau pilih nama Anda</source>
        <translation>Type or choose your name</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="77"/>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="246"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="84"/>
        <source>&amp;Petugas:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="86"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="142"/>
        <source>Daftar petugas tidak bisa dibaca. Tutup lalu buka lagi aplikasi.</source>
        <translation>The officer list cannot be read. Close and reopen the application.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="158"/>
        <source>Belum ada petugas aktif di laptop ini. Minta supervisor menambah akun.</source>
        <translation>There are no active officers on this laptop yet. Ask a supervisor to add an account.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="198"/>
        <source>Pilih nama Anda dari daftar petugas.</source>
        <translation>Choose your name from the officer list.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="203"/>
        <source>Ketik kata sandi Anda, lalu tekan Enter.</source>
        <translation>Type your password, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="237"/>
        <source>Tidak bisa masuk karena kesalahan tak terduga. Coba lagi.</source>
        <translation>Could not sign in because of an unexpected error. Try again.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sign_in.py" line="246"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>StatusReasonDialog</name>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="185"/>
        <source>Ubah status ke &apos;%1&apos;</source>
        <translation>Change status to &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="192"/>
        <source>Pilih alasan…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="197"/>
        <source>Keterangan untuk petugas (boleh kosong)</source>
        <translation>Note for officers (optional)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="201"/>
        <source>13 digit dari OSS</source>
        <translation>13 digits from OSS</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="203"/>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="204"/>
        <source>&amp;Keterangan:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="206"/>
        <source>&amp;NIB:</source>
        <translation>&amp;NIB:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="211"/>
        <source>Simpan status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/detail.py" line="213"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SyncPanelView</name>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="135"/>
        <source>← &amp;Kembali ke daftar (Esc)</source>
        <translation>← &amp;Back to list (Esc)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="138"/>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="143"/>
        <source>Sinkronkan sekara&amp;ng (F9)</source>
        <translation>Sync &amp;now (F9)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="171"/>
        <source>Log kesala&amp;han</source>
        <translation>&amp;Error log</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="188"/>
        <source>Data ini sudah tersimpan di laptop dan akan dikirim otomatis saat ada jaringan.</source>
        <translation>This data is already saved on the laptop and will be sent automatically when a network is available.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="194"/>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="213"/>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="240"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="194"/>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="213"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="194"/>
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="194"/>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="213"/>
        <source>Percobaan</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="206"/>
        <source>Data yang gagal terkirim atau ditolak server. Perbaiki bila diminta, lalu tekan &apos;Coba lagi&apos;.</source>
        <translation>Data that failed to send or was refused by the server. Correct it if asked, then press &apos;Retry&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="213"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="217"/>
        <source>&amp;Coba lagi</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="234"/>
        <source>Data di laptop diubah setelah server punya versi yang lebih baru. Bandingkan keduanya (bila perlu tanyakan ke pemohon atau kantor), lalu pilih yang benar.</source>
        <translation>The data on the laptop was changed after the server received a newer version. Compare the two (ask the applicant or the office if necessary), then choose the correct one.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="240"/>
        <source>Revisi laptop / server</source>
        <translation>Laptop / server revision</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="240"/>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="306"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="245"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="245"/>
        <source>Di laptop</source>
        <translation>On the laptop</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="245"/>
        <source>Di server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="250"/>
        <source>Pakai data &amp;laptop</source>
        <translation>Use lap&amp;top data</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="253"/>
        <source>Pakai data se&amp;rver</source>
        <translation>Use &amp;server data</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="272"/>
        <source>Catatan kesalahan sinkronisasi (tanpa NIK dan nama). Salin dan kirim ke admin kantor bila diminta.</source>
        <translation>Sync error log (without NIKs or names). Copy it and send it to the office administrator if asked.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="285"/>
        <source>Sa&amp;lin</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="299"/>
        <source>Perjalanan data</source>
        <translation>Data trail</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="302"/>
        <source>Pilih satu baris untuk melihat perjalanannya.</source>
        <translation>Select a row to see its trail.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="306"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="306"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="313"/>
        <source>&amp;Menunggu (%1)</source>
        <translation>&amp;Pending (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="314"/>
        <source>&amp;Gagal (%1)</source>
        <translation>&amp;Failed (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="315"/>
        <source>Kon&amp;flik (%1)</source>
        <translation>&amp;Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="360"/>
        <source>Belum ada kesalahan.</source>
        <translation>No errors yet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="409"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="455"/>
        <source>Permohonan %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="479"/>
        <source>Belum ada catatan.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="487"/>
        <source>%1 perubahan dan %2 dokumen menunggu</source>
        <translation>%1 change(s) and %2 document(s) waiting</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="492"/>
        <source>%1 lagi</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="494"/>
        <source>terakhir berhasil: %1</source>
        <translation>last successful: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="498"/>
        <source>belum pernah berhasil sinkron</source>
        <translation>never synced successfully</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="501"/>
        <source>server: %1</source>
        <translation>server: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="522"/>
        <source>Terjadi kesalahan yang tidak terduga. Coba lagi; bila terus terjadi, salin log kesalahan dan hubungi admin kantor.</source>
        <translation>An unexpected error occurred. Try again; if it keeps happening, copy the error log and contact the office administrator.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="616"/>
        <source>Pakai data server untuk %1? Perubahan yang dibuat di laptop ini akan diganti dengan data server.</source>
        <translation>Use the server data for %1? Changes made on this laptop will be replaced by the server data.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="621"/>
        <source>Pakai data laptop untuk %1? Data laptop akan dikirim lagi dan menggantikan data di server.</source>
        <translation>Use the laptop data for %1? The laptop data will be sent again and will replace the data on the server.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="627"/>
        <source>Selesaikan konflik</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="630"/>
        <source>Pakai data laptop</source>
        <translation>Use laptop data</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="630"/>
        <source>Pakai data server</source>
        <translation>Use server data</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="634"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="674"/>
        <source>Log kesalahan disalin.</source>
        <translation>Error log copied.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="674"/>
        <source>Log kesalahan kosong.</source>
        <translation>The error log is empty.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="700"/>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="702"/>
        <source>Perubahan status</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/sync_panel.py" line="703"/>
        <source>Data permohonan</source>
        <translation>Application data</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="138"/>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="215"/>
        <source>Sinkronkan sekarang (F9)</source>
        <translation>Sync now (F9)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="186"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="190"/>
        <source>%1 menunggu</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="192"/>
        <source>Semua terkirim</source>
        <translation>All sent</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="195"/>
        <source>%1 perubahan data dan %2 dokumen menunggu dikirim ke server</source>
        <translation>%1 data change(s) and %2 document(s) waiting to be sent to the server</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="200"/>
        <source>%1 lagi</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="201"/>
        <source>Ukuran dokumen yang belum terunggah</source>
        <translation>Size of documents not yet uploaded</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="205"/>
        <source>Terakhir: %1</source>
        <translation>Last: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="210"/>
        <source>Belum pernah sinkron</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="211"/>
        <source>Sinkronisasi terakhir yang berhasil</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="217"/>
        <source>Sambungkan ke server… (F9)</source>
        <translation>Connect to server… (F9)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="260"/>
        <source>%1 data ditolak atau bentrok di server.</source>
        <translation>%1 item(s) refused or in conflict on the server.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/sync_status.py" line="268"/>
        <source>Sinkronisasi berhenti karena kesalahan program.</source>
        <translation>Sync stopped because of a program error.</translation>
    </message>
</context>
<context>
    <name>VerifyReceiptDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="71"/>
        <source>Periksa tanda terima</source>
        <translation>Verify receipt</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="88"/>
        <source>Pindai kode QR, atau ketik ABCDE-23456</source>
        <translation>Scan the QR code, or type ABCDE-23456</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="89"/>
        <source>&amp;Isi kode QR atau kode pelacakan:</source>
        <translation>&amp;QR code or tracking code:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="91"/>
        <source>&amp;Periksa (Enter)</source>
        <translation>&amp;Verify (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="100"/>
        <source>Arahkan pemindai ke kode QR pada tanda terima; hasilnya muncul di bawah. Tanpa pemindai, ketik kode pelacakan yang tercetak (huruf besar atau kecil sama saja) lalu tekan Enter. Pemeriksaan ini tidak memerlukan internet.</source>
        <translation>Point the scanner at the QR code on the receipt; the result appears below. Without a scanner, type the printed tracking code (upper or lower case does not matter), then press Enter. This check does not need the internet.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="131"/>
        <source>Permohonan di laptop ini</source>
        <translation>Application on this laptop</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="144"/>
        <source>Kode pelacakan:</source>
        <translation>Tracking code:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="145"/>
        <source>NIK:</source>
        <translation>NIK:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="146"/>
        <source>Nama pemohon:</source>
        <translation>Applicant name:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="147"/>
        <source>Nama usaha:</source>
        <translation>Business name:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="148"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="149"/>
        <source>&amp;Buka permohonan</source>
        <translation>&amp;Open application</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="169"/>
        <source>&amp;Tutup (Esc)</source>
        <translation>&amp;Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="190"/>
        <source>Pindai kode QR pada tanda terima atau ketik kode pelacakannya dulu.</source>
        <translation>Scan the QR code on the receipt or type its tracking code first.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="195"/>
        <source>Masuk sebagai petugas dulu untuk memeriksa tanda terima.</source>
        <translation>Sign in as an officer first to verify receipts.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="229"/>
        <source>Tanda terima tidak bisa diperiksa karena kesalahan aplikasi. Coba lagi; jika tetap gagal, hubungi admin TI kantor.</source>
        <translation>The receipt could not be verified because of an application error. Try again; if it still fails, contact the office IT administrator.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="236"/>
        <source>✔ ASLI</source>
        <translation>✔ GENUINE</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="237"/>
        <source>✖ PALSU atau diubah</source>
        <translation>✖ FORGED or altered</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="238"/>
        <source>✖ Perangkat tidak dikenal</source>
        <translation>✖ Unknown device</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="239"/>
        <source>⚠ Perangkat belum terverifikasi</source>
        <translation>⚠ Device not yet verified</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="240"/>
        <source>Hanya kode pelacakan (tanpa tanda tangan)</source>
        <translation>Tracking code only (no signature)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="241"/>
        <source>? Tidak dapat dibaca</source>
        <translation>? Unreadable</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="258"/>
        <source>Tanggal terbit: %1.</source>
        <translation>Issued on: %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/verify_receipt.py" line="279"/>
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
        <location filename="../../fieldkit/ui/views/visit.py" line="137"/>
        <source>Buka kunjungan</source>
        <translation>Open visit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="155"/>
        <source>&amp;Lanjutkan</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="158"/>
        <source>Masih &amp;terbuka:</source>
        <translation>Still op&amp;en:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="168"/>
        <source>Pilih desa/kelurahan yang dikunjungi hari ini, petugas yang hadir, dan target pemohon. Setelah kunjungan dibuka, pemohon bisa didaftarkan.</source>
        <translation>Choose the village visited today, the officers present and the applicant target. Once the visit is open, applicants can be registered.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="196"/>
        <source> pemohon</source>
        <translation> applicants</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="206"/>
        <source>&amp;Desa/kelurahan:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="207"/>
        <source>Ta&amp;nggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="208"/>
        <source>&amp;Petugas yang hadir:</source>
        <translation>Officers &amp;present:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="209"/>
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
        <location filename="../../fieldkit/ui/views/visit.py" line="457"/>
        <source>Kec. %1</source>
        <translation>%1 District</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="467"/>
        <source>Kunjungan hari ini, %1</source>
        <translation>Today&apos;s visit, %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="469"/>
        <source>Kunjungan terbuka, %1 (bukan hari ini)</source>
        <translation>Open visit, %1 (not today)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="478"/>
        <source>Petugas: %1</source>
        <translation>Officers: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="502"/>
        <source>%1 dari %2 pemohon</source>
        <translation>%1 of %2 applicants</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="513"/>
        <source>Target tercapai. Terima kasih!</source>
        <translation>Target reached. Thank you!</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="517"/>
        <source>Kurang %1 pemohon lagi untuk mencapai target.</source>
        <translation>%1 more applicant(s) needed to reach the target.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="554"/>
        <source>%1 (Anda)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="561"/>
        <source>Petugas yang membuka kunjungan selalu ikut.</source>
        <translation>The officer who opens the visit is always included.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="590"/>
        <source>%1 (hari ini)</source>
        <translation>%1 (today)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="619"/>
        <source>Pilih desa/kelurahan dari daftar: ketik namanya, pilih dengan ↑/↓, lalu tekan Enter.</source>
        <translation>Choose the village from the list: type its name, choose with ↑/↓, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="711"/>
        <location filename="../../fieldkit/ui/views/visit.py" line="727"/>
        <source>Tutup kunjungan</source>
        <translation>Close visit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="713"/>
        <source>Tutup kunjungan di %1 (%2), %3?</source>
        <translation>Close the visit to %1 (%2), %3?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="718"/>
        <source>Tercatat %1 pemohon.</source>
        <translation>%1 applicant(s) recorded.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="721"/>
        <source>%1 masih draf: draf tetap tersimpan dan bisa dilengkapi dari Daftar pemohon.</source>
        <translation>%1 still in draft: drafts stay saved and can be completed from the Applicant list.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="724"/>
        <source>Setelah ditutup, pemohon baru tidak bisa ditambahkan ke kunjungan ini.</source>
        <translation>Once the visit is closed, no new applicants can be added to it.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="729"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="764"/>
        <source>Kunjungan di %1 (%2), %3 sudah ditutup dengan %4 pemohon. Untuk pemohon berikutnya, buka kunjungan baru di bawah.</source>
        <translation>The visit to %1 (%2), %3 has been closed with %4 applicant(s). For further applicants, open a new visit below.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/views/visit.py" line="793"/>
        <source>Terjadi kesalahan tak terduga. Coba lagi; jika berulang, hubungi admin.</source>
        <translation>An unexpected error occurred. Try again; if it happens again, contact the administrator.</translation>
    </message>
</context>
<context>
    <name>WarningAcknowledgementDialog</name>
    <message>
        <location filename="../../fieldkit/ui/widgets/warning_dialog.py" line="28"/>
        <source>Periksa peringatan sebelum Siap</source>
        <translation>Check warnings before marking Ready</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/warning_dialog.py" line="33"/>
        <source>Periksa setiap peringatan bersama pemohon (cocokkan dengan KTP). Jika datanya sudah benar, centang kotaknya. Konfirmasi Anda dicatat dengan nama Anda dan waktunya.</source>
        <translation>Check each warning with the applicant (compare with the KTP). If the data is correct, tick the box. Your confirmation is recorded with your name and the time.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/warning_dialog.py" line="51"/>
        <source>Saya sudah memeriksa dengan pemohon</source>
        <translation>I have checked this with the applicant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/warning_dialog.py" line="63"/>
        <source>&amp;Konfirmasi dan tandai Siap</source>
        <translation>&amp;Confirm and mark Ready</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/warning_dialog.py" line="66"/>
        <source>&amp;Batal</source>
        <translation>Ca&amp;ncel</translation>
    </message>
</context>
<context>
    <name>_DocumentRow</name>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="549"/>
        <source>%1 halaman</source>
        <translation>%1 page(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="552"/>
        <source>belum disimpan</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="560"/>
        <source>Ganti…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/widgets/documents_panel.py" line="562"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
</context>
</TS>
