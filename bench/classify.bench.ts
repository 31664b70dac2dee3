// Throughput benchmark (issue 3): `classify` on ≥ 10 MB of mixed-language
// text, against a bare baseline, plus the cold import time of dist/index.js.
//
//   npm run bench        (node --import tsx bench/classify.bench.ts)
//
// Text: the labeled documents of ../shared/corpus/dev and fixtures/ (their
// `.text`), in many languages.
//  - classify, per document: each corpus document classified on its own,
//    cycling through them until ≥ 10 MB went through (language detection,
//    lexicon and article-free classification per call: the unattended-crawl case).
//  - classify, one document: the same ≥ 10 MB joined into one document.
//  - baseline: `text.split('\n')` and one regex test per line, on the same text.
// MB = 10^6 UTF-8 bytes; lines/s counts non-empty lines.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { classify } from '../src/index.js'
import { findLabeledFiles } from '../src/testing/files.js'
import { parseLabeled } from '../src/testing/labeled.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')
const SOURCES = [join(root, '../shared/corpus/dev'), join(root, 'fixtures')]
const TARGET_BYTES = 10e6

function corpusTexts(): string[] {
  const texts: string[] = []
  for (const dir of SOURCES) {
    if (!existsSync(dir)) continue
    for (const f of findLabeledFiles([dir])) texts.push(parseLabeled(readFileSync(f, 'utf8')).text)
  }
  if (texts.length === 0) throw new Error(`no labeled documents found in ${SOURCES.join(', ')}`)
  return texts
}

const nonEmptyLines = (text: string): number => text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').length

interface Row {
  name: string
  bytes: number
  lines: number
  ms: number
}

/** The fastest of `reps` runs. */
function best(reps: number, fn: () => void): number {
  let min = Number.POSITIVE_INFINITY
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now()
    fn()
    min = Math.min(min, performance.now() - t0)
  }
  return min
}

const texts = corpusTexts()
const docs: string[] = []
let bytes = 0
for (let i = 0; bytes < TARGET_BYTES; i++) {
  const t = texts[i % texts.length]!
  docs.push(t)
  bytes += Buffer.byteLength(t, 'utf8')
}
const docLines = docs.reduce((n, d) => n + nonEmptyLines(d), 0)
const big = docs.join('\n')
const bigBytes = Buffer.byteLength(big, 'utf8')
const bigLines = nonEmptyLines(big)

console.log(`linesift classify benchmark — node ${process.version}`)
console.log(`text: ${docs.length} documents (${texts.length} distinct, mixed languages), ${(bytes / 1e6).toFixed(1)} MB, ${docLines} non-empty lines\n`)

// Warm-up: JIT, every pack's lexicon, the model.
for (const t of texts) classify(t)

const rows: Row[] = []
let sink = 0
rows.push({
  name: 'classify, per document',
  bytes,
  lines: docLines,
  ms: best(2, () => {
    for (const d of docs) sink += classify(d).length
  }),
})
rows.push({
  name: 'classify, per doc, reasons: false',
  bytes,
  lines: docLines,
  ms: best(2, () => {
    for (const d of docs) sink += classify(d, { reasons: false }).length
  }),
})
rows.push({ name: 'classify, one document', bytes: bigBytes, lines: bigLines, ms: best(2, () => void (sink += classify(big).length)) })

// Baseline: split + one regex pass (a numeric date test, as in src/features/line.ts).
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/
rows.push({
  name: "baseline: split('\\n') + 1 regex",
  bytes: bigBytes,
  lines: bigLines,
  ms: best(5, () => {
    const lines = big.split('\n')
    let hits = 0
    for (const l of lines) if (NUMERIC_DATE.test(l)) hits++
    sink += hits
  }),
})

const pad = (s: string, n: number): string => s.padStart(n)
console.log(`${'case'.padEnd(34)}${pad('MB', 8)}${pad('time', 11)}${pad('MB/s', 10)}${pad('lines/s', 12)}${pad('× baseline', 12)}`)
const baseline = rows[rows.length - 1]!
for (const r of rows) {
  const s = r.ms / 1000
  const mbs = r.bytes / 1e6 / s
  const slower = r === baseline ? '1' : (r.ms / baseline.ms / (r.bytes / baseline.bytes)).toFixed(0)
  console.log(`${r.name.padEnd(34)}${pad((r.bytes / 1e6).toFixed(1), 8)}${pad(s.toFixed(3) + ' s', 11)}${pad(mbs.toFixed(2), 10)}${pad(Math.round(r.lines / s).toLocaleString('en'), 12)}${pad(slower, 12)}`)
}

// Cold import of the built package in a fresh process.
const dist = join(root, 'dist/index.js')
if (!existsSync(dist)) {
  console.log('\ndist/index.js missing: npm run build')
  const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (b.status !== 0) throw new Error('npm run build failed')
}
const script = `
const t0 = performance.now()
const m = await import(${JSON.stringify(pathToFileURL(dist).href)})
const t1 = performance.now()
m.classify('Hello world.\\nThe government said on Monday it would review the policy.')
const t2 = performance.now()
console.log(JSON.stringify({ start: t0, importMs: t1 - t0, firstClassifyMs: t2 - t1 }))
`
const cold: { start: number; importMs: number; firstClassifyMs: number }[] = []
for (let i = 0; i < 5; i++) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`cold import failed: ${r.stderr}`)
  cold.push(JSON.parse(r.stdout.trim()) as (typeof cold)[number])
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
console.log(`\ncold start of dist/index.js (median of ${cold.length} fresh processes):`)
console.log(`  node start → import begins   ${median(cold.map((c) => c.start)).toFixed(1)} ms`)
console.log(`  import('dist/index.js')      ${median(cold.map((c) => c.importMs)).toFixed(1)} ms`)
console.log(`  first classify (model load)  ${median(cold.map((c) => c.firstClassifyMs)).toFixed(1)} ms`)
if (sink < 0) console.log(sink)
