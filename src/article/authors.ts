// Authors and contributors of a document, from its byline lines.
// Better fewer authors than wrong ones: every name passes the checks of names.ts.
import type { ClassifiedLine, Person } from '../types.js'
import { biosInLine } from './bios.js'
import { namesInLine, type NameHit } from './bylines.js'
import { findRuns, nameKey, personName, tokenize } from './names.js'
import type { Vocab } from './vocab.js'

export interface People {
  authors: Person[]
  contributors: string[]
  /** Agencies standing alone in author lines. */
  sources: string[]
}

/** A word in capitals ("MRR-Studio", "BBC News"): an organisation, not a person. */
const ACRONYM = /(?:^|[\s-])\p{Lu}{2,}(?:$|[\s-])/u
const CASED = /[\p{Lu}\p{Ll}]/u
const CASELESS_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,4}$/u
const SPLIT_PART = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,3}$/u
const KATAKANA_NAME = /^[\p{Script=Katakana}ー]{1,8}(?:・[\p{Script=Katakana}ー]{1,8}){1,2}$/u
const BRACKETS = /（[^（）]{0,40}）|\([^()]{0,40}\)|【[^【】]{0,40}】/gu

/** Authors (with roles and bios), contributors and agencies of byline lines; `notPeople` holds keys of names that are not persons (title, kicker). */
export function findPeople(lines: readonly ClassifiedLine[], v: Vocab, notPeople: ReadonlySet<string>): People {
  const people = new Map<string, Person>()
  const contributors = new Map<string, string>()
  const sources: string[] = []
  const bios: string[] = []
  // Named under a later label of an author line ("Fotos: Davi Kerr"): contributors, even with a bio.
  const others = new Set<string>()
  const chrome = siteChrome(lines)
  const add = (hit: NameHit & { bio?: string }): void => {
    const key = nameKey(hit.name)
    if (notPeople.has(key) || chrome.includes(` ${key} `) || ACRONYM.test(hit.name)) return
    const p = people.get(key) ?? { name: hit.name }
    if (hit.role && !p.role) p.role = hit.role
    if (hit.bio && !p.bio) p.bio = hit.bio
    people.set(key, p)
  }
  for (const l of lines) {
    if (l.label !== 'byline') continue
    if (l.role === 'author' || l.role === undefined) {
      const found = namesInLine(l.text, v, l.role === 'author' ? 'author' : 'byline')
      found.names.forEach(add)
      for (const { name } of found.others) {
        const key = nameKey(name)
        others.add(key)
        if (!contributors.has(key)) contributors.set(key, name)
      }
      sources.push(...found.sources)
      if (l.role === 'author' && found.names.length === 0) {
        const caseless = caselessNames(l.text, v)
        caseless.names.forEach((name) => add({ name }))
        for (const name of caseless.credited) if (!contributors.has(nameKey(name))) contributors.set(nameKey(name), name)
      }
    } else if (l.role === 'bio') {
      const hits = biosInLine(l.text, v)
      hits.forEach(add)
      if (hits.length === 0) bioByline(l.text, v).forEach(add)
      bios.push(l.text)
    } else if (l.role === 'contributors') {
      for (const { name } of namesInLine(l.text, v, 'contributors').names) if (!contributors.has(nameKey(name))) contributors.set(nameKey(name), name)
    }
  }
  attachBios(bios, [...people.values()])
  const sourceKeys = new Set(sources.map(nameKey))
  const organisations = namedWithArticle(lines, [...people.keys()], v.articles)
  const authors = [...people.values()].filter((p) => !sourceKeys.has(nameKey(p.name)) && !organisations.has(nameKey(p.name)) && !others.has(nameKey(p.name)))
  return { authors, contributors: [...contributors.values()], sources }
}

/** Candidates checked against the document (a bound for hostile input with thousands of byline lines). */
const MAX_CANDIDATES = 64

/**
 * The candidate names the document writes after a definite article anywhere
 * ("Reporter bei der Washington Post"): publishers and papers, not people.
 */
function namedWithArticle(lines: readonly ClassifiedLine[], keys: readonly string[], articles: ReadonlySet<string>): Set<string> {
  const out = new Set<string>()
  if (keys.length === 0 || articles.size === 0) return out
  const text = ` ${lines.map((l) => nameKey(l.text)).join(' \n ')} `
  for (const key of keys.slice(0, MAX_CANDIDATES)) {
    for (const a of articles) {
      const at = text.indexOf(` ${a} ${key}`)
      // The name must end there: "der Washington Post", not "der Washington Postbote".
      if (at >= 0 && !/[\p{L}\p{N}]/u.test(text[at + a.length + key.length + 2] ?? '')) {
        out.add(key)
        break
      }
    }
  }
  return out
}

/**
 * The keys of the site's own chrome (menus, footers, banners) as one string:
 * a "name" found there is the publisher ("By A and B, Continental Herald"
 * next to a footer "© Continental Herald Media"), not a person.
 */
