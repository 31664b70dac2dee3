// The input contract of issue 5, checked with fast-check against the source
// and against the built package (dist/, built by `npm test`):
//
// for any string, `classify` returns every non-empty input line exactly once,
// in input order, with its exact text, one of the six labels, a confidence in
// [0, 1] and strictly increasing line numbers; `sift` never throws on a
// string; the output is deterministic, whatever ran before.
//
// Lines split on `\n`, `\r\n` and a lone `\r`; U+2028, U+2029 and NEL (U+0085)
// stay inside their line. A line is empty when `text.trim() === ''`. A
// leading BOM of a string input is dropped. These tests never assert a label
// for a particular line: the model changes; the contract does not.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as source from '../src/index.js'
import type { ClassifiedLine } from '../src/index.js'

type Api = Pick<typeof source, 'classify' | 'sift' | 'LABELS'>

const distPath = fileURLToPath(new URL('../dist/index.js', import.meta.url))
// A computed specifier: `tsc --noEmit` runs before the build and must not need dist/.
const dist: Api | undefined = existsSync(distPath) ? ((await import(distPath)) as Api) : undefined

const LABEL_SET = new Set<string>(source.LABELS)

/** The reference splitter: what the contract says the lines are. */
function expectedLines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((t, line) => ({ line, text: t }))
    .filter((l) => l.text.trim() !== '')
}

/** A string input loses one leading BOM. */
const stripBom = (s: string): string => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s)

/** Check the whole contract of one `classify` result against its input text. */
function checkContract(text: string, out: ClassifiedLine[]): void {
  expect(Array.isArray(out)).toBe(true)
  // Every non-empty line exactly once, in order, with its exact text and number.
  expect(out.map((l) => ({ line: l.line, text: l.text }))).toEqual(expectedLines(text))
  let previous = -1
  for (const l of out) {
    expect(LABEL_SET.has(l.label), `label ${String(l.label)}`).toBe(true)
    expect(typeof l.confidence).toBe('number')
    expect(l.confidence >= 0 && l.confidence <= 1, `confidence ${l.confidence}`).toBe(true)
    expect(Number.isInteger(l.line)).toBe(true)
    expect(l.line).toBeGreaterThan(previous)
    previous = l.line
    expect(Array.isArray(l.reasons)).toBe(true)
    for (const r of l.reasons) expect(typeof r).toBe('string')
    if (l.spans) {
      for (const s of l.spans) {
        expect(LABEL_SET.has(s.label)).toBe(true)
        expect(0 <= s.start && s.start < s.end && s.end <= l.text.length).toBe(true)
      }
    }
  }
}

// ---- Arbitraries -----------------------------------------------------------

const BREAKS = ['\n', '\r\n', '\r'] as const

/** Pieces of hostile text: invisible, control, bidi, RTL, astral, separators. */
const HOSTILE_PIECES = [
  '\uFEFF', '\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F',
  '\u0085', '\u2028', '\u2029', '\u00A0', '\u1680', '\u2000', '\u200A', '\u202F', '\u205F', '\u3000',
  '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\u034F', '\u180E',
  '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
  'שלום עולם, זוהי כתבה.', 'مرحبا بالعالم، هذا مقال.', 'سياسة الخصوصية', 'Привет, мир.', '你好，世界。', 'こんにちは',
  '😀', '👨‍👩‍👧‍👦', '🇩🇪', '👍🏽', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '𠜎𠜱', '\u{10FFFF}', '\uD800', '\uDC00', '\uFFFD', '\uFFFE', '\uFFFF',
  'e\u0301', 'Z̤̮͚a̰l̻g̟o', '\t', ' ', '\r', '\n', '\r\n',
  'We use cookies to improve your experience.', 'Accept all', 'Subscribe to continue reading', 'By Jane Doe',
  'Share on Facebook', 'Read more', '11.11.2024, 14:50', 'Von Max Mustermann', 'Die Regierung hat am Montag beschlossen.',
  '1.1.1.1', 'a@b.c', 'http://x.y/z', '###', '...', ':::', '| a | b |',
]

const hostilePiece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
)

/** Strings mixing BOM, NUL, controls, line separators, zero-width, bidi, RTL, emoji. */
const hostileString = fc.array(hostilePiece, { maxLength: 40 }).map((parts) => parts.join(''))

