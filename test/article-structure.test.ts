import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildArticle } from '../src/article/build.js'
import { LABELS, ROLES, type ClassifiedLine, type Label, type Role } from '../src/types.js'

function lines(rows: readonly (readonly [string, string])[]): ClassifiedLine[] {
  return rows.map(([tag, text], line) => {
    const [label, role] = tag.split(':') as [Label, Role | undefined]
    return { line, text, label, ...(role ? { role } : {}), confidence: 1, reasons: [] }
  })
}

const long = (s: string): string => `${s} ${'and the story goes on with more words. '.repeat(3)}`.trim()

describe('title, kicker, lead', () => {
  it('joins two title lines: with a space after punctuation, else with ": "', () => {
    expect(buildArticle(lines([['heading:title', 'Tanz in der Lokremise:'], ['heading:title', 'Mit allen Wassern gewaschen']])).title).toBe('Tanz in der Lokremise: Mit allen Wassern gewaschen')
    expect(buildArticle(lines([['heading:title', 'Die Uhr im Kopf geht vor'], ['heading:title', 'Warum wir früher wach werden']])).title).toBe('Die Uhr im Kopf geht vor: Warum wir früher wach werden')
  })

  it('falls back to the last heading before the first body line', () => {
    const a = buildArticle(lines([['heading', 'Site name'], ['heading', 'The real title'], ['body', long('First paragraph')], ['heading', 'A subheading'], ['body', long('Second')]]))
    expect(a.title).toBe('The real title')
    expect(a.sections.map((s) => s.heading)).toEqual([undefined, 'A subheading'])
  })

  it('ignores a stray body line in the page header when falling back', () => {
    const a = buildArticle(lines([['body', 'Sie haben das Produkt bereits gekauft?'], ['heading', 'The real title'], ['body', long('First paragraph')], ['body', long('Second')]]))
    expect(a.title).toBe('The real title')
  })

  it('has no title without headings', () => {
    expect(buildArticle(lines([['body', 'Just text.']])).title).toBeUndefined()
  })

  it('reads the kicker and the body:lead, and keeps them out of the sections', () => {
    const a = buildArticle(lines([['heading:kicker', 'Energie'], ['heading:title', 'T'], ['body:lead', 'The lead.'], ['body', long('Body')]]))
    expect(a.kicker).toBe('Energie')
    expect(a.lead).toBe('The lead.')
    expect(a.sections).toEqual([{ blocks: [{ type: 'paragraph', text: long('Body'), lines: [3] }] }])
  })

  it('takes a short first paragraph as the lead only when the input has no roles', () => {
    const rows: [string, string][] = [['heading', 'Title'], ['body', 'A short teaser of the story that reads well.'], ['body', long('The first real paragraph')]]
    expect(buildArticle(lines(rows)).lead).toBe('A short teaser of the story that reads well.')
    expect(buildArticle(lines([['heading:title', 'Title'], ...rows.slice(1)])).lead).toBeUndefined()
    expect(buildArticle(lines([['heading', 'Title'], ['body', long('A long first paragraph')], ['body', 'Short.']])).lead).toBeUndefined()
  })
})

describe('sections and blocks', () => {
  const a = buildArticle(lines([
    ['heading:title', 'Recipe'],
    ['body', 'Intro paragraph.'],
    ['heading:subheading', 'Ingredients'],
    ['body:list', '2 eggs'],
    ['ui:ad', 'Advertisement'],
    ['body:list', '1 onion'],
    ['body:caption', 'The dish, served.'],
    ['body:list', 'Salt'],
    ['heading:subheading', 'Method'],
    ['body', 'Cook it.'],
    ['heading:subheading', 'Empty at the end'],
  ]))

  it('keeps paragraphs, lists and captions apart, lists across removed lines', () => {
    expect(a.sections).toEqual([
      { blocks: [{ type: 'paragraph', text: 'Intro paragraph.', lines: [1] }] },
      {
        heading: 'Ingredients',
        headingLine: 2,
        blocks: [
          { type: 'list', items: ['2 eggs', '1 onion'], lines: [3, 5] },
          { type: 'caption', text: 'The dish, served.', lines: [6] },
          { type: 'list', items: ['Salt'], lines: [7] },
        ],
      },
      { heading: 'Method', headingLine: 8, blocks: [{ type: 'paragraph', text: 'Cook it.', lines: [9] }] },
    ])
  })

  it('renders plain text and Markdown', () => {
    expect(a.text).toBe('Recipe\n\nIntro paragraph.\n\nIngredients\n\n- 2 eggs\n- 1 onion\n\nThe dish, served.\n\n- Salt\n\nMethod\n\nCook it.')
    expect(a.markdown).toBe('# Recipe\n\nIntro paragraph.\n\n## Ingredients\n\n- 2 eggs\n- 1 onion\n\n*The dish, served.*\n\n- Salt\n\n## Method\n\nCook it.')
  })

  it('escapes Markdown in the text', () => {
    const m = buildArticle(lines([['heading:title', 'A *bold* claim'], ['body', '# not a heading'], ['body', '1. not a list'], ['body', 'a_b [link]']])).markdown
    expect(m).toBe('# A \\*bold\\* claim\n\n\\# not a heading\n\n1\\. not a list\n\na\\_b \\[link\\]')
  })
})

