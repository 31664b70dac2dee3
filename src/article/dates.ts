// Absolute dates in byline text, in any pack language, as ISO 8601.
//
// Numeric day/month order: a part above 12 decides; when both are <= 12 the
// date is read day-first ("04.05.20" = 4 May), except in English documents,
// where it is read month-first (US usage: "11.03.17" = 3 November).
// Two-digit years are 20xx below 70 and 19xx otherwise. Times follow the date
// within a few characters ("à 13h36", "kl. 06.30", "12:41 PM", "5時00分").
import type { Vocab } from './vocab.js'

/** A date found in a text. */
export interface FoundDate {
  start: number
  end: number
  /** `2024-11-11` or `2024-11-11T14:50`. */
  iso: string
}

// Numeric forms. Each alternative is a flat sequence of bounded quantifiers.
const NUMERIC = new RegExp(
  [
    String.raw`(?<![\d.,/:-])(?<y1>\d{4})\s?年\s?(?<m1>\d{1,2})\s?月\s?(?<d1>\d{1,2})\s?日`,
    String.raw`(?<![\d.,/:-])(?<y2>\d{4})(?<s2>[-./])(?<m2>\d{1,2})\k<s2>(?<d2>\d{1,2})(?![\d])`,
    String.raw`(?<![\d.,/:-])(?<a3>\d{1,2})(?<s3>[-./])\s?(?<b3>\d{1,2})\k<s3>\s?(?<y3>\d{4}|\d{2})(?![\d])`,
  ].join('|'),
  'gu',
)
const MONTH_WORD = /\p{L}+/gu
const DAY_BEFORE = /(?<![\d.])(\d{1,2})(?:\.|º|st|nd|rd|th)?[\s.]{0,2}(?:\p{Ll}{1,3}\s{1,2})?$/u
const YEAR_AFTER = /^\.?[\s.,]{0,3}(?:\p{Ll}{1,3}\s{1,2})?(\d{4})(?!\d)/u
const DAY_YEAR_AFTER = /^\.?\s{1,2}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,2}(\d{4})(?!\d)/u
const YEAR_BEFORE = /(?<!\d)(\d{4})\.\s{1,2}$/u
const DAY_AFTER = /^\s{1,2}(\d{1,2})\./u
const TIME_AFTER = /^[^\d]{0,6}?(\d{1,2})(?:[:h.]|時)(\d{2})(?!\d)(?![./]\d)(?:分)?(?:\s?([AaPp])\.?[Mm]\b)?/u
const LATER_TIME = /(?<![\d.:])(\d{1,2})[:h](\d{2})(?!\d)/gu

/** Every absolute date (with its time, when one follows) in a text, in order. */
export function findDates(text: string, v: Vocab): FoundDate[] {
  const raw: { start: number; end: number; y: number; m: number; d: number }[] = []
  for (const m of text.matchAll(NUMERIC)) {
    const g = m.groups!
    let y: number, mo: number, d: number
    if (g.y1) [y, mo, d] = [+g.y1, +g.m1!, +g.d1!]
    else if (g.y2) [y, mo, d] = [+g.y2, +g.m2!, +g.d2!]
    else {
      const a = +g.a3!
      const b = +g.b3!
      const monthFirst = a <= 12 && (b > 12 || v.code === 'en')
      ;[mo, d] = monthFirst ? [a, b] : [b, a]
      y = year(g.y3!)
    }
    raw.push({ start: m.index, end: m.index + m[0].length, y, m: mo, d })
  }
  const numeric = raw.length
  let p = 0
  for (const w of text.matchAll(MONTH_WORD)) {
    const month = v.months.get(w[0].toLowerCase())
    if (!month) continue
    // Numeric matches are in text order: skip month words inside one.
    while (p < numeric && raw[p]!.end <= w.index) p++
    if (p < numeric && raw[p]!.start <= w.index) continue
    const found = monthForm(text, w.index, w.index + w[0].length, month)
    if (found) raw.push(found)
  }
  raw.sort((a, b) => a.start - b.start)
  const out: FoundDate[] = []
  for (const r of raw) {
    if (!valid(r.y, r.m, r.d)) continue
    if (out.length && r.start < out[out.length - 1]!.end) continue
    const date = `${r.y}-${pad(r.m)}-${pad(r.d)}`
    const t = TIME_AFTER.exec(text.slice(r.end, r.end + 24))
    const time = t ? clock(+t[1]!, +t[2]!, t[3]) : undefined
    const end = time ? r.end + t![0].length : r.end
    out.push({ start: r.start, end, iso: time ? `${date}T${time}` : date })
  }
  return withLaterTimes(text, out)
}

/** "11. November 2024", "3 de mayo de 2024", "May 2, 2020", "2024. május 12.". */
function monthForm(text: string, start: number, end: number, m: number): { start: number; end: number; y: number; m: number; d: number } | undefined {
  const before = text.slice(Math.max(0, start - 12), start)
  const after = text.slice(end, end + 16)
  const db = DAY_BEFORE.exec(before)
  const ya = YEAR_AFTER.exec(after)
  if (db && ya) return { start: start - before.length + db.index, end: end + ya[0].length, y: +ya[1]!, m, d: +db[1]! }
  const dya = DAY_YEAR_AFTER.exec(after)
  if (dya) return { start, end: end + dya[0].length, y: +dya[2]!, m, d: +dya[1]! }
  const yb = YEAR_BEFORE.exec(before)
  const da = DAY_AFTER.exec(after)
  if (yb && da) return { start: start - before.length + yb.index, end: end + da[0].length, y: +yb[1]!, m, d: +da[1]! }
  return undefined
}

/** "Publié le 14 mars 2024 à 06h30, modifié à 09h12": a bare later time on the same day. */
function withLaterTimes(text: string, dates: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = []
  dates.forEach((d, i) => {
    out.push(d)
    if (!d.iso.includes('T')) return
    const stop = dates[i + 1]?.start ?? text.length
    for (const t of text.slice(d.end, stop).matchAll(LATER_TIME)) {
      const time = clock(+t[1]!, +t[2]!)
      if (!time) continue
      const at = d.end + t.index
      out.push({ start: at, end: at + t[0].length, iso: `${d.iso.slice(0, 10)}T${time}` })
    }
  })
  return out
}

function year(s: string): number {
  const n = +s
  return s.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n
}

function clock(h: number, min: number, ampm?: string): string | undefined {
  if (ampm) {
    if (h < 1 || h > 12) return undefined
    h = (h % 12) + (ampm.toLowerCase() === 'p' ? 12 : 0)
  }
  if (h > 23 || min > 59) return undefined
  return `${pad(h)}:${pad(min)}`
}

function valid(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

const pad = (n: number): string => String(n).padStart(2, '0')
