import { isCjk } from '../language/script.js'
import { isWordChar } from '../language/words.js'
import { FAMILY_COUNT } from '../lexicon/families.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { scanChars, scanWords } from '../lexicon/scan.js'

/** What one line is made of: shape counts, words, vocabulary hits. */
export interface LineInfo {
  length: number
  words: number
  /** The first lowercase word (words are not kept: a 100 MB document has millions). */
  firstToken: string
  letters: number
  upper: number
  digits: number
  cjk: number
  /** Punctuation and symbols (not letters, digits, spaces). */
  symbols: number
  capitalized: number
  stopRatio: number
  /** Last character that is not white space, a closing quote or bracket. */
  last: number
  first: number
  /** Hits per vocabulary family (see FAMILIES). */
  family: Int16Array
  /** Matched text per family, for reasons (only families that hit). */
  matched: Map<number, string[]> | undefined
  /** Sentence-like prose: long, stop words, ends like a sentence. */
  prose: boolean
  terminal: boolean
  flags: number
}

/** Bit flags of LineInfo.flags. */
export const F = {
  currency: 1,
  percent: 2,
  url: 4,
  email: 8,
  hashtag: 16,
  shortcut: 32,
  numericDate: 64,
  time: 128,
  year: 256,
  bullet: 512,
  pipe: 1024,
  quoteStart: 2048,
  bylinePrefix: 4096,
  copula: 8192,
  cjkDate: 16384,
  separators: 32768,
  price: 65536,
  allCaps: 131072,
  colonStart: 262144,
  question: 524288,
  count: 1048576,
} as const

const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0x7d, 0xbb, 0xab, 0x201c, 0x2039, 0x2019, 0x201d, 0x300d, 0x300f, 0xff09, 0x203a, 0x2a, 0xa0])
const TERMINALS = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x3002, 0xff01, 0xff1f, 0x61f, 0x6d4, 0x964, 0xff0e, 0x37e])
const OPENING_QUOTES = new Set([0x22, 0x201e, 0x201c, 0xab, 0x300c, 0x300e, 0x2018, 0x201a, 0x2039])
const CURRENCY = new Set([0x24, 0xa3, 0xa5, 0x20ac, 0x20bd, 0x20b9, 0x20a9, 0x20ba, 0xa2, 0x20b4, 0x20aa, 0x0e3f, 0xffe5])
const CURRENCY_WORDS = new Set(['eur', 'usd', 'chf', 'gbp', 'kr', 'zł', 'zl', 'kč', 'sek', 'dkk', 'nok', 'pln', 'czk', 'rub', 'руб', 'uah', 'грн', 'ft', 'huf', 'lei', 'ron', 'tl', 'try', 'rp', 'brl', 'r', 'euro', 'euros', 'dollar', 'dollars', '円', '元'])
const SEPARATORS = new Set([0x7c, 0x2022, 0xb7, 0xbb, 0x203a, 0x3e, 0x2f, 0x25b8, 0x25b6, 0x2192, 0xa6])
const BULLETS = new Set([0x2022, 0x2d, 0x2a, 0x2013, 0xb7, 0x25aa, 0x25cf, 0x25b6, 0x2192, 0x2714, 0x2713, 0x25a0, 0x30fb])
const SHORTCUT_WORDS = new Set(['ctrl', 'strg', 'alt', 'cmd', 'shift', 'command', 'option', 'esc', 'tab'])

const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/
const TIME = /\b\d{1,2}[:h.]\d{2}\b/
const YEAR = /\b(?:19|20)\d{2}\b/

/** 1 for code units below U+3000 that are upper-case letters (built once). */
const UPPER = new Uint8Array(0x3000)
for (let c = 128; c < 0x3000; c++) {
  const s = String.fromCharCode(c)
  if (s !== s.toLowerCase()) UPPER[c] = 1
}
const isUpper = (c: number): boolean => (c < 128 ? c >= 65 && c <= 90 : c < 0x3000 && UPPER[c] === 1)

