// Tokens and person names: a name is 2-4 capitalised words, particles allowed inside.
import type { Vocab } from './vocab.js'

/** A word or a punctuation mark of a byline. */
export interface Tok {
  text: string
  lower: string
  word: boolean
  /** The word was followed by a period ("J.", "Ing.", "Doe."). */
  dot: boolean
  /** Offset in the text. */
  start: number
}

const LETTER = /[\p{L}\p{M}]/u
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
const APOS = new Set(["'", '’', '‘', 'ʼ', '-', '‐'])
// Name-internal particles; structure of names rather than vocabulary of a language.
const PARTICLES = new Set(['van', 'von', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'la', 'le', 'du', 'dos', 'das', 'do', 'ter', 'ten', 'zu', 'bin', 'ibn', 'al', 'y'])

const isLetter = (c: string): boolean => LETTER.test(c)
const isWordChar = (c: string): boolean => isLetter(c) || (c >= '0' && c <= '9') || c === '@' || c === '_'

/** Split a byline into words and punctuation (inner apostrophes, hyphens and dots stay in words). */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = []
  for (const m of text.matchAll(/\S+/gu)) {
    const chunk = m[0]
    let a = 0
    let b = chunk.length
    while (a < b && !isWordChar(chunk[a]!)) out.push(punct(chunk[a]!, m.index + a++))
    const tail: Tok[] = []
    let dot = false
    while (b > a && !isWordChar(chunk[b - 1]!)) {
      const c = chunk[--b]!
      if (c === '.' && tail.length === 0 && !dot) dot = true
      else tail.unshift(punct(c, m.index + b))
    }
    if (b > a) {
      const t = chunk.slice(a, b)
      out.push({ text: t, lower: t.toLowerCase(), word: true, dot, start: m.index + a })
    } else if (dot) tail.unshift(punct('.', m.index + b))
    out.push(...tail)
  }
  return out
}

const punct = (c: string, start: number): Tok => ({ text: c, lower: c, word: false, dot: false, start })

/** A capitalised word made of letters, with inner apostrophes or hyphens ("O‘Grady", "Achebe-Grant"). */
export function isNameWord(t: Tok): boolean {
  if (!t.word) return false
  const s = t.text
  let start = 0
  // "al-Assad", "d'Alembert": a short lowercase head joined to a capitalised word.
  const sep = firstSep(s)
  if (sep > 0 && sep <= 3 && LOWER.test(s[0]!) && UPPER.test(s[sep + 1] ?? '')) start = sep + 1
  if (!UPPER.test(s[start] ?? '')) return false
  for (let i = start; i < s.length; i++) {
    const c = s[i]!
    if (isLetter(c)) continue
    if (APOS.has(c) && i > 0 && i < s.length - 1 && isLetter(s[i + 1]!)) continue
    return false
  }
  return true
}

function firstSep(s: string): number {
  for (let i = 0; i < s.length; i++) if (APOS.has(s[i]!)) return i
  return -1
}

/** "J.", "M-A.": initials count as name words. */
const isInitial = (t: Tok): boolean => t.dot && isNameWord(t) && t.text.length <= 3 && !LOWER.test(t.text)
/** "Dr.", "Ing.", "Prof.": a title before a name, dropped. */
const isTitleAbbr = (t: Tok): boolean => t.dot && isNameWord(t) && t.text.length >= 2 && t.text.length <= 4 && LOWER.test(t.text)

export interface NameOptions {
  /** Weak evidence: no stop word at all in the name ("Sobre Carlos Nadalim"). */
  strict?: boolean
  /** Drop a job title or verb opening the run (contributors lines). */
  stripTitles?: boolean
}

/** A maximal run of name-like tokens in `toks[from, to)`. */
export interface Run {
  start: number
  end: number
}

/** The runs of capitalised words (with inner particles) in a token range, left to right. */
export function findRuns(toks: readonly Tok[], from: number, to: number, v: Vocab): Run[] {
  const runs: Run[] = []
  let i = from
  while (i < to) {
    const t = toks[i]!
    if (!isNameWord(t) || v.prefixWords.has(t.lower)) {
      i++
      continue
    }
    // A capitalised prefix of several words ("Postat de", "Posted by") opens no name.
    const opener = v.prefix.startLength(toks.slice(i, Math.min(to, i + 4)).map((u) => u.lower))
    if (opener > 1) {
      i += opener
      continue
    }
    let j = i + 1
    if (!t.dot || isInitial(t) || isTitleAbbr(t)) {
      while (j < to) {
        const u = toks[j]!
        const joins = nameFollows(toks, j + 1, to)
        if (isNameWord(u)) {
          // A capitalised opener ("Von") only stays inside a name when a name word follows ("Di Maio").
          if (v.prefixWords.has(u.lower) && !joins) break
        } else if (!(PARTICLES.has(u.lower) && joins && !u.dot)) break
        j++
        if (u.dot && !isInitial(u)) break
      }
    }
    runs.push({ start: i, end: j })
    i = j
  }
  return runs
}

/** Is there a name word at `k`, after at most two more particles ("van den Berg")? */
function nameFollows(toks: readonly Tok[], k: number, to: number): boolean {
  for (let n = 0; k < to && n < 3; k++, n++) {
    const t = toks[k]!
    if (isNameWord(t)) return true
    if (!PARTICLES.has(t.lower) || t.dot) return false
  }
  return false
}

/** The person name a run spells, or undefined when it is not one (too short, an organisation, a title …). */
export function personName(toks: readonly Tok[], run: Run, v: Vocab, opts: NameOptions = {}): string | undefined {
  const strict = opts.strict ?? false
  let a = run.start
  while (a < run.end && isTitleAbbr(toks[a]!) && a + 1 < run.end) a++
  // A verb or title opening a contributors run ("Colaborou Pedro …"); elsewhere such a run is rejected below.
  if (opts.stripTitles) a += v.titles.startLength(toks.slice(a, run.end).map((t) => t.lower))
  const words = toks.slice(a, run.end)
  if (words.length === 0 || PARTICLES.has(words[0]!.lower) || PARTICLES.has(words[words.length - 1]!.lower)) return undefined
  const named = words.filter((t) => !PARTICLES.has(t.lower))
  if (named.length < 2 || named.length > 4) return undefined
  if (!words.some((t) => LOWER.test(t.text))) return undefined
  if (named.every(isInitial)) return undefined
  const ws = words.map((t) => t.lower)
  if (v.notPerson.any(ws) || v.agencies.any(ws) || v.titles.any(ws)) return undefined
  // Short stop words ("Le Monde", "About Me"); with weak evidence, any stop word ("Sobre Carlos …").
  if (v.stop && named.some((t) => (strict || t.text.length <= 3) && !t.dot && v.stop!.has(t.lower))) return undefined
  return words.map((t) => (isInitial(t) ? `${t.text}.` : t.text)).join(' ')
}

/** Key for deduplicating names: case, apostrophe and Unicode form do not matter. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[’‘ʼ`´]/gu, "'").replace(/\s+/gu, ' ').trim()
}
