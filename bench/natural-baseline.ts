// Baseline for the README's "why our own model": natural 6.9's BayesClassifier
// over each line's words, trained on fixtures/ and tested on the real pages of
// ../shared/corpus/dev (never trained on), against linesift's line model
// trained on the same fixtures. Run: node --import tsx bench/natural-baseline.ts
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { classifyDocument } from '../src/classify.js'
import { modelFrom } from '../src/model/default.js'
import { train, trainingSet } from '../src/model/train.js'
import { evaluate } from '../src/testing/evaluate.js'
import { readLabeledFiles } from '../src/testing/files.js'

const require = createRequire(import.meta.url)
const BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier')

const root = fileURLToPath(new URL('..', import.meta.url))
const fixtures = readLabeledFiles([`${root}fixtures`], false)
const dev = readLabeledFiles([`${root}../shared/corpus/dev`], false)
// Unicode words (natural's WordTokenizer drops most non-Latin scripts), CJK as characters.
const words = (t: string): string[] => t.toLowerCase().split(/[^\p{L}\p{N}]+|(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u).filter(Boolean).slice(0, 60)

const t0 = performance.now()
const bayes = new BayesClassifier()
for (const f of fixtures) for (const l of f.lines) bayes.addDocument(words(l.text), l.label)
bayes.train()
const t1 = performance.now()
let lines = 0
const predicted = dev.map((f) => ({ lines: f.lines.map((l) => (lines++, { line: l.line, label: bayes.classify(words(l.text)) })) }))
const t2 = performance.now()
const gold = dev.map((f) => ({ language: f.header.lang, lines: f.lines }))
const e = evaluate(gold, predicted)
const pct = (x: number) => (100 * x).toFixed(1)
const row = (name: string, ev: typeof e) => `${name.padEnd(28)} macro-F1 ${pct(ev.macroF1)}  accuracy ${pct(ev.accuracy)}  ${Object.entries(ev.perLabel).map(([l, m]) => `${l} ${pct(m.f1)}`).join('  ')}`
console.log(`train: ${fixtures.length} fixtures; test: ${dev.length} real pages of ../shared/corpus/dev (${lines} lines)`)
console.log(row('natural BayesClassifier', e))
console.log(`  training ${((t1 - t0) / 1000).toFixed(1)} s, classifying ${Math.round(lines / ((t2 - t1) / 1000))} lines/s`)
const t3 = performance.now()
const model = modelFrom(train(trainingSet(fixtures).flat()))
const t4 = performance.now()
const ours = evaluate(gold, dev.map((f) => classifyDocument(f.text, {}, model)))
const t5 = performance.now()
console.log(row('linesift (same training set)', ours))
console.log(`  training ${((t4 - t3) / 1000).toFixed(1)} s, classifying ${Math.round(lines / ((t5 - t4) / 1000))} lines/s (with language detection, reasons, article-free)`)