function siteChrome(lines: readonly ClassifiedLine[]): string {
  const parts: string[] = []
  for (const l of lines) {
    const chrome = l.label === 'consent' || l.label === 'paywall' || (l.label === 'ui' && (l.role === undefined || l.role === 'nav' || l.role === 'footer'))
    if (chrome && l.text.length <= 200) parts.push(nameKey(l.text))
  }
  return ` ${parts.join(' | ')} `
}

/** A bio line without a copula: "By Alex Heath, a deputy editor …", or an author box holding only a name. */
function bioByline(text: string, v: Vocab): (NameHit & { bio?: string })[] {
  const prefixed = namesInLine(text, v, 'byline').names.slice(0, 1)
  if (prefixed.length > 0) return prefixed.map((h) => ({ ...h, bio: text }))
  const toks = tokenize(text)
  const runs = findRuns(toks, 0, toks.length, v)
  if (runs.length !== 1 || runs[0]!.start !== 0 || runs[0]!.end !== toks.length) return []
  const name = personName(toks, runs[0]!, v, { strict: true })
  return name ? [{ name }] : []
}

/** Give each bio line to the known author it opens with (full name, or the first name of one author). */
function attachBios(bios: readonly string[], people: readonly Person[]): void {
  const byName = new Map(people.map((p) => [nameKey(p.name), p]))
  const byFirst = new Map<string, Person[]>()
  for (const p of people) {
    const first = nameKey(p.name).split(' ')[0]!
    byFirst.set(first, [...(byFirst.get(first) ?? []), p])
  }
  for (const text of bios) {
    const words = nameKey(text).split(' ')
    let person: Person | undefined
    // Names have at most 4 words and a few particles.
    for (let n = Math.min(words.length - 1, 8); n >= 1 && !person; n--) person = byName.get(words.slice(0, n).join(' '))
    if (!person && byFirst.get(words[0]!)?.length === 1) person = byFirst.get(words[0]!)![0]
    if (person && !person.bio) person.bio = text
  }
}

/**
 * Names in scripts without case: CJK and Hangul words, or the words after a
 * prefix or label (Arabic). Names after a credit marker ("文：高木亮　写真：村瀬彩")
 * are credited, not authors.
 */
function caselessNames(text: string, v: Vocab): { names: string[]; credited: string[] } {
  const none = { names: [], credited: [] }
  if (!v.known || CASED.test(text)) return none
  const isIn = (list: readonly string[], w: string): boolean => list.some((m) => (m.length === 1 || !CJK.test(m) ? w === m : w.includes(m)))
  const marker = (w: string): boolean => isIn(v.caseless, w)
  if (CJK.test(text)) {
    const names: string[] = []
    const credited: string[] = []
    let out = names
    for (const chunk of text.replace(BRACKETS, ' ').split(/[^\p{L}\p{M} ・]+/u)) {
      // "タン・ミンホイ": a foreign name in katakana keeps its dot; elsewhere ・ lists names.
      const words = chunk.trim().split(/ +/u).flatMap((w) => (KATAKANA_NAME.test(w) ? [w] : w.split('・').filter(Boolean)))
      // "小野寺 葵": family and given name written apart (in zh/ko only with a one-character part: "林 雅文").
      const apart = words.length === 2 && words.every((w) => SPLIT_PART.test(w) && !marker(w))
      if (apart && (v.spacedNames || words.some((w) => [...w].length === 1))) out.push(words.join(' '))
      else
        for (const w of words) {
          if (marker(w)) out = isIn(v.caselessCredit, w) ? credited : names
          else if (CASELESS_NAME.test(w) || KATAKANA_NAME.test(w)) out.push(w)
        }
    }
    return names.length + credited.length <= 3 ? { names, credited } : none
  }
  // "بقلم: ليلى الحداد": 2-4 words after an opener, up to the first punctuation.
  const t = text.trim()
  const colon = t.search(/[:：]/u)
  const all = t.split(/\s+/u)
  let opener: string[]
  let rest: string
  if (colon > 0 && colon <= 30) {
    opener = t.slice(0, colon).trim().toLowerCase().split(/\s+/u)
    rest = t.slice(colon + 1)
  } else {
    const n = v.prefix.startLength(all.map((w) => w.toLowerCase()))
    opener = all.slice(0, n).map((w) => w.toLowerCase())
    rest = all.slice(n).join(' ')
  }
  if (opener.length === 0 || (!v.prefix.endsWith(opener) && !v.titles.endsWith(opener))) return none
  const words = upToPunctuation(rest).trim().split(/\s+/u).filter(Boolean)
  return { names: words.length >= 2 && words.length <= 4 && !words.some(marker) ? [words.join(' ')] : [], credited: [] }
}

/** The text before the first character that is not a letter, mark or space. */
function upToPunctuation(s: string): string {
  let i = 0
  while (i < s.length && /[\p{L}\p{M}\s]/u.test(s[i]!)) i++
  return s.slice(0, i)
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
