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

const CASED = /[\p{Lu}\p{Ll}]/u
const CASELESS_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,4}$/u
const BRACKETS = /（[^（）]{0,40}）|\([^()]{0,40}\)|【[^【】]{0,40}】/gu

/** Authors (with roles and bios), contributors and agencies of byline lines; `notPeople` holds keys of names that are not persons (title, kicker). */
export function findPeople(lines: readonly ClassifiedLine[], v: Vocab, notPeople: ReadonlySet<string>): People {
  const people = new Map<string, Person>()
  const contributors = new Map<string, string>()
  const sources: string[] = []
  const bios: string[] = []
  const add = (hit: NameHit & { bio?: string }): void => {
    const key = nameKey(hit.name)
    if (notPeople.has(key)) return
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
      sources.push(...found.sources)
      if (l.role === 'author' && found.names.length === 0) caselessNames(l.text, v).forEach((name) => add({ name }))
    } else if (l.role === 'bio') {
      const hits = biosInLine(l.text, v)
      hits.forEach(add)
      if (hits.length === 0) bioByline(l.text, v).forEach(add)
      bios.push(l.text)
    } else if (l.role === 'contributors') {
      for (const { name } of namesInLine(l.text, v, 'contributors').names) if (!contributors.has(nameKey(name))) contributors.set(nameKey(name), name)
    }
  }
  for (const bio of bios) attachBio(bio, [...people.values()])
  const sourceKeys = new Set(sources.map(nameKey))
  const authors = [...people.values()].filter((p) => !sourceKeys.has(nameKey(p.name)))
  return { authors, contributors: [...contributors.values()], sources }
}

/** A bio line without a copula: "By Alex Heath, a deputy editor …", or an author box holding only a name. */
function bioByline(text: string, v: Vocab): (NameHit & { bio?: string })[] {
  const prefixed = namesInLine(text, v, 'byline').names.slice(0, 1)
  if (prefixed.length > 0) return prefixed.map((h) => ({ ...h, bio: text }))
  const toks = tokenize(text)
  const runs = findRuns(toks, 0, toks.length, v)
  if (runs.length !== 1 || runs[0]!.start !== 0 || runs[0]!.end !== toks.length) return []
  const name = personName(toks, runs[0]!, v)
  return name ? [{ name }] : []
}

/** Give a bio line to the known author it opens with (full name, or first name of one author). */
function attachBio(text: string, people: Person[]): void {
  const key = nameKey(text)
  const full = people.find((p) => key.startsWith(nameKey(p.name)) && key !== nameKey(p.name))
  if (full) {
    full.bio ??= text
    return
  }
  const first = people.filter((p) => key.startsWith(`${nameKey(p.name).split(' ')[0]} `))
  if (first.length === 1) first[0]!.bio ??= text
}

/** Names in scripts without case (CJK, Hangul): 2-4-character words that are no byline vocabulary. */
function caselessNames(text: string, v: Vocab): string[] {
  if (!v.known || CASED.test(text)) return []
  const out: string[] = []
  for (const word of text.replace(BRACKETS, ' ').split(/[^\p{L}\p{M}]+/u)) {
    if (!CASELESS_NAME.test(word)) continue
    if (v.caseless.some((m) => (m.length === 1 ? word === m : m.length > 1 && word.includes(m)))) continue
    out.push(word)
  }
  return out.length <= 3 ? out : []
}