/** Compute the shape, words and vocabulary hits of one line. */
export function lineInfo(text: string, lex: Lexicon, recordMatches: boolean): LineInfo {
  const length = text.length
  let letters = 0
  let upper = 0
  let digits = 0
  let cjk = 0
  let symbols = 0
  let capitalized = 0
  let flags = 0
  let separators = 0
  let pipes = 0
  const tokens: string[] = []
  // Lower-case the line once (per token where that changes lengths). Turkish
  // İ lower-cases to i + U+0307, whose dot is dropped so packs match.
  const lower = text.toLowerCase()
  const aligned = lower.length === length
  let start = -1
  for (let i = 0; i <= length; i++) {
    const c = i < length ? text.charCodeAt(i) : 32
    if (isWordChar(c)) {
      if (start < 0) {
        start = i
        // Capitalised word: an upper-case first letter (fast path for ASCII).
        if (isUpper(c)) capitalized++
      }
      if (c >= 48 && c <= 57) digits++
      else {
        letters++
        if (isUpper(c)) upper++
        else if (c >= 0x3000 && isCjk(c)) cjk++
      }
      continue
    }
    if (start >= 0) {
      const token = aligned ? lower.slice(start, i) : text.slice(start, i).toLowerCase()
      tokens.push(token.includes('\u0307') ? token.replaceAll('\u0307', '') : token)
      start = -1
    }
    if (c === 32 || c === 9 || c === 0xa0) continue
    symbols++
    if (CURRENCY.has(c)) flags |= F.currency
    else if (c === 0x25) flags |= F.percent
    else if (c === 0x7c) pipes++
    if (SEPARATORS.has(c) && i > 0 && text.charCodeAt(i - 1) === 32) separators++
  }
  // First and last meaningful characters.
  let first = 0
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 0xa0) {
      first = c
      break
    }
  }
  let last = 0
  for (let i = length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i)
    if (c === 32 || c === 9 || CLOSERS.has(c)) continue
    last = c
    break
  }
  const terminal = TERMINALS.has(last)
  if (last === 0x3f || last === 0xff1f || last === 0x61f || last === 0x37e) flags |= F.question
  if (digits > 0 && endsWithCount(text)) flags |= F.count
  if (BULLETS.has(first) && length > 2 && text.charCodeAt(1) === 32) flags |= F.bullet
  if (OPENING_QUOTES.has(first)) flags |= F.quoteStart
  if (pipes > 0) flags |= F.pipe
  if (separators >= 2) flags |= F.separators
  if (letters >= 4 && upper >= letters * 0.8) flags |= F.allCaps
  if (digits > 0) {
    if (NUMERIC_DATE.test(text)) flags |= F.numericDate
    if (TIME.test(text)) flags |= F.time
    if (YEAR.test(text)) flags |= F.year
    if (cjk > 0 && (text.includes('年') || text.includes('月') || text.includes('日'))) flags |= F.cjkDate
  }
  if (text.includes('http') || text.includes('www.') || text.includes('.com')) flags |= F.url
  const at = text.indexOf('@')
  if (at > 0 && text.indexOf('.', at) > at) flags |= F.email
  if (text.includes('#')) flags |= F.hashtag
  const colon = text.indexOf(':')
  if (colon > 0 && colon < 25 && colon < length - 2) flags |= F.colonStart

  let stops = 0
  const stopwords = lex.stopwords
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (stopwords?.has(t)) stops++
    if (CURRENCY_WORDS.has(t)) {
      flags |= F.currency
      if (i > 0 && isDigits(tokens[i - 1]!)) flags |= F.price
    }
    if (SHORTCUT_WORDS.has(t) && text.includes('+')) flags |= F.shortcut
  }
  if (flags & F.currency && digits > 0) flags |= F.price
  let stopRatio = tokens.length ? stops / tokens.length : 0
  if (cjk > 0 && lex.stopChars) {
    let hits = 0
    for (let i = 0; i < length; i++) if (lex.stopChars.has(text.charCodeAt(i))) hits++
    stopRatio = Math.max(stopRatio, (hits / cjk) * 2.5)
  }
  if (tokens.length && lex.bylinePrefixes.has(tokens[0]!)) flags |= F.bylinePrefix
  for (let i = 1; i < Math.min(tokens.length, 6); i++) {
    if (lex.copula.has(tokens[i]!)) {
      flags |= F.copula
      break
    }
  }

  const family = new Int16Array(FAMILY_COUNT)
  let matched: Map<number, string[]> | undefined
  const sink = (mask: number, word: string): void => {
    for (let b = 0; mask; b++, mask >>>= 1) {
      if (!(mask & 1)) continue
      family[b]!++
      if (recordMatches) {
        matched ??= new Map()
        const list = matched.get(b)
        if (!list) matched.set(b, [word])
        else if (list.length < 3 && !list.includes(word)) list.push(word)
      }
    }
  }
  scanWords(lex.words, tokens, sink)
  if (lex.chars && cjk > 0) scanChars(lex.chars, lower, sink)

  const words = cjk > tokens.length * 2 ? Math.max(tokens.length, Math.round(cjk / 2)) : tokens.length
  const prose = cjk > 0 ? length >= 40 && (terminal || length >= 120) : length >= 80 && stopRatio >= 0.12 && (terminal || length >= 160)
  return { length, words, firstToken: tokens[0] ?? '', letters, upper, digits, cjk, symbols, capitalized, stopRatio, last, first, family, matched, prose, terminal, flags }
}

/** "Politik (124)", "März 2019 [7]": a list entry with its count. */
function endsWithCount(text: string): boolean {
  let i = text.length - 1
  while (i >= 0 && text.charCodeAt(i) === 32) i--
  const close = text.charCodeAt(i)
  if (close !== 0x29 && close !== 0x5d && close !== 0xff09) return false
  const end = --i
  while (i >= 0 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i--
  const open = text.charCodeAt(i)
  return i < end && i > 0 && (open === 0x28 || open === 0x5b || open === 0xff08)
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return s.length > 0
}
