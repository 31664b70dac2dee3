// The byline vocabulary of one document, read from the language packs.
// All language knowledge of the article builder comes through here.
import { packs, common, type LanguagePack } from '../packs/index.js'
import type { Family } from '../packs/types.js'
import { stopwordsFor } from '../language/stopwords.js'

/** Matches pack entries (`word`, `pre*`, `two words`) against lowercase word lists. */
export class Matcher {
  private readonly byFirst = new Map<string, string[][]>()
  private readonly starFirst: string[][] = []

  add(entry: string): void {
    const parts = entry.toLowerCase().split(/[^\p{L}\p{M}\p{N}*]+/u).filter(Boolean)
    if (parts.length === 0) return
    const first = parts[0]!
    if (first.endsWith('*')) this.starFirst.push(parts)
    else this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), parts])
  }

  /** Lengths (in words) of the entries matching at `i`. */
  lengthsAt(ws: readonly string[], i: number): number[] {
    const w = ws[i]
    if (w === undefined) return []
    const out: number[] = []
    for (const parts of [...(this.byFirst.get(w) ?? []), ...this.starFirst]) {
      if (i + parts.length > ws.length) continue
      if (parts.every((p, k) => matchWord(ws[i + k]!, p))) out.push(parts.length)
    }
    return out
  }

  /** Does one word match a single-word entry? */
  word(w: string): boolean {
    return this.lengthsAt([w], 0).length > 0
  }

  /** Does an entry match anywhere in the word list? */
  any(ws: readonly string[]): boolean {
    for (let i = 0; i < ws.length; i++) if (this.lengthsAt(ws, i).length > 0) return true
    return false
  }

  /** Does an entry end exactly at the end of the word list? */
  endsWith(ws: readonly string[]): boolean {
    for (let i = Math.max(0, ws.length - 5); i < ws.length; i++) if (this.lengthsAt(ws, i).includes(ws.length - i)) return true
    return false
  }

  /** Length of the longest entry starting the word list (0 when none). */
  startLength(ws: readonly string[]): number {
    return Math.max(0, ...this.lengthsAt(ws, 0))
  }
}

const matchWord = (w: string, p: string): boolean => (p.endsWith('*') ? p.length > 3 && w.startsWith(p.slice(0, -1)) : w === p)

/** What the article builder knows about a document's language. */
export interface Vocab {
  /** ISO 639-1 code, `und` when unknown. */
  code: string
  /** A pack was found for the language (otherwise all packs are merged). */
  known: boolean
  /** Author-line openers ("by", "von", "ein kommentar von"). */
  prefix: Matcher
  /** Single-word openers, lowercase: they never start a name ("Von Anna …"). */
  prefixWords: Set<string>
  and: Set<string>
  copula: Set<string>
  /** "contributed to this report" phrases and the `contributors` family. */
  contributed: Matcher
  inWords: Set<string>
  /** Month spelling → 1-12 (the document's pack first, then every pack). */
  months: Map<string, number>
  /** Agency names (`common.families.source`), lowercase. */
  agencies: Matcher
  /** Job titles a name may follow ("Reporter Jane Doe", "Colaborou …"). */
  titles: Matcher
  /** Words that make a capitalised run an organisation, not a person. */
  notPerson: Matcher
  /** Substring markers for caseless scripts (CJK, Hangul): byline words to skip. */
  caseless: string[]
  /** The credit markers among them ("写真", "撮影"): names after one are photographers, not authors. */
  caselessCredit: string[]
  /** Definite articles of the language and English (`byline.articles` of the packs), lowercase. */
  articles: Set<string>
  /** A space inside a caseless name may part family and given name (`byline.spacedNames`; true when the language is unknown). */
  spacedNames: boolean
  /** Stop words of the language: a short one inside a run is not a name ("Le Monde"). */
  stop: ReadonlySet<string> | undefined
}

const cache = new Map<string, Vocab>()

/** The vocabulary for a language code (`und` or a code without pack: all packs merged). */
export function vocabFor(code: string): Vocab {
  let v = cache.get(code)
  if (!v) {
    v = build(code)
    cache.set(code, v)
  }
  return v
}

function build(code: string): Vocab {
  const own = packs[code]
  const all = Object.values(packs)
  // Without a pack: every pack, plus the prefixes of languages that have none yet (common).
  const chosen: readonly LanguagePack[] = own ? [own] : [...all, common]
  const v: Vocab = {
    code,
    known: own !== undefined,
    prefix: new Matcher(),
    prefixWords: new Set(),
    and: new Set(),
    copula: new Set(),
    contributed: new Matcher(),
    inWords: new Set(),
    months: new Map(),
    agencies: new Matcher(),
    titles: new Matcher(),
    notPerson: new Matcher(),
    caseless: [],
    caselessCredit: [],
    articles: new Set(),
    spacedNames: own ? own.byline.spacedNames === true : true,
    stop: own ? stopwordsFor(code) : undefined,
  }
  for (const p of own && packs.en ? [own, packs.en] : all) for (const e of p.byline.articles ?? []) v.articles.add(e.toLowerCase())
  for (const p of chosen) {
    for (const e of p.byline.prefixes) {
      v.prefix.add(e)
      if (!e.includes(' ')) v.prefixWords.add(e.toLowerCase())
    }
    for (const e of p.byline.and) v.and.add(e.toLowerCase())
    for (const e of p.byline.copula) v.copula.add(e.toLowerCase())
    for (const e of p.byline.in) v.inWords.add(e.toLowerCase())
    for (const e of [...p.byline.contributed, ...fam(p, 'contributors')]) v.contributed.add(e)
    for (const e of [...fam(p, 'author'), ...fam(p, 'contributors'), ...(p.byline.jobs ?? [])]) v.titles.add(e)
    for (const f of ['source', 'credit', 'footer'] as const) for (const e of fam(p, f)) v.notPerson.add(e)
    if (p.script === 'cjk' || own) {
      for (const f of ['author', 'contributors', 'source', 'credit', 'date', 'bio'] as const) v.caseless.push(...fam(p, f))
      v.caseless.push(...p.byline.prefixes)
      v.caselessCredit.push(...fam(p, 'credit'))
      v.caseless.push(...(p.byline.dateline ?? []), ...(p.byline.jobs ?? []))
    }
  }
  // Months: the document's pack wins, then every other pack fills the gaps.
  for (const p of own ? [own, ...all] : all) {
    p.months.forEach((spellings, i) => {
      for (const s of spellings) if (!v.months.has(s.toLowerCase())) v.months.set(s.toLowerCase(), i + 1)
    })
  }
  for (const e of fam(common, 'source')) v.agencies.add(e)
  for (const e of fam(common, 'credit')) v.notPerson.add(e)
  return v
}

const fam = (p: LanguagePack, f: Family): readonly string[] => p.families[f] ?? []
