// Scale benchmark (issue 5): is `classify` linear in the input, and how much
// memory does a 100 MB document take?
//
//   npx tsx bench/scale.ts            # 1, 10 and 100 MB
//   npx tsx bench/scale.ts 1 10       # chosen sizes (MB)
//
// Documents are built by concatenating the text of the labeled documents in
// ../shared/corpus/dev and fixtures/ (mixed languages), separated by a blank
// line, until the UTF-8 size reaches the target (1 MB = 10^6 bytes). Each size
// runs in a fresh child process, so its peak RSS is its own and no heap state
// from a smaller run carries over; each child warms up on a small document
// first. The ratios 10/1 and 100/10 are ≈ 10 when time is linear.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { classify } from '../src/index.js'
import { parseLabeled } from '../src/testing/labeled.js'
import { findLabeledFiles } from '../src/testing/files.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')
const SOURCES = [join(root, '../shared/corpus/dev'), join(root, 'fixtures')]

/** The text of every labeled document of the corpus and the fixtures. */
export function corpusTexts(): string[] {
  const texts: string[] = []
  for (const dir of SOURCES) {
    let files: string[]
    try {
      files = findLabeledFiles([dir])
    } catch {
      continue // ../shared may be missing outside the project's machines
    }
    for (const f of files) texts.push(parseLabeled(readFileSync(f, 'utf8')).text)
  }
  if (texts.length === 0) throw new Error(`no labeled documents found in ${SOURCES.join(', ')}`)
  return texts
}

/** A document of at least `bytes` UTF-8 bytes made of whole corpus documents. */
export function buildDocument(texts: readonly string[], bytes: number): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length]!
    parts.push(t)
    size += Buffer.byteLength(t, 'utf8') + 2
  }
  return parts.join('\n\n')
}

interface Run {
  mb: number
  bytes: number
  chars: number
  inputLines: number
  lines: number
  ms: number
  maxRssKB: number
  baseRssKB: number
  heapUsedMB: number
}

/** Child: build one document, classify it once, print a JSON result. */
function child(mb: number): void {
  const texts = corpusTexts()
  classify(buildDocument(texts, 200_000)) // warm-up: JIT, lexicons, model
  const doc = buildDocument(texts, mb * 1e6)
  const baseRssKB = process.resourceUsage().maxRSS
  const t0 = performance.now()
  const out = classify(doc)
  const ms = performance.now() - t0
  let inputLines = 1
  for (let i = 0; i < doc.length; i++) if (doc.charCodeAt(i) === 10) inputLines++
  const run: Run = {
    mb,
    bytes: Buffer.byteLength(doc, 'utf8'),
    chars: doc.length,
    inputLines,
    lines: out.length,
    ms,
    maxRssKB: process.resourceUsage().maxRSS,
    baseRssKB,
    heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20,
  }
  process.stdout.write(JSON.stringify(run) + '\n')
}

function main(sizes: number[]): void {
  const runs: Run[] = []
  console.log(`linesift scale benchmark — node ${process.version}, documents from ${SOURCES.join(' + ')}`)
  console.log('size      bytes         lines      time       MB/s    lines/s     peak RSS')
  for (const mb of sizes) {
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', String(mb)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    if (r.status !== 0) {
      console.log(`${String(mb).padStart(4)} MB  FAILED (exit ${r.status}, signal ${r.signal})`)
      console.log(r.stderr.split('\n').slice(-25).join('\n'))
      continue
    }
    const run = JSON.parse(r.stdout.trim().split('\n').pop()!) as Run
    runs.push(run)
    const s = run.ms / 1000
    console.log(
      `${String(mb).padStart(4)} MB  ${String(run.bytes).padStart(11)}  ${String(run.lines).padStart(10)}  ${s.toFixed(2).padStart(7)} s  ${(run.bytes / 1e6 / s).toFixed(2).padStart(7)}  ${Math.round(run.lines / s).toString().padStart(9)}  ${(run.maxRssKB / 1024).toFixed(0).padStart(7)} MB`,
    )
  }
  const by = new Map(runs.map((r) => [r.mb, r]))
  // Time per byte, so that the ratio is exact even though documents overshoot their target by < 1 document.
  const ratio = (a: number, b: number): string => {
    const ra = by.get(a)
    const rb = by.get(b)
    if (!ra || !rb) return 'n/a'
    return ((ra.ms / rb.ms) * ((b * 1e6) / rb.bytes) * (ra.bytes / (a * 1e6))).toFixed(2) + ` (raw ${(ra.ms / rb.ms).toFixed(2)})`
  }
  console.log(`\ntime ratio 10/1:   ${ratio(10, 1)}    (linear ≈ 10)`)
  console.log(`time ratio 100/10: ${ratio(100, 10)}    (linear ≈ 10)`)
  const big = by.get(Math.max(...sizes))
  if (big) {
    console.log(
      `peak RSS (${big.mb} MB case): ${(big.maxRssKB / 1024).toFixed(0)} MB (process.resourceUsage().maxRSS; ${(big.baseRssKB / 1024).toFixed(0)} MB with the document built, before classify; heap used after: ${big.heapUsedMB.toFixed(0)} MB)`,
    )
    console.log(`input: ${big.chars} UTF-16 code units, ${big.inputLines} lines, ${big.lines} non-empty`)
  }
}

const args = process.argv.slice(2)
if (args[0] === '--child') child(Number(args[1]))
else main(args.length ? args.map(Number) : [1, 10, 100])
