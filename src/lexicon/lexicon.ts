import { stopwordsFor } from '../language/stopwords.js'
import { common, packs } from '../packs/index.js'
import type { Family, LanguagePack } from '../packs/types.js'
import { FAMILY_BIT, MONTH_BIT } from './families.js'
import { insertEntry, TrieNode } from './trie.js'

/** A compiled language: vocabulary tries, month names, byline words, stop words. */
export interface Lexicon {
  code: string
  /** Whether the language has a pack of its own (otherwise: common + English only). */
  hasPack: boolean
  /** Entries matched word by word. */
  words: TrieNode
  /** Entries matched as substrings (languages written without spaces). */
  chars: TrieNode | undefined
  /** month word -> 1..12 */
  months: ReadonlyMap<string, number>
  bylinePrefixes: ReadonlySet<string>
  and: ReadonlySet<string>
  copula: ReadonlySet<string>
  contributed: readonly string[]
  inWords: ReadonlySet<string>
  stopwords: ReadonlySet<string> | undefined
  /** Single-character stop words, for text without spaces. */
  stopChars: ReadonlySet<number> | undefined
}

const cache = new Map<string, Lexicon>()

/** Whether a pack exists for an ISO 639-1 code. */
export function hasPack(code: string): boolean {
  return Object.hasOwn(packs, code)
}

/**
 * The compiled lexicon of a language; unknown languages get the common and
 * English vocabulary. `usePack: false` compiles a known language as if it had
 * no pack (its stop words kept): training uses it to learn structure alone.
 */
export function lexiconFor(code: string, usePack = true): Lexicon {
  const key = usePack ? code : `${code}/no-pack`
  let lex = cache.get(key)
  if (!lex) cache.set(key, (lex = compile(code, usePack)))
  return lex
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false
  return true
}

/** Each word of two or more letters of an entry made a prefix (`쿠키` -> `쿠키*`). */
function withEndings(entry: string): string {
  return entry
    .split(' ')
    .map((w) => (w.length >= 2 && !w.endsWith('*') && !isAscii(w) ? `${w}*` : w))
    .join(' ')
}

function compile(code: string, usePack: boolean): Lexicon {
  const own = usePack && hasPack(code) ? packs[code] : undefined
  const sources: LanguagePack[] = [common, ...(own ? [own] : []), ...(code !== 'en' && packs.en ? [packs.en] : [])]
  const words = new TrieNode()
  const chars = own?.script === 'cjk' ? new TrieNode() : undefined
  const months = new Map<string, number>()
  for (const pack of sources) {
    for (const [family, entries] of Object.entries(pack.families) as [Family, readonly string[]][]) {
      const bit = FAMILY_BIT[family]
      if (bit === undefined) continue
      for (const entry of entries) {
        if (chars && pack === own && !isAscii(entry)) insertEntry(chars, entry, bit)
        else insertEntry(words, pack.endings ? withEndings(entry) : entry, bit)
      }
    }
    pack.months.forEach((spellings, i) => {
      for (const m of spellings) {
        const key = m.toLowerCase().replace(/\.$/, '')
        if (!months.has(key)) months.set(key, i + 1)
        insertEntry(chars && !isAscii(key) ? chars : words, key, MONTH_BIT)
      }
    })
  }
  const byline = own?.byline ?? packs.en?.byline
  const stopwords = stopwordsFor(code)
  let stopChars: Set<number> | undefined
  if (chars && stopwords) {
    stopChars = new Set()
    for (const w of stopwords) if (w.length === 1) stopChars.add(w.charCodeAt(0))
  }
  return {
    code,
    hasPack: own !== undefined,
    words,
    chars,
    months,
    bylinePrefixes: new Set(byline?.prefixes ?? []),
    and: new Set(byline?.and ?? []),
    copula: new Set(byline?.copula ?? []),
    contributed: byline?.contributed ?? [],
    inWords: new Set(byline?.in ?? []),
    stopwords,
    stopChars,
  }
}
