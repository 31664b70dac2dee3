import { FAMILIES, FAMILY_COUNT } from '../lexicon/families.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { F, lineInfo, type LineInfo } from './line.js'
import { findRepeats } from './repeats.js'
import { isDateOnly, isName, isTitleLike, titleCandidates } from './title.js'

const SHAPE = [
  'len:log', 'len:<15', 'len:<40', 'len:<80', 'len:<160', 'len:>=160',
  'words:log', 'words:1', 'words:2-3',
  'stop:ratio', 'stop:none', 'stop:>=.25',
  'end:terminal', 'end:colon', 'end:word', 'end:separator',
  'start:upper', 'start:digit', 'start:bullet', 'start:quote', 'start:lower',
  'case:capitalized', 'case:all-caps',
  'digits:ratio', 'symbols:ratio', 'cjk:ratio',
  'has:currency', 'has:price', 'has:percent', 'has:url', 'has:email', 'has:hashtag', 'has:shortcut', 'has:pipe', 'has:separators',
  'date:numeric', 'date:time', 'date:year', 'date:cjk',
  'byline:prefix', 'byline:copula', 'colon:start', 'end:question', 'end:count', 'prose',
] as const
const GROUPS = ['consent', 'paywall', 'ui', 'byline'] as const
const CONTEXT = [
  'pos:rel', 'pos:first3', 'pos:last3', 'pos:before-prose', 'pos:after-prose', 'pos:no-prose',
  'ctx:prev-len', 'ctx:next-len', 'ctx:prev-prose', 'ctx:next-prose', 'ctx:prev-terminal', 'ctx:next-terminal',
  'ctx:gap-before', 'ctx:gap-after', 'ctx:prose-prev-near', 'ctx:prose-next-near', 'ctx:between-prose',
  'ctx:short-run', 'ctx:list-run', 'ctx:prose-window', 'ctx:repeated', 'ctx:pullquote',
  ...GROUPS.map((g) => `win:${g}`),
  'hx:short-before-prose', 'hx:short-between-prose', 'hx:short-in-run', 'hx:title-zone',
  'shape:name', 'shape:date-only', 'shape:headline', 'ctx:headlines-near',
  'seg:size', 'seg:prose-share', 'seg:main', 'seg:first', 'seg:last',
  'main:inside', 'main:head', 'main:tail', 'main:title', 'main:near-start',
  'title:candidate', 'title:from-top', 'title:from-text', 'title:followed',
  'doc:pack', 'doc:prose-share', 'doc:lines',
]

/** Names of the model's features, in vector order. */
export const FEATURE_NAMES: readonly string[] = [
  ...SHAPE,
  ...FAMILIES.map((f) => `voc:${f.name}`),
  ...GROUPS.map((g) => `vocd:${g}`),
  ...CONTEXT,
]
export const FEATURE_COUNT = FEATURE_NAMES.length

/** Family bits of each label group, for window sums and densities. */
const GROUP_OF = FAMILIES.map((f) => GROUPS.indexOf(f.label as (typeof GROUPS)[number]))

/** A non-empty line to featurise. */
export interface FeatureLine {
  line: number
  text: string
}

/** Everything the later stages need about a document's lines. */
export interface DocumentFeatures {
  infos: LineInfo[]
  /** Fill `out` (length FEATURE_COUNT) with the feature vector of line i. */
  row: (i: number, out: Float32Array) => Float32Array
  /** For pull quotes: index of the line a line repeats, or -1. */
  repeats: Int32Array
  /** How many times each line's exact text occurs in the document. */
  duplicates: Uint32Array
  /** Length of the run of short, unpunctuated lines each line is in (0 if none). */
  run: Int32Array
  /** Length of the run of lines without a sentence end each line is in (0 if none). */
  listRun: Int32Array
}

const SHORT = 60
const FLAG_FEATURES = [F.currency, F.price, F.percent, F.url, F.email, F.hashtag, F.shortcut, F.pipe, F.separators, F.numericDate, F.time, F.year, F.cjkDate, F.bylinePrefix, F.copula, F.colonStart, F.question, F.count]

/**
 * Analyse every line of a document once; feature vectors are then built on
 * demand by `row(i, out)` (linear in the document, no n × features matrix).
 */
