// buildArticle: the typed article from classified (or hand-labeled) lines.
// Only `line`, `text`, `label` and `role` of each line are read.
import { normalizeCode } from '../language/codes.js'
import { packs } from '../packs/index.js'
import { LABELS, ROLES, type Article, type ClassifiedLine, type Label, type LabelStats, type LanguageInfo, type Note, type RemovedLine } from '../types.js'
import { findPeople } from './authors.js'
import { nameKey } from './names.js'
import { findPublished } from './published.js'
import { renderMarkdown, renderText } from './render.js'
import { buildStructure } from './sections.js'
import { findSources } from './sources.js'
import { vocabFor } from './vocab.js'

export interface BuildArticleOptions {
  /** The document's language: a `LanguageInfo`, or an ISO 639-1 / 639-3 code. */
  language?: LanguageInfo | string
}

const UNKNOWN: LanguageInfo = { iso6391: 'und', iso6393: 'und', confidence: 0, pack: false }
/** A body line at least this long after the last paywall line means the text goes on. */
const RESUMED_BODY = 80

/** Build the article from labeled lines (in document order). */
export function buildArticle(lines: readonly ClassifiedLine[], options: BuildArticleOptions = {}): Article {
  if (!Array.isArray(lines)) throw new TypeError('buildArticle expects an array of lines')
  const clean = lines.filter(usable).map(normalise)
  const language = languageOf(options.language)
  const v = vocabFor(packs[language.iso6391] ? language.iso6391 : 'und')
  const s = buildStructure(clean)
  const notPeople = new Set([s.title, s.kicker].filter((t): t is string => !!t).map(nameKey))
  const people = findPeople(clean, v, notPeople)
  const article: Article = {
    ...s,
    authors: people.authors,
    contributors: people.contributors,
    ...findPublished(clean, v),
    sources: findSources(clean, v, people.sources),
    credits: notes(clean, 'credit'),
    provenance: notes(clean, 'provenance'),
    language,
    removed: { consent: removed(clean, 'consent'), paywall: removed(clean, 'paywall'), ui: removed(clean, 'ui') },
    stats: stats(clean),
    truncated: truncated(clean),
    text: renderText(s),
    markdown: renderMarkdown(s),
  }
  return article
}

/** Lines with a known label and string text; anything else is skipped. */
function usable(l: ClassifiedLine): boolean {
  return typeof l === 'object' && l !== null && typeof l.text === 'string' && (LABELS as readonly string[]).includes(l.label)
}

/** Keep only what buildArticle relies on; drop a role the label does not allow. */
function normalise(l: ClassifiedLine, i: number): ClassifiedLine {
  const role = l.role && (ROLES[l.label] as readonly string[]).includes(l.role) ? l.role : undefined
  const out: ClassifiedLine = { line: Number.isInteger(l.line) ? l.line : i, text: l.text, label: l.label, confidence: 1, reasons: [] }
  if (role) out.role = role
  return out
}

function languageOf(given: LanguageInfo | string | undefined): LanguageInfo {
  if (given === undefined) return { ...UNKNOWN }
  if (typeof given === 'string') {
    if (!given.trim()) return { ...UNKNOWN }
    const codes = normalizeCode(given)
    return { ...codes, confidence: 1, pack: packs[codes.iso6391] !== undefined }
  }
  return { ...given }
}

const notes = (lines: readonly ClassifiedLine[], role: 'credit' | 'provenance'): Note[] =>
  lines.filter((l) => l.label === 'byline' && l.role === role).map((l) => ({ text: l.text.trim(), line: l.line }))

const removed = (lines: readonly ClassifiedLine[], label: Label): RemovedLine[] =>
  lines.filter((l) => l.label === label).map((l) => (l.role ? { line: l.line, text: l.text, role: l.role } : { line: l.line, text: l.text }))

function stats(lines: readonly ClassifiedLine[]): Record<Label, LabelStats> {
  const out = Object.fromEntries(LABELS.map((l) => [l, { lines: 0, characters: 0 }])) as Record<Label, LabelStats>
  for (const l of lines) {
    out[l.label].lines++
    out[l.label].characters += l.text.length
  }
  return out
}

/**
 * A paywall after the start of the body, and no substantial body line after the
 * last paywall line. A wall that only follows the article's closing byline
 * (author, bio or contributors after the last body line) is page furniture.
 */
function truncated(lines: readonly ClassifiedLine[]): boolean {
  const firstBody = lines.findIndex((l) => l.label === 'body')
  let lastWall = -1
  lines.forEach((l, i) => {
    if (l.label === 'paywall') lastWall = i
  })
  if (firstBody < 0 || lastWall < firstBody) return false
  if (lines.slice(lastWall + 1).some((l) => l.label === 'body' && l.text.trim().length >= RESUMED_BODY)) return false
  let lastBody = firstBody
  lines.forEach((l, i) => {
    if (l.label === 'body' && i < lastWall) lastBody = i
  })
  const wall = lines.findIndex((l, i) => i > lastBody && l.label === 'paywall')
  return !lines.slice(lastBody + 1, wall).some((l) => l.label === 'byline' && CLOSING.has(l.role ?? ''))
}

const CLOSING = new Set(['author', 'bio', 'contributors'])
