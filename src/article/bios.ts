// People out of bio lines: "<Name> <copula> <role>. …" ("Ellen Nakashima ist
// Reporterin für …"), one person per sentence that opens that way.
import { findRuns, personName, tokenize } from './names.js'
import type { Vocab } from './vocab.js'

export interface BioHit {
  name: string
  /** The predicate of the opening sentence ("Reporterin für nationale Sicherheit …"). */
  role?: string
  /** The part of the line about this person. */
  bio: string
}

const MAX_ROLE = 160

/** The persons a bio line introduces with a copula, in order. */
export function biosInLine(text: string, v: Vocab): BioHit[] {
  const hits: (BioHit & { at: number })[] = []
  for (const [start, end] of sentences(text)) {
    const sentence = text.slice(start, end)
    const toks = tokenize(sentence)
    const run = findRuns(toks, 0, Math.min(toks.length, 8), v)[0]
    if (!run || run.start !== 0) continue
    const cop = toks[run.end]
    if (!cop?.word || !v.copula.has(cop.lower)) continue
    const name = personName(toks, run, v)
    if (!name) continue
    const role = sentence.slice(cop.start + cop.text.length).trim().replace(/[.!?]$/u, '')
    hits.push({ name, bio: '', at: start, ...(role && role.length <= MAX_ROLE ? { role } : {}) })
  }
  // Each person's bio runs to the next person's sentence.
  return hits.map((h, i) => ({ ...h, bio: text.slice(i === 0 ? 0 : h.at, hits[i + 1]?.at ?? text.length).trim() }))
    .map(({ at: _at, ...h }) => h)
}

/** Sentence ranges: a break after . ! ? followed by space and a capital letter. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = []
  let start = 0
  for (let i = 0; i < text.length - 2; i++) {
    const c = text[i]!
    if ((c === '.' || c === '!' || c === '?') && /\s/u.test(text[i + 1]!) && /\p{Lu}/u.test(text[i + 2]!)) {
      out.push([start, i + 1])
      start = i + 2
    }
  }
  out.push([start, text.length])
  return out
}