describe('removed, stats, truncated, language', () => {
  it('lists removed lines by kind, with roles', () => {
    const a = buildArticle(lines([['consent', 'Accept all'], ['ui:nav', 'Home'], ['body', 'Text.'], ['paywall', 'Subscribe'], ['ui', 'Print']]))
    expect(a.removed).toEqual({
      consent: [{ line: 0, text: 'Accept all' }],
      paywall: [{ line: 3, text: 'Subscribe' }],
      ui: [{ line: 1, text: 'Home', role: 'nav' }, { line: 4, text: 'Print' }],
    })
  })

  it('counts lines and characters of all six labels', () => {
    const a = buildArticle(lines([['body', 'abc'], ['body', 'de'], ['ui', 'x']]))
    expect(Object.keys(a.stats).sort()).toEqual([...LABELS].sort())
    expect(a.stats.body).toEqual({ lines: 2, characters: 5 })
    expect(a.stats.ui).toEqual({ lines: 1, characters: 1 })
    expect(a.stats.paywall).toEqual({ lines: 0, characters: 0 })
  })

  it('is truncated when a paywall follows the body and the body does not resume', () => {
    const body: [string, string] = ['body', long('Paragraph')]
    expect(buildArticle(lines([body, ['paywall', 'Subscribe to read on'], ['ui:footer', 'Imprint']])).truncated).toBe(true)
    expect(buildArticle(lines([body, ['paywall', 'Subscribe to read on'], ['body', 'Short.']])).truncated).toBe(true)
    expect(buildArticle(lines([body, ['paywall', 'Premium'], body])).truncated).toBe(false)
    expect(buildArticle(lines([['paywall', 'Disable your ad blocker'], body])).truncated).toBe(false)
    expect(buildArticle(lines([body])).truncated).toBe(false)
    // A subscription box after the article's closing byline is page furniture.
    expect(buildArticle(lines([body, ['byline:author', 'Martin Untersinger'], ['ui:related', 'More'], ['paywall', 'Abonnez-vous']])).truncated).toBe(false)
  })

  it('reads the language option', () => {
    expect(buildArticle([]).language).toEqual({ iso6391: 'und', iso6393: 'und', confidence: 0, pack: false })
    expect(buildArticle([], { language: 'deu' }).language).toEqual({ iso6391: 'de', iso6393: 'deu', confidence: 1, pack: true })
    expect(buildArticle([], { language: 'xx' }).language).toMatchObject({ iso6391: 'xx', pack: false })
    const given = { iso6391: 'fr', iso6393: 'fra', confidence: 0.8, pack: true }
    expect(buildArticle([], { language: given }).language).toEqual(given)
  })
})

describe('robustness', () => {
  it('builds an empty article from no lines', () => {
    const a = buildArticle([])
    expect(a).toMatchObject({ sections: [], authors: [], contributors: [], sources: [], credits: [], provenance: [], truncated: false, text: '', markdown: '' })
  })

  it('rejects a non-array, skips unknown labels, drops roles the label does not allow', () => {
    expect(() => buildArticle('text' as unknown as ClassifiedLine[])).toThrow(TypeError)
    const odd = [
      { line: 0, text: 'Title', label: 'heading', role: 'caption', confidence: NaN, reasons: [] },
      { line: 1, text: 'Ghost', label: 'nonsense', confidence: 2, reasons: [] },
      { line: 2, text: 'Body text.', label: 'body', role: 'title' },
    ] as unknown as ClassifiedLine[]
    const a = buildArticle(odd)
    expect(a.title).toBe('Title')
    expect(a.sections).toEqual([{ blocks: [{ type: 'paragraph', text: 'Body text.', lines: [2] }] }])
    expect(a.stats.body.lines + a.stats.heading.lines).toBe(2)
  })

  it('never throws on arbitrary lines, in any language', () => {
    const labelRole = fc.constantFrom(...LABELS.flatMap((l) => [[l, undefined] as const, ...ROLES[l].map((r) => [l, r] as const)]))
    const line = fc.record({ lr: labelRole, text: fc.oneof(fc.string(), fc.constantFrom('By Jane Doe', 'Von Anna Müller, 12.03.2024', '2020年5月3日', 'Par Le Monde | 31.02.2024')) })
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom(undefined, 'de', 'en', 'ja', 'xx', ''), (rows, language) => {
        const ls: ClassifiedLine[] = rows.map((r, i) => ({ line: i, text: r.text, label: r.lr[0], ...(r.lr[1] ? { role: r.lr[1] } : {}), confidence: 1, reasons: [] }))
        const a = buildArticle(ls, language === undefined ? {} : { language })
        expect(a.stats.body.lines).toBe(ls.filter((l) => l.label === 'body').length)
      }),
      { numRuns: 300 },
    )
  })

  it('is fast on long bylines', () => {
    const text = `Von ${'Anna Müller und '.repeat(5000)}Jan Maier ${'12.03.2024 '.repeat(2000)}`
    const start = performance.now()
    buildArticle(lines([['byline:author', text], ['byline:date', text], ['byline:bio', text], ['byline:source', text], ['byline:contributors', text]]), { language: 'de' })
    expect(performance.now() - start).toBeLessThan(2000)
  })
})
