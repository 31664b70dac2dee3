import { describe, expect, it } from 'vitest'
import { decode, type Transitions } from '../src/context/decode.js'
import { STACK_NAMES, stackContext, stackRow } from '../src/context/stack.js'
import { documentFeatures, FEATURE_COUNT, FEATURE_NAMES, mainRegion } from '../src/features/document.js'
import { F, lineInfo } from '../src/features/line.js'
import { titleCandidates } from '../src/features/title.js'
import { FAMILIES } from '../src/lexicon/families.js'
import { lexiconFor } from '../src/lexicon/lexicon.js'
import { defaultModel } from '../src/model/default.js'
import { trainingSet } from '../src/model/train.js'
import { prepare } from '../src/pipeline/prepare.js'
import { splitGlued } from '../src/segment/spans.js'
import { readLabeledFiles } from '../src/testing/files.js'
import { parseLabeled } from '../src/testing/labeled.js'
import type { ClassifiedLine, Label } from '../src/types.js'

describe('line features', () => {
  const de = lexiconFor('de')
  const flags = (text: string): number => lineInfo(text, de, false).flags

  it('flags list entries that end with their count', () => {
    for (const text of ['Politik (124)', 'März 2019 [7]', 'Uncategorized (51) ', '科技（12）']) expect(flags(text) & F.count, text).toBeTruthy()
    for (const text of ['Politik', '(124)', 'Seite 2 von 3', 'Der Bericht (S. 12)', 'Preis: 12 ()']) expect(flags(text) & F.count, text).toBeFalsy()
  })

  it('flags questions in several scripts, after closing quotes', () => {
    for (const text of ['Was kostet das?', 'Wer zahlt?«', 'なぜですか？', 'هل هذا صحيح؟']) expect(flags(text) & F.question, text).toBeTruthy()
    for (const text of ['Das kostet nichts.', 'Frage: keine']) expect(flags(text) & F.question, text).toBeFalsy()
  })

  it('matches Korean vocabulary under attached particles and endings', () => {
    const ko = lexiconFor('ko')
    const families = (text: string): string[] => [...(lineInfo(text, ko, true).matched ?? new Map()).keys()].map((b) => FAMILIES[b]!.name)
    // 로그인 + 하고 ("log in and"), 쿠키 + 로 ("with"), 구독 + 하면 ("if you subscribe").
    expect(families('로그인하고 계속 읽기')).toContain('login')
    expect(families('이 사이트는 쿠키로 방문 기록을 남깁니다')).toContain('consent')
    expect(families('지금 구독하면 첫 달 무료')).toContain('paywall')
    // One-letter entries stay whole words: 홈 (home) is not the start of 홈런 (home run).
    expect(families('9회말 끝내기 홈런')).not.toContain('nav')
  })
})

