import type { LabeledDocument, LabeledLine } from '../testing/labeled.js'

/** Lines kept of a run of same-label lines in a compacted copy. */
const KEEP = 3

/**
 * A compacted copy of a training document: no empty lines, and every run
 * of same-label lines cut to its first KEEP lines. Boilerplate then sits
 * right against headings and paragraphs, as in short snippets and pages
 * dumped without blank lines, so the model cannot learn that a consent
 * block is always far from the article (it labelled whole snippets consent).
 */
export function compact(doc: LabeledDocument): LabeledDocument {
  const lines: LabeledLine[] = []
  let run = 0
  for (let i = 0; i < doc.lines.length; i++) {
    const l = doc.lines[i]!
    run = i > 0 && doc.lines[i - 1]!.label === l.label ? run + 1 : 0
    if (run < KEEP) lines.push({ ...l, line: lines.length })
  }
  return {
    header: { ...doc.header, id: `${doc.header.id ?? 'doc'}~compact` },
    lines,
    text: lines.map((l) => l.text).join('\n'),
  }
}


/** Windows taken of each document, and their lengths in lines. */
const SNIPPET_LENGTHS = [2, 3, 5, 8]

/**
 * Short windows of a training document (2 to 8 lines, empty lines kept),
 * spread over it: users classify snippets, and a model that only saw whole
 * pages reads every line of a two-line input as the top or bottom of a page.
 */
export function snippets(doc: LabeledDocument): LabeledDocument[] {
  const n = doc.lines.length
  const out: LabeledDocument[] = []
  SNIPPET_LENGTHS.forEach((len, k) => {
    if (n < len * 2) return
    const start = Math.floor(((k + 1) * (n - len)) / (SNIPPET_LENGTHS.length + 1))
    const window = doc.lines.slice(start, start + len)
    const first = window[0]!.line
    const lines = window.map((l) => ({ ...l, line: l.line - first }))
    const text: string[] = []
    for (const l of lines) {
      while (text.length < l.line) text.push('')
      text.push(l.text)
    }
    out.push({ header: { ...doc.header, id: `${doc.header.id ?? 'doc'}~snippet${k}` }, lines, text: text.join('\n') })
  })
  return out
}
