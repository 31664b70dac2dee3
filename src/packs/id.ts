import type { LanguagePack } from './types.js'

export const id: LanguagePack = {
  code: 'id',
  iso3: 'ind',
  name: 'Indonesian',
  script: 'space',
  families: {
    consent: [
      'cookie*', 'kuki', 'persetujuan anda', 'data pribadi', 'privasi', 'kebijakan privasi', 'mitra kami', 'pihak ketiga',
      'kepentingan yang sah', 'kepentingan sah', 'iklan yang dipersonalisasi', 'dipersonalisasi', 'personalisasi',
      'konten yang dipersonalisasi', 'pengukuran iklan', 'pengukuran konten', 'geolokasi', 'data lokasi', 'pengenal',
      'perangkat anda', 'menyimpan dan', 'gdpr', 'tujuan pemrosesan', 'pemrosesan data', 'menarik persetujuan',
      'pengalaman menjelajah', 'pengalaman browsing', 'teknologi serupa', 'pelacakan', 'vendor', 'tcf', 'tanpa iklan',
      'pengaturan privasi',
    ],
    consentButton: [
      'terima semua', 'saya setuju', 'setujui', 'terima dan tutup', 'terima dan lanjutkan',
      'tolak semua', 'lanjutkan tanpa', 'sesuaikan', 'pengaturan', 'kelola pengaturan', 'kelola opsi', 'kelola preferensi',
      'atur cookie', 'simpan pengaturan', 'simpan preferensi', 'simpan dan tutup', 'konfirmasi pilihan', 'opsi lainnya',
      'informasi lebih lanjut', 'pelajari lebih lanjut', 'selengkapnya', 'tampilkan tujuan', 'lihat mitra',
      'hanya yang diperlukan', 'yang diperlukan saja', 'izinkan semua', 'izinkan', 'saya mengerti', 'oke', 'ok',
    ],
    paywall: [
      'berlangganan', 'langganan', 'khusus pelanggan', 'khusus member', 'sudah berlangganan', 'premium',
      'konten premium', 'konten eksklusif', 'uji coba gratis', 'coba gratis', 'gratis selama', 'batalkan kapan',
      'bulan pertama', 'rp bulan', 'akses tanpa batas', 'akses penuh',
      'akses ke semua', 'penawaran khusus', 'promo', 'lanjutkan membaca', 'baca selengkapnya', 'untuk membaca',
      'buka kunci', 'paywall', 'langganan digital', 'edisi digital', 'e paper', 'termasuk ppn', 'dukung kami',
      'jadi member', 'pilih paket', 'paket langganan',
    ],
    adblock: [
      'adblock*', 'ad blocker', 'pemblokir iklan', 'pemblokir', 'blokir iklan', 'nonaktifkan', 'matikan', 'daftar putih',
      'whitelist*', 'izinkan iklan', 'pendapatan iklan', 'muat ulang', 'segarkan halaman', 'refresh halaman', 'ublock',
      'adblock plus', 'anda menggunakan', 'sepertinya anda', 'sudah menonaktifkan',
    ],
    login: [
      'login', 'log in', 'logout', 'registrasi', 'daftar sekarang', 'buat akun', 'akun saya',
      'profil saya', 'kata sandi', 'password', 'lupa kata sandi', 'lupa password', 'alamat email', 'nama pengguna',
      'username', 'ingat saya', 'tetap masuk', 'masuk dengan', 'lanjutkan dengan', 'belum punya akun', 'sudah punya akun',
      'pengguna terdaftar',
    ],
    nav: [
      'beranda', 'halaman utama', 'home', 'menu', 'cari', 'pencarian', 'langsung ke konten', 'lewati ke konten',
      'konten utama', 'navigasi', 'kanal', 'rubrik', 'arsip', 'indeks berita', 'kontak', 'politik', 'ekonomi', 'bisnis',
      'keuangan', 'olahraga', 'sepak bola', 'budaya', 'sains', 'teknologi', 'tekno', 'opini', 'kolom',
      'internasional', 'dunia', 'cuaca', 'travel', 'wisata', 'kesehatan', 'gaya hidup', 'lifestyle', 'video',
      'podcast*', 'live', 'siaran langsung', 'berita terkini', 'terkini', 'berita terbaru', 'otomotif', 'properti',
      'pendidikan', 'lingkungan', 'zodiak', 'hiburan', 'seleb', 'kembali ke atas', 'semua kanal',
    ],
    share: [
      'bagikan', 'bagikan ke', 'share', 'cetak', 'print', 'email', 'e mail', 'salin tautan', 'salin link',
      'tautan disalin', 'link disalin', 'disalin', 'simpan artikel', 'tersimpan', 'dengarkan', 'dengarkan artikel',
      'ukuran teks', 'ukuran huruf', 'messenger', 'flipboard', 'baca nanti',
    ],
    related: [
      'baca juga', 'baca lainnya', 'baca selengkapnya', 'lihat juga', 'artikel terkait', 'berita terkait',
      'berita lainnya', 'artikel lainnya', 'terpopuler', 'paling populer', 'terbanyak dibaca', 'populer',
      'rekomendasi', 'pilihan editor', 'newsletter*', 'buletin', 'kotak masuk', 'tag', 'topik', 'topik terkait',
      'jangan lewatkan', 'berita terbaru', 'pilihan untukmu', 'mungkin anda', 'anda mungkin', 'simak juga',
      'simak berita', 'google news',
    ],
    ad: [
      'iklan', 'advertisement', 'disponsori', 'konten bersponsor', 'bersponsor', 'sponsored', 'advertorial',
      'dipersembahkan oleh', 'afiliasi', 'tautan afiliasi', 'outbrain', 'taboola',
      'scroll untuk', 'lanjut baca', 'gulir ke bawah', 'scroll to continue',
    ],
    editor: [
      'pembaca layar', 'pintasan keyboard', 'tekan', 'ctrl', 'alt', 'tombol panah', 'enter', 'kolaborator',
      'bergabung dengan dokumen', 'meninggalkan dokumen', 'saran pengeditan', 'mode saran', 'mode pengeditan',
      'hanya baca', 'riwayat versi', 'terakhir diedit', 'semua perubahan', 'aksesibilitas', 'braille',
      'aktifkan dukungan',
    ],
    comments: [
      'komentar', 'komentari', 'balas', 'balasan', 'laporkan', 'pedoman komentar', 'moderasi', 'urutkan',
      'terlama', 'lihat balasan', 'forum', 'disqus', 'tulis komentar', 'tambahkan komentar', 'untuk berkomentar',
    ],
    footer: [
      'kebijakan privasi', 'syarat dan ketentuan', 'syarat ketentuan', 'ketentuan penggunaan', 'pedoman media siber',
      'pedoman media', 'kontak', 'hubungi kami', 'tentang kami', 'redaksi', 'karir', 'karier', 'info iklan', 'pasang iklan',
      'hak cipta', 'dilindungi undang undang', 'all rights reserved', 'copyright', 'peta situs', 'sitemap', 'bantuan',
      'pertanyaan umum', 'faq', 'layanan pelanggan', 'kode etik', 'disclaimer', 'rss', 'susunan redaksi',
    ],
    author: [
      'penulis', 'penulis reporter', 'ditulis oleh', 'reporter', 'wartawan', 'jurnalis', 'koresponden', 'editor',
      'redaktur', 'pemimpin redaksi', 'kontributor', 'kolumnis', 'penyunting',
    ],
    bio: [
      'adalah wartawan', 'adalah jurnalis', 'adalah reporter', 'adalah editor', 'bekerja sebagai', 'pernah bekerja',
      'lulusan', 'alumnus', 'menulis tentang', 'semua artikel', 'artikel penulis',
      'penulis buku',
    ],
    contributors: [
      'kontributor', 'berkontribusi', 'turut berkontribusi', 'dengan kontribusi', 'penyunting', 'disunting oleh',
      'penyuntingan', 'pemeriksa fakta', 'cek fakta', 'infografis', 'grafis',
    ],
    provenance: [
      'diterjemahkan', 'terjemahan', 'penerjemah', 'alih bahasa', 'diterjemahkan dari', 'terjemahan mesin',
      'pertama kali diterbitkan', 'pertama kali terbit', 'tayang pertama', 'telah tayang', 'artikel ini telah',
      'diterbitkan ulang', 'dengan izin', 'artikel asli', 'versi asli', 'creative commons', 'sumber asli',
    ],
    credit: [
      'foto', 'gambar', 'ilustrasi', 'infografis', 'grafis', 'video', 'arsip', 'foto arsip', 'fotografer', 'getty',
      'getty images', 'antara foto', 'tangkapan layar', 'istimewa', 'dok', 'dokumentasi', 'shutterstock', 'freepik',
    ],
    source: [
      'sumber', 'kantor berita', 'antaranews', 'via', 'dilansir', 'dilansir dari', 'melansir', 'dikutip dari',
      'reuters', 'afp', 'kompas com',
      // Organisation units signing a page ("Diunggah oleh: Humas Disdukcapil"), not people.
      'humas', 'redaksi', 'tim redaksi', 'admin',
    ],
    date: [
      'diterbitkan', 'dipublikasikan', 'diperbarui', 'diperbaharui', 'terakhir diperbarui', 'hari ini', 'kemarin',
      'menit lalu', 'jam lalu', 'hari lalu', 'wib', 'wita', 'wit', 'waktu baca', 'senin', 'selasa',
      'rabu', 'kamis', 'jumat', 'sabtu',
    ],
  },
  months: [
    ['januari', 'jan'], ['februari', 'feb'], ['maret', 'mar'], ['april', 'apr'], ['mei'], ['juni', 'jun'], ['juli', 'jul'],
    ['agustus', 'agu', 'agt', 'ags'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'],
    ['desember', 'des'],
  ],
  byline: {
    prefixes: ['oleh', 'penulis', 'reporter', 'laporan', 'wartawan', 'diposting oleh', 'ditulis oleh'],
    and: ['dan', '&'],
    copula: ['adalah', 'merupakan'],
    contributed: ['turut berkontribusi dalam artikel ini', 'berkontribusi dalam laporan ini', 'turut berkontribusi'],
    in: ['di', 'dari'],
  },
}
