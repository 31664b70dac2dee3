// Names out of one author or contributors line ("Von Anna Müller und Jan Maier",
// "By Jane Doe and John Roe, Reuters", "X in Kiew, Y in London … haben … beigetragen").
//
// A line is cut into segments ("|", "•", "·", dashes, "/") and each segment into
// items (commas, brackets, "and" words). An item gives a name when its first
// 2-4-word capitalised run is preceded by nothing (start of a list or list
// continuation), by a prefix ("by", "Posted by", "Additional reporting by"), by
// a one-word label and a colon ("Auteur :"), or, inside brackets, by one
// lowercase word ("(avec Damien Leloup …"). When a segment has a prefix or label,
// segments without one are ignored ("Le Monde | … | Par X").
import { findDates } from './dates.js'
import { findRuns, personName, tokenize, type Tok } from './names.js'
import type { Vocab } from './vocab.js'

export type LineMode = 'author' | 'byline' | 'contributors'

export interface NameHit {
  name: string
  role?: string
}

export interface LineNames {
  names: NameHit[]
  /** Agency names standing alone in the line ("Reuters"). */
  sources: string[]
  /** Names under a later label of the line ("Fotos: Davi Kerr", "Editor: Y"): people who did other work. */
  others: NameHit[]
}

const SEGMENT = new Set(['|', '•', '·', '—', '–', '-', '/', '‖', '¦', '»', '«'])
const ITEM = new Set([',', ';', '(', ')', '[', ']', '&', '+'])
const MAX_ITEMS = 40
const ROLE_WORD = /^[\p{Ll}\p{M}'’-]+$/u

interface Item {
  toks: Tok[]
  index: number
  paren: boolean
}

interface Segment {
  names: NameHit[]
  /** A name came after a prefix ("by …"). */
  prefixed: boolean
  /** A name came after a label and a colon ("Autor: …"). */
  labelled: boolean
}

/** The names (and stand-alone agencies) of an author, unroled byline or contributors line. */
export function namesInLine(text: string, v: Vocab, mode: LineMode): LineNames {
  const dates = findDates(text, v)
  // Dates become segment breaks ("Bettina Kugler 19.10.2019, 05:00 Uhr").
  const parts: string[] = []
  let at = 0
  for (const d of dates) {
    parts.push(text.slice(at, Math.max(at, d.start)), ' | ')
    at = Math.max(at, d.end)
  }
  parts.push(text.slice(at))
  const clean = parts.join('')
  const sources: string[] = []
  const segments = splitOn(tokenize(clean), SEGMENT).map((toks) => segmentNames(toks, v, mode, sources))
  const prefixed = segments.filter((s) => s.prefixed)
  let names: NameHit[]
  let others: NameHit[] = []
  if (prefixed.length > 0) {
    // Only the first labelled segment counts ("Penulis: X | Editor: Y").
    const firstLabel = prefixed.findIndex((s) => s.labelled)
    names = prefixed.filter((s, i) => !s.labelled || i === firstLabel).flatMap((s) => s.names)
    others = prefixed.filter((s, i) => s.labelled && i !== firstLabel).flatMap((s) => s.names)
  } else {
    const first = segments.find((s) => s.names.length > 0)
    // An unroled byline line needs evidence: a prefix, a label or a date beside the name.
    names = first && (mode !== 'byline' || dates.length > 0) ? first.names : []
  }
  return { names: names.slice(0, 12), sources, others: others.slice(0, 12) }
}

function segmentNames(toks: Tok[], v: Vocab, mode: LineMode, sources: string[]): Segment {
  const seg: Segment = { names: [], prefixed: false, labelled: false }
  const items = splitItems(toks, v)
  let last: NameHit | undefined
  let prev: 'name' | 'other' | 'none' = 'none'
  for (const item of items) {
    const words = item.toks.filter((t) => t.word)
    if (words.length === 0) continue
    const ws = words.map((t) => t.lower)
    if (v.agencies.startLength(ws) === ws.length) {
      sources.push(words.map((t) => t.text).join(' '))
      prev = 'other'
      continue
    }
    const hit = itemName(item, v, mode, prev === 'name')
    if (hit) {
      const person: NameHit = { name: hit.name }
      seg.names.push(person)
      seg.prefixed ||= hit.lead === 'prefix' || hit.lead === 'label'
      seg.labelled ||= hit.lead === 'label'
      last = person
      prev = 'name'
      continue
    }
    // A lowercase item right after a name is its role ("(reporting)", ", service communication").
    if (last && prev === 'name' && isRole(words, v)) {
      last.role = words.map((t) => t.text).join(' ')
      continue
    }
    prev = 'other'
  }
  return seg
}

type Lead = 'none' | 'prefix' | 'label' | 'paren'

/** The name of an item and what led to it, or undefined. */
function itemName(item: Item, v: Vocab, mode: LineMode, afterName: boolean): { name: string; lead: Lead } | undefined {
  const toks = item.toks
  for (const run of findRuns(toks, 0, toks.length, v)) {
    const name = personName(toks, run, v, { strict: mode === 'byline', stripTitles: mode === 'contributors' })
    if (!name) {
      if (run.end - run.start >= 2) return undefined
      continue
    }
    const lead = leadOf(toks.slice(0, run.start), item, v, mode)
    if (!lead) return undefined
    if (lead === 'none' && item.index > 0 && !afterName) return undefined
    return { name, lead }
  }
  return undefined
}

function leadOf(before: Tok[], item: Item, v: Vocab, mode: LineMode): Lead | undefined {
  const words = before.filter((t) => t.word)
  if (words.length === 0) return 'none'
  const ws = words.map((t) => t.lower)
  const colon = before[before.length - 1]?.text === ':' || before[before.length - 1]?.text === '：'
  if (colon && words.length === 1) {
    // On an unroled line the label must say "author" ("Autor:", "Text:").
    if (mode !== 'byline' || v.titles.word(ws[0]!) || v.prefix.word(ws[0]!)) return 'label'
    return undefined
  }
  if (v.prefix.endsWith(ws) || (mode === 'contributors' && v.contributed.endsWith(ws))) return 'prefix'
  if (item.paren && words.length === 1 && words[0]!.text === words[0]!.lower) return 'paren'
  return undefined
}

/** A short run of lowercase words, not a place ("in Kiew") nor a list word. */
function isRole(words: Tok[], v: Vocab): boolean {
  if (words.length > 6) return false
  if (v.inWords.has(words[0]!.lower) || v.and.has(words[0]!.lower)) return false
  return words.every((t) => ROLE_WORD.test(t.text))
}

function splitItems(toks: Tok[], v: Vocab): Item[] {
  const items: Item[] = []
  let cur: Tok[] = []
  let paren = false
  let depth = 0
  const flush = (): void => {
    if (cur.length > 0 && items.length < MAX_ITEMS) items.push({ toks: cur, index: items.length, paren })
    cur = []
  }
  for (const t of toks) {
    // Lowercase only: "E. Jean Carroll" is no "e" (and).
    const isAnd = t.word && t.text === t.lower && v.and.has(t.lower)
    if ((!t.word && ITEM.has(t.text)) || isAnd) {
      flush()
      if (t.text === '(' || t.text === '[') depth++
      if ((t.text === ')' || t.text === ']') && depth > 0) depth--
      paren = depth > 0
      continue
    }
    cur.push(t)
  }
  flush()
  return items
}

function splitOn(toks: Tok[], seps: ReadonlySet<string>): Tok[][] {
  const out: Tok[][] = [[]]
  for (const t of toks) {
    if (!t.word && seps.has(t.text)) out.push([])
    else out[out.length - 1]!.push(t)
  }
  return out.filter((s) => s.length > 0)
}