export function documentFeatures(lines: readonly FeatureLine[], lex: Lexicon, recordMatches = true): DocumentFeatures {
  const n = lines.length
  const infos = new Array<LineInfo>(n)
  for (let i = 0; i < n; i++) infos[i] = lineInfo(lines[i]!.text, lex, recordMatches)

  // Distances to the nearest prose line, before and after.
  const prevProse = new Int32Array(n)
  const nextProse = new Int32Array(n)
  let last = -1
  let proseCount = 0
  for (let i = 0; i < n; i++) {
    prevProse[i] = last < 0 ? 1e6 : i - last
    if (infos[i]!.prose) {
      last = i
      proseCount++
    }
  }
  last = -1
  for (let i = n - 1; i >= 0; i--) {
    nextProse[i] = last < 0 ? 1e6 : last - i
    if (infos[i]!.prose) last = i
  }
  // Runs of short lines without terminal punctuation (menus, button rows),
  // and of lines of any length that end no sentence (teaser and link lists).
  const run = runLengths(infos, isShort)
  const listRun = runLengths(infos, (x) => !x.terminal)
  // Vocabulary per label group, as prefix sums for window totals.
  const groupSums = GROUPS.map(() => new Float64Array(n + 1))
  for (let i = 0; i < n; i++) {
    const fam = infos[i]!.family
    for (let g = 0; g < GROUPS.length; g++) groupSums[g]![i + 1] = groupSums[g]![i]!
    for (let b = 0; b < FAMILY_COUNT; b++) if (fam[b]) groupSums[GROUP_OF[b]!]![i + 1]! += Math.min(fam[b]!, 2)
  }
  const headlineSums = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) headlineSums[i + 1] = headlineSums[i]! + (isHeadline(infos[i]!) ? 1 : 0)
  const proseSums = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) proseSums[i + 1] = proseSums[i]! + (infos[i]!.prose ? 1 : 0)

  // Blocks between empty lines (the dump keeps one at header/nav/main/footer borders).
  const segment = new Int32Array(n)
  const segLines: number[] = []
  const segProse: number[] = []
  const segProseChars: number[] = []
  for (let i = 0, s = -1; i < n; i++) {
    if (i === 0 || lines[i]!.line - lines[i - 1]!.line > 1) {
      s++
      segLines.push(0)
      segProse.push(0)
      segProseChars.push(0)
    }
    segment[i] = s
    segLines[s]!++
    if (infos[i]!.prose) {
      segProse[s]!++
      segProseChars[s]! += infos[i]!.length
    }
  }
  let mainSegment = 0
  for (let s = 1; s < segProseChars.length; s++) if (segProseChars[s]! > segProseChars[mainSegment]!) mainSegment = s
  let firstProse = -1
  for (let i = 0; i < n && firstProse < 0; i++) if (infos[i]!.prose) firstProse = i

  const main = mainRegion(infos)
  // The longest title-shaped line of the header zone above the main text.
  let title = -1
  for (let i = main.start - 1; i >= 0 && i >= main.start - HEAD_ZONE; i--) {
    if (isTitleLike(infos[i]!) && (title < 0 || infos[i]!.length > infos[title]!.length)) title = i
  }
  const titles = titleCandidates(infos, main.start)

  const counts = new Map<string, number>()
  for (const l of lines) counts.set(l.text, (counts.get(l.text) ?? 0) + 1)
  const duplicates = new Uint32Array(n)
  for (let i = 0; i < n; i++) duplicates[i] = counts.get(lines[i]!.text)!
  const repeats = findRepeats(lines, infos)

  const docProse = n ? proseCount / n : 0
  const density = new Float64Array(GROUPS.length)
  const fill = (i: number, row: Float32Array): Float32Array => {
    const x = infos[i]!
    const len = x.length
    const w = x.words
    let k = 0
    // shape
    row[k++] = Math.log1p(len) / 6
    row[k++] = +(len < 15)
    row[k++] = +(len >= 15 && len < 40)
    row[k++] = +(len >= 40 && len < 80)
    row[k++] = +(len >= 80 && len < 160)
    row[k++] = +(len >= 160)
    row[k++] = Math.log1p(w) / 5
    row[k++] = +(w === 1)
    row[k++] = +(w === 2 || w === 3)
    row[k++] = Math.min(1, x.stopRatio)
    row[k++] = +(x.stopRatio === 0)
    row[k++] = +(x.stopRatio >= 0.25)
    row[k++] = +x.terminal
    row[k++] = +(x.last === 0x3a || x.last === 0xff1a)
    row[k++] = +isWordEnd(x.last)
    row[k++] = +(x.last === 0x7c || x.last === 0x2f || x.last === 0x3e || x.last === 0xbb || x.last === 0x203a || x.last === 0x2192)
    const firstUpper = x.first >= 65 && x.first <= 90 ? 1 : x.first > 127 && x.capitalized > 0 && x.cjk === 0 ? 1 : 0
    row[k++] = firstUpper
    row[k++] = +(x.first >= 48 && x.first <= 57)
    row[k++] = +((x.flags & F.bullet) !== 0)
    row[k++] = +((x.flags & F.quoteStart) !== 0)
    row[k++] = +(x.first >= 97 && x.first <= 122)
    row[k++] = w ? Math.min(1, x.capitalized / w) : 0
    row[k++] = +((x.flags & F.allCaps) !== 0)
    row[k++] = len ? x.digits / len : 0
    row[k++] = len ? Math.min(1, (x.symbols / len) * 4) : 0
    row[k++] = len ? x.cjk / len : 0
    for (const flag of FLAG_FEATURES) row[k++] = +((x.flags & flag) !== 0)
    row[k++] = +x.prose
    // vocabulary
    for (let b = 0; b < FAMILY_COUNT; b++) row[k++] = Math.min(x.family[b]!, 3) / 3
    density.fill(0)
    for (let b = 0; b < FAMILY_COUNT; b++) density[GROUP_OF[b]!]! += x.family[b]!
    for (let g = 0; g < GROUPS.length; g++) row[k++] = w ? Math.min(1, (density[g]! / w) * 3) : 0
    // position
    row[k++] = n > 1 ? i / (n - 1) : 0
    row[k++] = +(i < 3)
    row[k++] = +(i >= n - 3)
    row[k++] = +(nextProse[i]! < 1e6 && prevProse[i]! >= 1e6 && !x.prose)
    row[k++] = +(prevProse[i]! < 1e6 && nextProse[i]! >= 1e6 && !x.prose)
    row[k++] = +(proseCount === 0)
    // neighbours
    const prev = i > 0 ? infos[i - 1]! : undefined
    const next = i + 1 < n ? infos[i + 1]! : undefined
    row[k++] = prev ? Math.log1p(prev.length) / 6 : 0
    row[k++] = next ? Math.log1p(next.length) / 6 : 0
    row[k++] = +(prev?.prose ?? false)
    row[k++] = +(next?.prose ?? false)
    row[k++] = +(prev?.terminal ?? false)
    row[k++] = +(next?.terminal ?? false)
    row[k++] = +(i === 0 || lines[i]!.line - lines[i - 1]!.line > 1)
    row[k++] = +(i === n - 1 || lines[i + 1]!.line - lines[i]!.line > 1)
    row[k++] = 1 / (1 + prevProse[i]!)
    row[k++] = 1 / (1 + nextProse[i]!)
    const between = prevProse[i]! <= 2 && nextProse[i]! <= 2
    row[k++] = +between
    row[k++] = Math.log1p(run[i]!) / 4
    row[k++] = Math.log1p(listRun[i]!) / 4
    const lo = Math.max(0, i - 3)
    const hi = Math.min(n, i + 4)
    row[k++] = (proseSums[hi]! - proseSums[lo]! - (x.prose ? 1 : 0)) / Math.max(1, hi - lo - 1)
    row[k++] = Math.log2(duplicates[i]!) / 3
    row[k++] = +(repeats[i]! >= 0)
    for (let g = 0; g < GROUPS.length; g++) {
      const own = density[g]!
      row[k++] = Math.log1p(Math.max(0, groupSums[g]![hi]! - groupSums[g]![lo]! - Math.min(own, 2))) / 2
    }
    const short = len < 150 && !x.terminal
    row[k++] = +(short && nextProse[i]! <= 1)
    row[k++] = +(short && between)
    row[k++] = +(short && run[i]! >= 3)
    row[k++] = +(short && len >= 12 && firstProse >= 0 && i < firstProse && i >= firstProse - 5)
    row[k++] = +isName(x)
    row[k++] = +isDateOnly(x)
    const headline = isHeadline(x)
    row[k++] = +headline
    row[k++] = (headlineSums[hi]! - headlineSums[lo]! - (headline ? 1 : 0)) / 6
    const s = segment[i]!
    row[k++] = Math.log1p(segLines[s]!) / 5
    row[k++] = segProse[s]! / segLines[s]!
    row[k++] = +(s === mainSegment && segProseChars[s]! > 0)
    row[k++] = +(i === 0 || segment[i - 1] !== s)
    row[k++] = +(i === n - 1 || segment[i + 1] !== s)
    row[k++] = +(i >= main.start && i <= main.end)
    row[k++] = +(i < main.start && i >= main.start - HEAD_ZONE)
    row[k++] = +(main.end >= 0 && i > main.end && i <= main.end + HEAD_ZONE)
    row[k++] = +(i === title)
    row[k++] = i < main.start ? 1 / (1 + main.start - i) : 0
    row[k++] = titles.candidate[i]!
    row[k++] = titles.fromTop[i]!
    row[k++] = titles.fromText[i]!
    row[k++] = titles.followed[i]!
    row[k++] = +lex.hasPack
    row[k++] = docProse
    row[k++] = Math.log1p(n) / 8
    return row
  }
  return { infos, repeats, duplicates, run, listRun, row: fill }
}

