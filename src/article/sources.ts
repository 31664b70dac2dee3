// Agencies and sources: byline:source lines, and agency names standing alone in bylines.
import type { ClassifiedLine } from '../types.js'
import type { Vocab } from './vocab.js'

const LABEL = /^[\p{L}\p{M} ]{1,30}[:：]\s*/u
const CITATION = /\d{4}|[@]|\.\s/u
const INNER_BRACKETS = /\([^()]{0,60}\)/gu
const WORDY = /[\p{L}\p{N}]/u
const PARTS = /[,;/+]/u
const SLASHES = /[;/+]/u
const MAX_LINE = 80

/** The sources named by a byline:source line ("dpa", "red, wien.ORF.at/Agenturen", "Kaynak: İHA"). */
export function sourcesInLine(text: string, v: Vocab): string[] {
  let t = trimStart(text)
  const label = LABEL.exec(t)
  if (label && label[0].trim().split(/\s+/u).length <= 3) t = t.slice(label[0].length)
  const outside = t.replace(INNER_BRACKETS, ' ').trim()
  if (outside.length > 0) t = outside
  t = trim(t)
  if (t.length === 0) return []
  // References and press contacts ("↑ Lindgren, Karin (1984). …") only name agencies.
  if (t.length > MAX_LINE || CITATION.test(t)) return agencies(t, v)
  // Commas separate sources only when every part is short ("red, wien.ORF.at/Agenturen").
  const byComma = t.split(',').every((p) => p.trim().split(/\s+/u).length <= 2)
  const parts = t.split(byComma ? PARTS : SLASHES).map(trim).filter((p) => /\p{L}/u.test(p))
  if (parts.every((p) => p.split(/\s+/u).length <= 4)) {
    // Generic words ("Agenturen", "red") and contact details are no source names.
    return parts.filter((p) => !/[\d@]/u.test(p) && !(p.split(/\s+/u).length === 1 && v.notPerson.word(p.toLowerCase()) && !v.agencies.word(p.toLowerCase())))
  }
  return [t]
}

/** Agency names of `common` appearing as words in a text. */
export function agencies(text: string, v: Vocab): string[] {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  const lowers = words.map((w) => w.toLowerCase())
  const out: string[] = []
  for (let i = 0; i < words.length; i++) {
    const n = Math.max(0, ...v.agencies.lengthsAt(lowers, i))
    if (n > 0) out.push(words.slice(i, i + n).join(' '))
  }
  return out
}

/** Sources of a document: source lines, then agencies in author and date lines; deduplicated. */
export function findSources(lines: readonly ClassifiedLine[], v: Vocab, fromAuthors: readonly string[]): string[] {
  const found: string[] = []
  for (const l of lines) {
    if (l.label !== 'byline') continue
    if (l.role === 'source') found.push(...sourcesInLine(l.text, v))
    else if (l.role === 'date') found.push(...agencies(l.text, v))
  }
  found.push(...fromAuthors)
  const seen = new Set<string>()
  return found.filter((s) => {
    const k = s.toLowerCase()
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** Strip everything that is not a letter, digit or opening bracket from the start. */
function trimStart(s: string): string {
  let a = 0
  while (a < s.length && !WORDY.test(s[a]!) && s[a] !== '(') a++
  return s.slice(a)
}

/** Strip everything that is not a letter or digit from both ends. */
function trim(s: string): string {
  let a = 0
  let b = s.length
  while (a < b && !WORDY.test(s[a]!)) a++
  while (b > a && !WORDY.test(s[b - 1]!)) b--
  return s.slice(a, b)
}