describe('document features', () => {
  const de = lexiconFor('de')
  const paragraph = 'Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nach einer langen Debatte über die Kosten.'
  const doc = [
    'Startseite', 'Politik', 'Sport',
    'Lokales aus der Stadt',
    'Wetter und Verkehr heute',
    'Haushalt beschlossen: Was die Stadt jetzt plant',
    paragraph, paragraph, 'Wie geht es weiter?', paragraph,
    'Impressum', 'Datenschutz',
  ]
  const lines = doc.map((text, line) => ({ line, text }))
  const f = documentFeatures(lines, de, false)

  it('counts runs of lines that end no sentence, whatever their length', () => {
    // 'Wie geht es weiter?' ends a sentence (a question).
    expect(Array.from(f.listRun)).toEqual([6, 6, 6, 6, 6, 6, 0, 0, 0, 0, 2, 2])
  })

  it('finds the main text as the stretch with the most prose, a subheading inside it, and the longest title-shaped line above it', () => {
    expect(mainRegion(f.infos)).toEqual({ start: 6, end: 9 })
    const row = new Float32Array(FEATURE_COUNT)
    const at = (i: number, name: string): number => f.row(i, row)[FEATURE_NAMES.indexOf(name)]!
    expect(at(8, 'main:inside')).toBe(1)
    expect(at(5, 'main:head')).toBe(1)
    expect(at(5, 'main:title')).toBe(1)
    expect(at(3, 'main:title')).toBe(0)
    expect(at(10, 'main:tail')).toBe(1)
    expect(at(0, 'main:near-start')).toBeLessThan(at(5, 'main:near-start'))
    expect(at(7, 'main:near-start')).toBe(0)
    expect(mainRegion(documentFeatures([{ line: 0, text: 'Menü' }], de, false).infos)).toEqual({ start: -1, end: -1 })
  })

  it('ranks the title-shaped lines above the main text, and marks the one a lead or date follows', () => {
    const page = ['Startseite', 'Lokales aus der Stadt heute', 'Sport', 'Kultur', 'Haushalt beschlossen: Was die Stadt jetzt plant', '12.03.2024, 14:05 Uhr', paragraph, paragraph, 'Wie geht es weiter mit dem Haushalt?', paragraph]
    const infos = documentFeatures(page.map((text, line) => ({ line, text })), de, false).infos
    expect(mainRegion(infos).start).toBe(6)
    const t = titleCandidates(infos, 6)
    expect(Array.from(t.candidate)).toEqual([0, 1, 0, 0, 1, 0, 0, 0, 0, 0])
    expect(Array.from(t.fromTop.slice(0, 5))).toEqual([0, 1, 0, 0, 0.5])
    expect(Array.from(t.fromText.slice(0, 5))).toEqual([0, 0.5, 0, 0, 1])
    // The date line under the headline; a subheading inside the text is no candidate.
    expect(Array.from(t.followed)).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0])
    expect(titleCandidates(documentFeatures([{ line: 0, text: 'Menü' }], de, false).infos, -1).candidate[0]).toBe(0)
  })
})

describe('context stacking', () => {
  it('appends the means of the line’s block and of the blocks around it', () => {
    // Three blocks: lines 0-1 (label 0), 2-4 (label 1), 5 (label 2); K = 6.
    const K = 6
    const labels = [0, 0, 1, 1, 1, 2]
    const probs = new Float64Array(labels.length * K)
    labels.forEach((l, i) => (probs[i * K + l] = 1))
    const s = stackContext(probs, [0, 0, 1, 0, 0, 1], labels.length)
    const out = new Float32Array(1 + STACK_NAMES.length)
    const row = stackRow(3, Float32Array.of(7), s, out)
    const at = (name: string): number => row[1 + STACK_NAMES.indexOf(name)]!
    expect(row[0]).toBe(7)
    expect(at('p-1:heading')).toBe(1)
    expect(at('p-block:heading')).toBe(1)
    expect(at('p-prev-block:body')).toBe(1)
    expect(at('p-next-block:consent')).toBe(1)
    expect(at('p-5..-1:body')).toBeCloseTo(2 / 3)
    expect(at('p+1..+5:consent')).toBeCloseTo(1 / 2)
    // The first block has no block before it.
    const first = stackRow(0, Float32Array.of(0), s, out)
    expect(STACK_NAMES.filter((n) => n.startsWith('p-prev-block')).every((n) => first[1 + STACK_NAMES.indexOf(n)] === 0)).toBe(true)
  })
})