/** For each line, the length of the run of consecutive lines meeting `test` it is in (0 outside runs). */
function runLengths(infos: readonly LineInfo[], test: (x: LineInfo) => boolean): Int32Array {
  const n = infos.length
  const out = new Int32Array(n)
  for (let i = 0; i < n; ) {
    let j = i
    while (j < n && test(infos[j]!)) j++
    out.fill(j - i, i, j)
    i = j === i ? i + 1 : j
  }
  return out
}

/** Lines above the main text that may hold its header (kicker, title, dates, authors). */
const HEAD_ZONE = 8
/** What a line that is not prose costs the main region (a subheading between paragraphs costs less than a paragraph adds). */
const NON_PROSE_COST = 40

/**
 * The main text: the stretch of lines with the most prose characters, where
 * every other line costs NON_PROSE_COST (maximum-sum subarray, linear). A
 * menu of 20 items separates it from a teaser block; a subheading does not.
 * start = end = -1 when the document has no prose.
 */
export function mainRegion(infos: readonly LineInfo[]): { start: number; end: number } {
  let best = 0
  let start = -1
  let end = -1
  let sum = 0
  let from = 0
  for (let i = 0; i < infos.length; i++) {
    const x = infos[i]!
    const gain = x.prose ? Math.min(x.length, 600) : -NON_PROSE_COST
    if (sum <= 0) {
      sum = 0
      from = i
    }
    sum += gain
    if (sum > best) {
      best = sum
      start = from
      end = i
    }
  }
  // Start at the first paragraph that text follows (not at a stray sentence of a banner above the title).
  for (let i = start; i >= 0 && i <= end; i++) {
    if (!infos[i]!.prose || infos[i]!.length < 80) continue
    let following = false
    for (let j = i + 1; j <= end && j < i + 3; j++) if (infos[j]!.prose && infos[j]!.length >= 80) following = true
    if (following) {
      start = i
      break
    }
  }
  return { start, end }
}

/** Shaped like a headline: 25-140 characters, several words, no sentence end, capitalised start. */
function isHeadline(x: LineInfo): boolean {
  return x.length >= 25 && x.length <= 140 && x.words >= 4 && !x.terminal && (x.capitalized > 0 || x.cjk > 0) && x.stopRatio > 0.05
}

function isShort(x: LineInfo): boolean {
  return x.length < SHORT && !x.terminal
}

function isWordEnd(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 0xbf && c !== 0x2026 && c !== 0x3002 && c < 0x2000) || (c >= 0x3040 && c < 0xa000)
}
