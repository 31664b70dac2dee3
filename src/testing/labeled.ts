import { LabeledFormatError } from '../errors.js'
import { isBlank } from '../input/lines.js'
import { LABELS, ROLES, type Label, type Role } from '../types.js'

/** A line of a labeled file. */
export interface LabeledLine {
  /** 0-based line number in the document (header lines not counted). */
  line: number
  text: string
  label: Label
  role?: Role
}

/** A parsed labeled file. */
export interface LabeledDocument {
  /** `# key: value` header lines (`id`, `lang`, `url`, `title`, `authors` …). */
  header: Record<string, string>
  /** The labeled, non-empty lines. */
  lines: LabeledLine[]
  /** The raw document: the text column joined with `\n`. */
  text: string
}

const labelSet = new Set<string>(LABELS)

/** Parse `LABEL[:ROLE]<TAB>TEXT` lines with optional `# key: value` headers. */
export function parseLabeled(input: string): LabeledDocument {
  if (typeof input !== 'string') throw new TypeError('parseLabeled expects a string')
  const rows = input.split(/\r?\n/)
  if (rows.length > 1 && rows[rows.length - 1] === '') rows.pop()
  const header: Record<string, string> = {}
  const lines: LabeledLine[] = []
  const texts: string[] = []
  let i = 0
  if (rows[0]?.charCodeAt(0) === 0xfeff) rows[0] = rows[0].slice(1)
  for (; i < rows.length; i++) {
    const row = rows[i]!
    if (!row.startsWith('# ')) break
    const colon = row.indexOf(':')
    if (colon < 0) throw new LabeledFormatError('header line without "key: value"', i + 1)
    header[row.slice(2, colon).trim()] = row.slice(colon + 1).trim()
  }
  for (let n = 0; i < rows.length; i++, n++) {
    const row = rows[i]!
    if (isBlank(row)) {
      texts.push('')
      continue
    }
    const tab = row.indexOf('\t')
    if (tab < 0) throw new LabeledFormatError(`expected LABEL<TAB>TEXT, got ${JSON.stringify(row.slice(0, 40))}`, i + 1)
    const tag = row.slice(0, tab)
    const colon = tag.indexOf(':')
    const label = colon < 0 ? tag : tag.slice(0, colon)
    if (!labelSet.has(label)) throw new LabeledFormatError(`unknown label ${JSON.stringify(label)}`, i + 1)
    const text = row.slice(tab + 1)
    const entry: LabeledLine = { line: n, text, label: label as Label }
    if (colon >= 0) {
      const role = tag.slice(colon + 1)
      if (!(ROLES[label as Label] as readonly string[]).includes(role)) throw new LabeledFormatError(`unknown role ${JSON.stringify(tag)}`, i + 1)
      entry.role = role as Role
    }
    lines.push(entry)
    texts.push(text)
  }
  return { header, lines, text: texts.join('\n') }
}

export interface FormatLabeledOptions {
  /** Header lines to write first (`{ id: 'x', lang: 'de' }`). */
  header?: Record<string, string>
  /** Number of lines of the document, so that trailing empty lines are kept. */
  lineCount?: number
}

/** Write lines in the labeled format; gaps in line numbers become empty lines. */
export function formatLabeled(lines: readonly Pick<LabeledLine, 'line' | 'text' | 'label' | 'role'>[], options: FormatLabeledOptions = {}): string {
  const out: string[] = []
  for (const [key, value] of Object.entries(options.header ?? {})) out.push(`# ${key}: ${value}`)
  let next = 0
  for (const l of lines) {
    while (next < l.line) {
      out.push('')
      next++
    }
    out.push(`${l.role ? `${l.label}:${l.role}` : l.label}\t${l.text}`)
    next = l.line + 1
  }
  while (next < (options.lineCount ?? 0)) {
    out.push('')
    next++
  }
  return out.join('\n') + '\n'
}
