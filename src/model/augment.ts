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

