import lists from 'stopwords-iso/stopwords-iso.json' with { type: 'json' }

const all = lists as unknown as Record<string, string[]>
const cache = new Map<string, ReadonlySet<string>>()

/** Stop words of a language (stopwords-iso), or undefined when it has none. */
export function stopwordsFor(code: string): ReadonlySet<string> | undefined {
  let set = cache.get(code)
  if (!set) {
    const list = all[code === 'nb' ? 'no' : code]
    if (!list) return undefined
    set = new Set(list)
    cache.set(code, set)
  }
  return set
}

/** Languages with stop words, grouped by the script they are written in. */
export const STOPWORD_GROUPS = {
  latin: ['af', 'eu', 'br', 'ca', 'hr', 'cs', 'da', 'nl', 'en', 'eo', 'et', 'fi', 'fr', 'gl', 'de', 'ha', 'hu', 'id', 'ga', 'it', 'la', 'lt', 'lv', 'ms', 'no', 'pl', 'pt', 'ro', 'sk', 'sl', 'so', 'st', 'es', 'sw', 'sv', 'tl', 'tr', 'vi', 'yo', 'zu'],
  cyrillic: ['bg', 'ru', 'uk'],
  arabic: ['ar', 'fa', 'ur'],
} as const

/** Every language stopwords-iso covers. */
export const STOPWORD_LANGUAGES: readonly string[] = Object.keys(all)