/** Lines joined with random breaks (and a random tail). */
const linesWithBreaks = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), hostileString, fc.constantFrom('', ' ', '\t', '\u3000')), fc.constantFrom(...BREAKS)), {
      maxLength: 30,
    }),
    fc.boolean(),
  )
  .map(([rows, bom]) => (bom ? '\uFEFF' : '') + rows.map(([t, b]) => t + b).join(''))

/** Every kind of document string the contract covers. */
const anyDocument = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary-ascii', maxLength: 300 }),
  linesWithBreaks,
  hostileString,
)

const RUNS = { numRuns: 150 }

// ---- Properties -------------------------------------------------------------

function contractSuite(name: string, api: Api, runs: { numRuns: number }): void {
  describe(`contract (${name})`, () => {
    it('classify: binary strings (any code point)', () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => checkContract(stripBom(s), api.classify(s))), runs)
    })

    it('classify: grapheme strings', () => {
      fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => checkContract(stripBom(s), api.classify(s))), runs)
    })

    it('classify: lines joined with \\n, \\r\\n and lone \\r', () => {
      fc.assert(fc.property(linesWithBreaks, (s) => checkContract(stripBom(s), api.classify(s))), runs)
    })

    it('classify: BOM, NUL, controls, U+2028/2029/0085, zero-width, bidi, RTL, emoji, lone surrogates', () => {
      fc.assert(fc.property(hostileString, (s) => checkContract(stripBom(s), api.classify(s))), runs)
    })

    it('classify: with options (language, spans, context)', () => {
      const options = fc.record(
        {
          language: fc.constantFrom('en', 'de', 'deu', 'ar', 'zh', 'ja', 'xx', '', 'pt-BR'),
          spans: fc.boolean(),
          context: fc.boolean(),
        },
        { requiredKeys: [] },
      )
      fc.assert(fc.property(anyDocument, options, (s, o) => checkContract(stripBom(s), api.classify(s, o))), runs)
    })

    it('classify: bytes (any Uint8Array) are decoded with replacement', () => {
      const decoder = new TextDecoder('utf-8')
      fc.assert(
        fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), anyDocument.map((s) => new TextEncoder().encode(s))), (bytes) => {
          // TextDecoder drops one leading BOM, as classify does for bytes.
          checkContract(decoder.decode(bytes), api.classify(bytes))
        }),
        runs,
      )
    })

    it('sift never throws on a string, and agrees with classify', () => {
      fc.assert(
        fc.property(anyDocument, (s) => {
          const r = api.sift(s)
          expect(r.invalidUtf8).toBe(false)
          expect(r.lines).toEqual(api.classify(s))
          expect(typeof r.article.text).toBe('string')
          expect(typeof r.article.markdown).toBe('string')
          expect(Array.isArray(r.article.sections)).toBe(true)
        }),
        runs,
      )
    })

    it('sift flags invalid UTF-8 in bytes exactly when the bytes are invalid', () => {
      const strict = new TextDecoder('utf-8', { fatal: true })
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
          let valid = true
          try {
            strict.decode(bytes)
          } catch {
            valid = false
          }
          expect(api.sift(bytes).invalidUtf8).toBe(!valid)
        }),
        runs,
      )
    })

    it('is deterministic: the same input twice, and after other documents in between', () => {
      fc.assert(
        fc.property(anyDocument, fc.array(anyDocument, { minLength: 1, maxLength: 4 }), (doc, others) => {
          const first = api.classify(doc)
          expect(api.classify(doc)).toEqual(first)
          for (const o of others) api.classify(o)
          expect(api.classify(doc)).toEqual(first)
          // And through sift, after sifting the others.
          const article = api.sift(doc).article
          for (const o of others) api.sift(o)
          expect(api.sift(doc).article).toEqual(article)
        }),
        { numRuns: Math.max(20, Math.floor(runs.numRuns / 2)) },
      )
    })
  })
}

contractSuite('src', source, RUNS)

if (dist) {
  contractSuite('dist', dist, { numRuns: 60 })

  describe('dist and src agree', () => {
    it('same lines, labels and article for the same input', () => {
      fc.assert(
        fc.property(anyDocument, (s) => {
          expect(dist.classify(s)).toEqual(source.classify(s))
        }),
        { numRuns: 60 },
      )
    })
  })
} else {
  describe('contract (dist)', () => {
    it('has a build to check (npm test builds dist/ first)', () => {
      expect(dist, 'dist/index.js missing: run npm run build').toBeDefined()
    })
  })
}
