// Plain text and Markdown renderings of an article.
// Text: title, lead, then each section's heading and blocks, separated by blank lines.
// Markdown: the kicker as an italic line above `# title`, the lead as a paragraph,
// `## heading` per section, `- ` list items, captions in italics.
import type { Block, Section } from '../types.js'

export interface Renderable {
  title?: string
  kicker?: string
  lead?: string
  sections: readonly Section[]
}

/** Clean plain text. */
export function renderText(a: Renderable): string {
  const parts: string[] = []
  if (a.title) parts.push(a.title)
  if (a.lead) parts.push(a.lead)
  for (const s of a.sections) {
    if (s.heading) parts.push(s.heading)
    for (const b of s.blocks) parts.push(b.type === 'list' ? b.items.map((i) => `- ${i}`).join('\n') : b.text)
  }
  return parts.join('\n\n')
}

/** Markdown. */
export function renderMarkdown(a: Renderable): string {
  const parts: string[] = []
  if (a.kicker) parts.push(`*${inline(a.kicker)}*`)
  if (a.title) parts.push(`# ${inline(a.title)}`)
  if (a.lead) parts.push(paragraph(a.lead))
  for (const s of a.sections) {
    if (s.heading) parts.push(`## ${inline(s.heading)}`)
    for (const b of s.blocks) parts.push(blockMarkdown(b))
  }
  return parts.join('\n\n')
}

function blockMarkdown(b: Block): string {
  if (b.type === 'list') return b.items.map((i) => `- ${inline(i)}`).join('\n')
  if (b.type === 'caption') return `*${inline(b.text)}*`
  return paragraph(b.text)
}

const INLINE = /[\\`*_[\]<]/gu
const BLOCK_START = /^(#{1,6}\s|[-+]\s|>|={3}|-{3})/u
const ORDERED = /^(\d{1,9})([.)]\s)/u

/** Escape characters Markdown would read as formatting. */
const inline = (s: string): string => s.replace(INLINE, (c) => `\\${c}`)

/** A paragraph that does not open as a heading, a list or a quote. */
function paragraph(s: string): string {
  const t = inline(s)
  if (ORDERED.test(t)) return t.replace(ORDERED, '$1\\$2')
  return BLOCK_START.test(t) ? `\\${t}` : t
}
