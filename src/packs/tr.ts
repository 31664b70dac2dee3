import type { LanguagePack } from './types.js'

export const tr: LanguagePack = {
  code: 'tr',
  iso3: 'tur',
  name: 'Turkish',
  script: 'space',
  families: {
    consent: [
      'çerez*', 'cookie*', 'kişisel veri*', 'kvkk', 'aydınlatma metni', 'açık rıza', 'rızanız*', 'onayınız*',
      'gizlilik', 'gizlilik politikası', 'iş ortakları*', 'iş ortaklarımız', 'üçüncü taraf*', 'meşru menfaat',
      'kişiselleştiril*', 'kişiselleştirme', 'reklam ölçümü', 'içerik ölçümü', 'konum verileri', 'coğrafi konum',
      'tanımlayıcı*', 'cihazınız*', 'cihaz bilgileri', 'gdpr', 'verilerin işlenmesi', 'takip teknolojileri',
      'benzer teknolojiler', 'sağlayıcılar', 'tcf', 'tarama deneyim*', 'kullanıcı deneyim*',
    ],
    consentButton: [
      'kabul et', 'kabul ediyorum', 'tümünü kabul', 'hepsini kabul', 'tümünü kabul et', 'kabul et ve',
      'reddet', 'tümünü reddet', 'hepsini reddet', 'kabul etmeden', 'özelleştir', 'ayarlar', 'çerez ayarları',
      'ayarları yönet', 'tercihleri yönet', 'seçenekleri yönet', 'tercihleri kaydet', 'ayarları kaydet', 'kaydet ve',
      'seçimi onayla', 'seçimlerimi onayla', 'daha fazla seçenek', 'daha fazla bilgi', 'detaylı bilgi',
      'amaçları göster', 'ortakları göster', 'yalnızca gerekli', 'sadece gerekli', 'zorunlu çerezler',
      'tümüne izin', 'izin ver', 'anladım', 'tamam',
    ],
    paywall: [
      'abone ol', 'abone olun', 'abonelik*', 'aboneler*', 'abonelere özel', 'zaten abone', 'üyelik*', 'üye ol',
      'üye olun', 'premium', 'özel içerik', 'ücretsiz deneme', 'deneme süresi', 'ücretsiz dene', 'taahhütsüz',
      'istediğin zaman', 'dilediğiniz zaman', 'iptal edebilirsiniz', 'tl ay', 'ilk ay',
      'sınırsız erişim', 'tam erişim', 'tüm içeriklere', 'özel teklif', 'okumaya devam', 'devamını oku',
      'devamını okumak', 'kilidi aç', 'ödeme duvarı', 'paywall', 'dijital abonelik', 'e gazete', 'kdv dahil',
      'destek ol', 'paket seç',
    ],
    adblock: [
      'adblock*', 'reklam engelle*', 'ad blocker', 'engelleyici*', 'devre dışı bırakın', 'kapatın', 'beyaz liste*',
      'izin verilenler', 'reklamlara izin', 'reklam gelir*', 'sayfayı yenile*', 'yeniden yükle*', 'ublock',
      'adblock plus', 'kullanıyorsunuz', 'kullandığınızı', 'devre dışı bıraktım',
    ],
    login: [
      'giriş yap', 'giriş yapın', 'oturum aç', 'oturumu kapat', 'çıkış yap', 'üye girişi', 'kayıt ol', 'kaydol',
      'kayıt olun', 'hesap oluştur', 'hesabım', 'hesabınız*', 'profilim', 'şifre', 'şifremi unuttum', 'parola',
      'e posta adresi', 'kullanıcı adı', 'beni hatırla', 'oturumu açık', 'google ile', 'apple ile', 'hesabın yok',
      'hesabınız yok', 'zaten üye', 'login',
    ],
    nav: [
      'ana sayfa', 'anasayfa', 'menü', 'arama', 'içeriğe geç', 'ana içeriğe', 'gezinme', 'kategoriler',
      'bölümler', 'arşiv', 'iletişim', 'siyaset', 'ekonomi', 'finans', 'spor', 'futbol', 'kültür',
      'kültür sanat', 'bilim', 'teknoloji', 'görüş', 'yazarlar', 'köşe yazıları', 'yerel', 'gündem', 'dünya',
      'hava durumu', 'seyahat', 'sağlık', 'magazin', 'video', 'podcast*', 'canlı yayın',
      'son dakika', 'haberler', 'otomobil', 'emlak', 'iklim', 'astroloji', 'burçlar', 'bulmaca',
      'başa dön', 'yukarı çık', 'tüm kategoriler',
    ],
    share: [
      'paylaş', 'paylaşın', 'paylaş facebook', 'yazdır', 'e posta', 'eposta', 'email', 'gönder', 'linki kopyala',
      'bağlantıyı kopyala', 'kopyalandı', 'kaydet', 'haberi kaydet', 'kaydedildi', 'favorilere', 'dinle', 'haberi dinle',
      'yazı boyutu', 'font boyutu', 'messenger', 'flipboard', 'whatsapp ta',
    ],
    related: [
      'ilgili haberler', 'ilgili haber', 'benzer haberler', 'bunlar da', 'bunu da', 'okumalısınız',
      'devamını oku', 'tümünü gör', 'tümünü göster', 'en çok okunan', 'çok okunanlar', 'popüler',
      'önerilen', 'önerilenler', 'editörün seçimi', 'bülten*', 'newsletter*', 'e bülten', 'gelen kutunuz*',
      'etiketler', 'konular', 'son haberler', 'kaçırmayın', 'gözden kaçırmayın', 'ilginizi çekebilir',
    ],
    ad: [
      'reklam', 'sponsorlu', 'sponsorlu içerik', 'sponsor', 'tanıtım yazısı', 'advertorial',
      'reklamdan sonra', 'haber devam', 'ortaklık bağlantı*', 'outbrain', 'taboola', 'reklamın devamı',
    ],
    editor: [
      'ekran okuyucu*', 'klavye kısayol*', 'kısayol*', 'tuşuna basın', 'ctrl', 'ok tuşları', 'enter',
      'ortak çalışan*', 'belgeye katıldı', 'belgeden ayrıldı', 'önerilen düzenlemeler', 'öneri modu', 'düzenleme modu',
      'salt okunur', 'sürüm geçmişi', 'son düzenleme', 'değişiklikler kaydedildi', 'erişilebilirlik', 'braille',
      'desteği etkinleştir',
    ],
    comments: [
      'yorum*', 'yorum yap', 'yorumlar', 'yanıtla', 'cevapla', 'şikayet et', 'bildir', 'beğen', 'beğeni*',
      'yorum kuralları', 'moderasyon', 'sırala', 'en yeni', 'en eski', 'yanıtları göster', 'forum', 'disqus',
      'yorum yazın', 'yorum yapmak', 'ilk yorumu',
    ],
    footer: [
      'gizlilik politikası', 'çerez politikası', 'kullanım koşulları', 'kullanım şartları', 'hizmet şartları',
      'kvkk aydınlatma', 'iletişim', 'bize ulaşın', 'hakkımızda', 'künye', 'kariyer', 'reklam ver', 'reklam',
      'tüm hakları', 'hakları saklıdır', 'copyright', 'site haritası', 'erişilebilirlik', 'yardım', 'sıkça sorulan',
      'sss', 'müşteri hizmetleri', 'yayın ilkeleri', 'etik ilkeler', 'rss', 'izinsiz kullanılamaz', 'kaynak gösterilmeden',
    ],
    author: [
      'yazar', 'yazan', 'yazarlar', 'muhabir*', 'gazeteci', 'editör', 'köşe yazarı', 'haber merkezi',
      'yazı işleri', 'genel yayın', 'yayın yönetmeni', 'haber müdürü', 'habercisi', 'hazırlayan', 'derleyen',
    ],
    bio: [
      'gazeteci olarak', 'muhabiri olarak', 'mezun oldu', 'mezunu', 'takip edin',
      'takip et', 'tüm yazıları', 'yazarın diğer', 'kitabın yazarı', 'ödüllü',
    ],
    contributors: [
      'katkıda bulundu', 'katkıda bulunanlar', 'katkılarıyla', 'haberi hazırlayan', 'hazırlayanlar',
      'derleyen', 'editörler', 'düzenleyen', 'redaksiyon', 'doğrulama', 'infografik',
    ],
    provenance: [
      'çeviri', 'çeviren', 'tercüme', 'türkçeleştiren', 'makine çevirisi', 'otomatik çeviri',
      'ilk kez yayımlan*', 'ilk yayımlan*', 'orijinal*', 'yayımlanmıştır', 'izniyle', 'izin alınarak',
      'orijinal makale', 'creative commons', 'yeniden yayımlan*',
    ],
    credit: [
      'fotoğraf', 'fotoğraflar', 'foto', 'görsel', 'görseller', 'resim', 'illüstrasyon', 'infografik', 'video',
      'arşiv', 'arşiv fotoğrafı', 'fotoğrafçı', 'getty', 'getty images', 'ekran görüntüsü', 'temsili', 'temsili görsel',
      'anadolu ajansı', 'dha', 'iha',
    ],
    source: [
      'kaynak', 'kaynaklar', 'ajans', 'ajansı', 'haber ajansı', 'anadolu ajansı', 'aa', 'dha', 'iha', 'anka', 'via',
      'ajanslar', 'ajans haber',
    ],
    date: [
      'yayınlanma', 'yayınlanma tarihi', 'yayımlanma', 'güncellenme', 'güncelleme', 'son güncelleme', 'güncellendi',
      'oluşturulma', 'bugün', 'dün', 'dakika önce', 'saat önce', 'gün önce', 'dk', 'okuma süresi', 'pazartesi',
      'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar günü', 'pzt', 'çrş', 'prş', 'cmt',
    ],
  },
  months: [
    ['ocak', 'oca'], ['şubat', 'şub'], ['mart', 'mar'], ['nisan', 'nis'], ['mayıs', 'may'], ['haziran', 'haz'],
    ['temmuz', 'tem'], ['ağustos', 'ağu'], ['eylül', 'eyl'], ['ekim'], ['kasım'], ['aralık'],
  ],
  byline: {
    prefixes: ['yazan', 'yazar', 'haber', 'hazırlayan', 'derleyen', 'muhabir'],
    and: ['ve', '&'],
    copula: ['dir', 'dır', 'olarak', 'idi'],
    contributed: ['katkıda bulundu', 'katkıda bulunmuştur', 'haberin hazırlanmasına katkıda bulundu'],
    in: ['de', 'da', 'te', 'ta'],
  },
}
