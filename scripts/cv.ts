/**
 * Tuning loop: `node --import tsx scripts/cv.ts [errors.txt]`.
 * k-fold CV by document over fixtures + ../shared/corpus/dev, reported over
 * all, over the real (dev) pages only and over the fixtures only; then a model
 * trained on everything, scored on the seed and on fixtures/holdout (never
 * trained on). LINESIFT_TRAIN='{"…":…}' passes training options.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { classifyDocument } from '../src/classify.js'
import { crossValidate } from '../src/cli/eval.js'
import { modelFrom } from '../src/model/default.js'
import { REAL_WEIGHT, train, trainingSet } from '../src/model/train.js'
import { evaluate } from '../src/testing/evaluate.js'
import { readLabeledFiles, type LabeledFile } from '../src/testing/files.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const k = Number(process.env.CV_FOLDS ?? 5)
const fixtureDir = process.env.CV_FIXTURES ?? `${root}fixtures`
const fixtures = readLabeledFiles([fixtureDir], false)
const dev = readLabeledFiles([`${root}../shared/corpus/dev`], false)
const files = [...fixtures, ...dev]
const t0 = performance.now()
// The real pages (corpus/dev) count REAL_WEIGHT times in training, as in `npm run train`; LINESIFT_REAL_WEIGHT=w overrides.
const realWeight = Number(process.env.LINESIFT_REAL_WEIGHT ?? REAL_WEIGHT)
const weightOf = (d: LabeledFile) => (dev.includes(d) ? realWeight : 1)
const predicted = crossValidate(files, k, undefined, weightOf)
const pct = (x: number) => (100 * x).toFixed(1).padStart(5)
function line(name: string, idx: number[]) {
  const e = evaluate(idx.map((i) => ({ language: files[i]!.header.lang, lines: files[i]!.lines })), idx.map((i) => ({ lines: predicted[i]!.lines })))
  const per = Object.entries(e.perLabel).map(([l, m]) => `${l.slice(0, 4)} ${pct(m.f1)}`).join(' ')
  console.log(`${name.padEnd(9)} macro ${pct(e.macroF1)} acc ${pct(e.accuracy)} | ${per}`)
  return e
}
const all = files.map((_, i) => i)
const cvAll = line('cv all', all)
line('cv dev', all.filter((i) => i >= fixtures.length))
line('cv fixt', all.filter((i) => i < fixtures.length))
const model = modelFrom(train(trainingSet(files, process.env.LINESIFT_AUGMENT !== '0', weightOf).flat(), process.env.LINESIFT_TRAIN ? JSON.parse(process.env.LINESIFT_TRAIN) : {}))
function score(name: string, set: LabeledFile[]) {
  const pred = set.map((f) => classifyDocument(f.text, {}, model))
  const e = evaluate(set.map((f) => ({ language: f.header.lang, lines: f.lines })), pred.map((p) => ({ lines: p.lines })))
  const per = Object.entries(e.perLabel).map(([l, m]) => `${l.slice(0, 4)} ${pct(m.f1)}`).join(' ')
  const wrong = set.reduce((n, f, d) => n + f.lines.filter((g, j) => pred[d]!.lines[j]!.label !== g.label).length, 0)
  console.log(`${name.padEnd(9)} macro ${pct(e.macroF1)} acc ${pct(e.accuracy)} | ${per} | ${wrong} wrong`)
  return pred
}
console.log('per language (cv all): ' + Object.entries(cvAll.byLanguage).map(([l, s]) => `${l} ${pct(s.macroF1).trim()}`).join(', '))
score('seed', readLabeledFiles([`${root}../shared/corpus/seed`], false))
if (existsSync(`${fixtureDir}/holdout`)) score('holdout', readLabeledFiles([`${fixtureDir}/holdout`], false))
console.log(`${((performance.now() - t0) / 1000).toFixed(0)} s`)
const out = process.argv[2]
if (out) {
  const rows: string[] = []
  files.forEach((f, d) => f.lines.forEach((g, j) => {
    const p = predicted[d]!.lines[j]!
    if (p.label !== g.label) rows.push(`${f.header.id}\t${g.line}\t${g.label}${g.role ? ':' + g.role : ''}\t${p.label}\t${p.confidence}\t${g.text.slice(0, 110)}`)
  }))
  writeFileSync(out, rows.join('\n') + '\n')
}
