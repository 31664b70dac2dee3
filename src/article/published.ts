// Publication and update dates. Byline date lines are read first, then author
// and unroled byline lines, then provenance notes ("Dieser Artikel war zuerst am
// 11. November 2024 … erschienen"). Within the first group that holds a date,
// the earliest is `published` and the latest, when later, is `updated` (the
// packs mark published and updated words alike, so order in time decides).
import type { ClassifiedLine, DateInfo } from '../types.js'
import { findDates } from './dates.js'
import type { Vocab } from './vocab.js'

export interface Dates {
  published?: DateInfo
  updated?: DateInfo
}

const GROUPS: readonly ((l: ClassifiedLine) => boolean)[] = [
  (l) => l.role === 'date',
  (l) => l.role === 'author' || l.role === undefined,
  (l) => l.role === 'provenance',
]

export function findPublished(lines: readonly ClassifiedLine[], v: Vocab): Dates {
  const bylines = lines.filter((l) => l.label === 'byline')
  for (const [g, inGroup] of GROUPS.entries()) {
    const found: DateInfo[] = []
    for (const l of bylines) {
      if (!inGroup(l)) continue
      for (const d of findDates(l.text, v)) found.push({ iso: d.iso, text: l.text.slice(d.start, d.end).trim(), line: l.line })
    }
    if (found.length === 0) continue
    let first = found[0]!
    let last = found[0]!
    for (const d of found) {
      const c = compare(d.iso, first.iso)
      if (c < 0 || (c === 0 && d.iso.length > first.iso.length)) first = d
      if (compare(d.iso, last.iso) > 0) last = d
    }
    const out: Dates = { published: first }
    if (g < 2 && compare(last.iso, first.iso) > 0) out.updated = last
    return out
  }
  return {}
}

/** Order of ISO dates; a date without time equals any time of that day. */
function compare(a: string, b: string): number {
  const day = a.slice(0, 10).localeCompare(b.slice(0, 10))
  if (day !== 0 || a.length <= 10 || b.length <= 10) return day
  return a.localeCompare(b)
}