describe('decoding', () => {
  // Brute force over all k^n label sequences: the exact Viterbi path and marginals.
  function brute(emission: number[], gaps: number[], k: number, t: Transitions, w: number) {
    const n = gaps.length
    let best = -Infinity
    let bestPath: number[] = []
    const marg = new Array(n * k).fill(0)
    let total = 0
    for (let code = 0; code < k ** n; code++) {
      const seq = Array.from({ length: n }, (_, i) => Math.floor(code / k ** i) % k)
      let s = w * t.start[seq[0]!]! + emission[seq[0]!]!
      for (let i = 1; i < n; i++) s += w * (gaps[i] ? t.gap : t.adjacent)[seq[i - 1]!]![seq[i]!]! + emission[i * k + seq[i]!]!
      if (s > best) {
        best = s
        bestPath = seq
      }
      total += Math.exp(s)
      seq.forEach((c, i) => (marg[i * k + c] += Math.exp(s)))
    }
    return { path: bestPath, posterior: marg.map((m) => m / total) }
  }

  it('finds the best path and the exact posteriors (forward-backward)', () => {
    const k = 3
    const row = (a: number[]): number[] => a.map((v) => Math.log(v / a.reduce((x, y) => x + y)))
    const t: Transitions = { start: row([1, 2, 3]), adjacent: [row([8, 1, 1]), row([1, 8, 1]), row([2, 2, 6])], gap: [row([1, 1, 1]), row([3, 1, 1]), row([1, 1, 5])] }
    let seed = 7
    const rand = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + (trial % 6)
      const emission = Array.from({ length: n * k }, () => Math.log(rand()) * 3)
      const gaps = Array.from({ length: n }, (_, i) => (i > 0 && rand() < 0.3 ? 1 : 0))
      const exact = brute(emission, gaps, k, t, 0.7)
      const got = decode(Float64Array.from(emission), Uint8Array.from(gaps), k, t, { transition: 0.7 })
      expect(Array.from(got.path)).toEqual(exact.path)
      got.posterior.forEach((p, i) => expect(p).toBeCloseTo(exact.posterior[i]!, 10))
    }
  })
})

describe('glued lines (spans)', () => {
  const model = defaultModel()
  const lines = (text: string, label: Label): ClassifiedLine[] => text.split('\n').map((t, i) => ({ line: i + 1, text: t, label, confidence: 1, reasons: [] }))

  it('relabels a heading by the editor message glued to it when the message is larger', () => {
    const text = 'Zusammenfassung des BerichtsBildschirmleseunterstützung aktivieren. Drücken Sie zum Aktivieren Strg+Alt+Z. Eine Übersicht der Tastenkombinationen erhalten Sie mit Strg+Schrägstrich.'
    const [line] = splitGlued(lines(text, 'heading'), prepare(text, { language: 'de' }), model)
    expect(line!.spans?.map((s) => s.label)).toEqual(['heading', 'ui'])
    expect(line!.label).toBe('ui')
  })

  it('keeps the gold label of every labeled line but editor glue (real pages and fixtures)', () => {
    const files = readLabeledFiles([new URL('../../shared/corpus/dev', import.meta.url).pathname, new URL('../fixtures', import.meta.url).pathname], false)
    const changed: string[] = []
    let split = 0
    for (const f of files) {
      const gold: ClassifiedLine[] = f.lines.map((l) => ({ line: l.line, text: l.text, label: l.label, confidence: 1, reasons: [] }))
      const out = splitGlued(gold.map((l) => ({ ...l, reasons: [] })), prepare(f.text, { language: f.header.lang }), model)
      out.forEach((l, i) => {
        if (l.spans) split++
        if (l.label !== gold[i]!.label) changed.push(`${f.header.id}: ${gold[i]!.label} -> ${l.label}: ${l.text.slice(0, 60)}`)
      })
    }
    expect(split).toBeGreaterThan(10)
    expect(changed).toEqual([])
  })
})

describe('training set', () => {
  const doc = parseLabeled(['# id: t', '# lang: en', 'ui:nav\tHome', 'heading:title\tA title of the page', 'body\tA paragraph of the article that says something in full.', 'body\tAnother one, which ends like a sentence as well.', 'ui:footer\tImprint', 'ui:footer\tPrivacy policy', 'ui:footer\tContact', 'ui:footer\tTerms'].join('\n'))

  it('gives every copy of a weighted document its weight and its group', () => {
    const [plain, weighted] = trainingSet([doc, { ...doc, header: { ...doc.header, id: 'real' } }], true, (d) => (d.header.id === 'real' ? 3 : 1))
    expect(weighted!.length).toBeGreaterThan(1) // the page and its compacted and snippet copies
    expect(weighted!.every((d) => d.weight === 3 && d.group === 1)).toBe(true)
    expect(plain!.every((d) => d.weight === undefined && d.group === 0)).toBe(true)
  })
})
