import type { LanguagePack } from './types.js'

/** Language-independent tokens: brands, agencies, consent managers. Applied to every language. */
export const common: LanguagePack = {
  code: 'und',
  iso3: 'und',
  name: 'Any',
  script: 'space',
  families: {
    consent: [
      'cookie*', 'gdpr', 'onetrust', 'didomi', 'usercentrics', 'cookiebot', 'quantcast', 'sourcepoint', 'iab', 'tcf',
      'consentmanager', 'cookiefirst', 'cookieyes', 'trustarc', 'iubenda', 'axeptio', 'borlabs',
    ],
    adblock: ['adblock*', 'ublock', 'adguard', 'ghostery'],
    share: [
      'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'pinterest', 'instagram', 'youtube', 'telegram', 'reddit',
      'tiktok', 'threads', 'mastodon', 'bluesky', 'rss', 'e mail', 'email', 'flipboard', 'xing', 'vk', 'weibo', 'wechat',
      'viber', 'messenger', 'pocket', 'tumblr',
    ],
    ad: ['outbrain', 'taboola', 'plista', 'adsense', 'doubleclick'],
    footer: ['copyright', 'all rights reserved', 'impressum'],
    source: [
      'dpa', 'afp', 'reuters', 'ap', 'ansa', 'efe', 'epa', 'kna', 'apa', 'sda', 'ats', 'tass', 'xinhua', 'kyodo', 'pap',
      'ctk', 'čtk', 'ntb', 'tt', 'ritzau', 'stt', 'belga', 'anp', 'lusa', 'agerpres', 'mti', 'bloomberg', 'epd', 'sid',
      'upi', 'yonhap', 'jiji', 'ukrinform', 'anadolu', 'dha', 'ria',
    ],
    credit: [
      'getty', 'getty images', 'imago', 'imago images', 'shutterstock', 'istock', 'istockphoto', 'picture alliance',
      'keystone', 'reuters', 'ap photo', 'epa efe', 'afp photo', 'dpa bildfunk', 'alamy', 'unsplash', 'pexels',
      'pixabay', 'adobe stock', 'wikimedia commons', 'flickr', 'scanpix', 'ritzau scanpix', 'lehtikuva', 'sipa',
      'abaca', 'zuma', 'nurphoto', 'anadolu agency',
    ],
  },
  months: [],
  byline: {
    // Author-line openers of languages without a pack (South Slavic, Baltic, Bulgarian).
    prefixes: ['napisao', 'napisala', 'piše', 'avtor', 'avtorica', 'autorica', 'pripravil', 'pripravila', 'autorius', 'autorė', 'parašė', 'автор', 'написа'],
    and: ['&'],
    copula: [],
    contributed: [],
    in: [],
  },
}
