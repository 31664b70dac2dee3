import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildArticle } from '../src/article/build.js'
import { nameKey } from '../src/article/names.js'
import { parseLabeled } from '../src/testing/labeled.js'
import type { ClassifiedLine } from '../src/types.js'

/** A labeled file as gold ClassifiedLines. */
function load(url: URL): { header: Record<string, string>; lines: ClassifiedLine[] } {
  const doc = parseLabeled(readFileSync(url, 'utf8'))
  return { header: doc.header, lines: doc.lines.map((l) => ({ ...l, confidence: 1, reasons: [] })) }
}

describe('buildArticle on the seed document', () => {
  const { lines } = load(new URL('../../shared/corpus/seed/seed-ippen-trump-putin-de.labeled.txt', import.meta.url))
  const a = buildArticle(lines, { language: 'de' })

  it('reads title, kicker and lead', () => {
    expect(a.title).toBe('Gespräch mit Putin: Trump mahnt Russland zu Vorsicht im Ukraine-Konflikt')
    expect(a.kicker).toBe('Washington Post')
    expect(a.lead?.startsWith('Nach der US-Wahl haben Trump und Putin telefoniert.')).toBe(true)
  })

  it('has an opening section and 8 under subheadings, without title, kicker or lead', () => {
    expect(a.sections).toHaveLength(9)
    expect(a.sections[0]!.heading).toBeUndefined()
    expect(a.sections.slice(1).every((s) => typeof s.heading === 'string' && typeof s.headingLine === 'number')).toBe(true)
    expect(a.sections[1]!.heading).toBe('Trump spricht nach US-Wahl mit Putin über Lösung im Ukraine-Krieg')
    expect(a.sections[0]!.blocks[0]).toMatchObject({ type: 'paragraph' })
    const all = a.sections.flatMap((s) => s.blocks.map((b) => (b.type === 'list' ? b.items.join(' ') : b.text)))
    expect(all.some((t) => t.startsWith('Nach der US-Wahl'))).toBe(false)
    expect(all.some((t) => t.startsWith('Zumindest spricht er über Frieden, nicht über Konfrontation.'))).toBe(false)
  })

  it('finds exactly the three authors, each with the bio line', () => {
    expect(a.authors.map((p) => p.name)).toEqual(['Ellen Nakashima', 'John Hudson', 'Josh Dawsey'])
    for (const p of a.authors) expect(p.bio?.startsWith(`${p.name} ist Reporter`)).toBe(true)
    expect(a.authors[0]!.role).toBe('Reporterin für nationale Sicherheit bei der Washington Post')
  })

  it('finds exactly the four contributors', () => {
    expect(a.contributors).toEqual(['Siobhán O‘Grady', 'Isabelle Khurshudyan', 'Catherine Belton', 'Aaron Schaffer'])
  })

  it('dates the first publication from the provenance note', () => {
    expect(a.published?.iso.startsWith('2024-11-11')).toBe(true)
    expect(a.published?.text).toBe('11. November 2024')
    expect(a.published?.line).toBe(lines.find((l) => l.text.startsWith('Dieser Artikel war zuerst'))!.line)
    expect(a.updated).toBeUndefined()
    expect(a.provenance).toHaveLength(2)
  })

  it('removes the pull quotes and the teaser as ui, the banner as consent, the wall as paywall', () => {
    const ui = a.removed.ui
    expect(ui.filter((r) => r.role === 'pullquote')).toHaveLength(2)
    expect(ui.some((r) => r.role === 'related' && r.text.startsWith('Prominente reagieren'))).toBe(true)
    expect(a.removed.consent).toHaveLength(3)
    expect(a.removed.paywall.length).toBeGreaterThan(5)
    expect(a.truncated).toBe(false)
  })

  it('reports the language, stats and clean text', () => {
    expect(a.language).toEqual({ iso6391: 'de', iso6393: 'deu', confidence: 1, pack: true })
    expect(a.stats.heading.lines).toBe(lines.filter((l) => l.label === 'heading').length)
    expect(a.stats.body.characters).toBe(lines.filter((l) => l.label === 'body').reduce((n, l) => n + l.text.length, 0))
    expect(a.text.startsWith('Gespräch mit Putin: Trump mahnt Russland zu Vorsicht im Ukraine-Konflikt\n\nNach der US-Wahl')).toBe(true)
    expect(a.text).not.toContain('Cookies')
    expect(a.markdown).toContain('\n\n## Trump spricht nach US-Wahl mit Putin über Lösung im Ukraine-Krieg\n\n')
    expect(a.markdown.startsWith('*Washington Post*\n\n# Gespräch mit Putin')).toBe(true)
  })
})

// The Greek byline "Της Ελένης Παπαδάκη" names its author in the genitive; the header has the nominative.
const KNOWN_FORMS: Record<string, Record<string, string>> = {
  'kairos-thermida-afalatosi-el.labeled.txt': { 'Ελένης Παπαδάκη': 'Ελένη Παπαδάκη' },
  'nea-eos-apopseis-orina-xoria-el.labeled.txt': { 'Ελένης Καραμπέτσου': 'Ελένη Καραμπέτσου' },
}

describe('buildArticle over the dev corpus and the fixtures (gold labels)', () => {
  const dirs = [new URL('../../shared/corpus/dev/', import.meta.url), new URL('../fixtures/', import.meta.url)]
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.labeled.txt')).map((f) => new URL(f, d)))

  it('has documents to read', () => {
    expect(files.length).toBeGreaterThan(40)
  })

  it('never throws, and finds only authors the header names (precision first)', () => {
    let named = 0
    let recovered = 0
    for (const url of files) {
      const { header, lines } = load(url)
      const a = buildArticle(lines, { language: header.lang })
      expect(a.stats.body.lines + a.stats.heading.lines + a.stats.byline.lines + a.stats.ui.lines + a.stats.consent.lines + a.stats.paywall.lines).toBe(lines.length)
      if (!header.authors) continue
      // CJK names are the same person written with or without a space between family and given name.
      const key = (n: string): string => (/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u.test(n) ? nameKey(n).replace(/ /g, '') : nameKey(n))
      const gold = new Set(header.authors.split(';').map(key))
      const forms = KNOWN_FORMS[url.pathname.split('/').pop()!] ?? {}
      const found = a.authors.map((p) => forms[p.name] ?? p.name)
      expect({ url: url.pathname, extra: found.filter((n) => !gold.has(key(n))) }).toEqual({ url: url.pathname, extra: [] })
      named += gold.size
      recovered += found.length
    }
    // 65 of 78 header authors at the time of writing; the rest are user names, first names only or agencies.
    expect(recovered / named).toBeGreaterThan(0.75)
  })
})
