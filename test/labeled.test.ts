import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LabeledFormatError } from '../src/errors.js'
import { findLabeledFiles } from '../src/testing/files.js'
import { formatLabeled, parseLabeled } from '../src/testing/index.js'

const shared = new URL('../../shared/corpus/', import.meta.url)

describe('parseLabeled', () => {
  it('reads headers, labels, roles and keeps empty lines as line numbers', () => {
    const doc = parseLabeled('# id: x\n# lang: de\nheading:title\tTitel\n\nbody\tText hier.\nui:nav\tMenü\n')
    expect(doc.header).toEqual({ id: 'x', lang: 'de' })
    expect(doc.lines).toEqual([
      { line: 0, text: 'Titel', label: 'heading', role: 'title' },
      { line: 2, text: 'Text hier.', label: 'body' },
      { line: 3, text: 'Menü', label: 'ui', role: 'nav' },
    ])
    expect(doc.text).toBe('Titel\n\nText hier.\nMenü')
  })

  it('keeps tabs inside the text column', () => {
    expect(parseLabeled('body\ta\tb\n').lines[0]!.text).toBe('a\tb')
  })

  it('rejects unknown labels, unknown roles and lines without a tab, naming the line', () => {
    expect(() => parseLabeled('prose\tx')).toThrow(LabeledFormatError)
    expect(() => parseLabeled('body:title\tx')).toThrow(/unknown role/)
    try {
      parseLabeled('# id: a\nbody\tok\nno tab here')
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(LabeledFormatError)
      expect((e as LabeledFormatError).line).toBe(3)
    }
  })
})

describe('formatLabeled', () => {
  it('writes headers and fills gaps with empty lines, keeping trailing empty lines', () => {
    const out = formatLabeled(
      [
        { line: 1, text: 'A', label: 'heading', role: 'title' },
        { line: 3, text: 'B', label: 'body' },
      ],
      { header: { id: 'z' }, lineCount: 5 },
    )
    expect(out).toBe('# id: z\n\nheading:title\tA\n\nbody\tB\n\n')
  })

  it('round-trips every corpus document byte for byte (headers included)', () => {
    const files = findLabeledFiles([new URL('dev', shared).pathname, new URL('seed', shared).pathname])
    expect(files.length).toBeGreaterThanOrEqual(30)
    for (const file of files) {
      const source = readFileSync(file, 'utf8')
      const doc = parseLabeled(source)
      const lineCount = doc.text.split('\n').length
      expect(formatLabeled(doc.lines, { header: doc.header, lineCount })).toBe(source)
    }
  })
})
