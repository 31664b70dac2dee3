// Title, kicker, lead and sections from the body and heading lines.
//
// Title lines that follow each other are joined with ": ", or with a space when
// the first ends in punctuation ("Tanz in der St. Galler Lokremise:" + "Mit …").
// Without a heading:title the last heading before the first two body lines in a row is the title.
// Without a body:lead, the first paragraph under the title is the lead only when
// the input carries no roles at all and the paragraph reads as a teaser (short,
// before any subheading, shorter than the paragraph after it).
import type { Block, ClassifiedLine, Section } from '../types.js'

export interface Structure {
  title?: string
  kicker?: string
  lead?: string
  sections: Section[]
}

const ENDS_IN_PUNCT = /[.:;!?…–—-]$/u
const TEASER_MIN = 40
const TEASER_MAX = 300

export function buildStructure(lines: readonly ClassifiedLine[]): Structure {
  const content = lines.filter((l) => l.label === 'body' || l.label === 'heading')
  const used = new Set<ClassifiedLine>()
  const title = findTitle(content, used)
  const kicker = content.find((l) => l.label === 'heading' && l.role === 'kicker')
  const leads = content.filter((l) => l.label === 'body' && l.role === 'lead')
  const teaser = leads.length === 0 && !lines.some((l) => l.role !== undefined) ? findTeaser(content, used) : undefined
  if (teaser) leads.push(teaser)
  for (const l of [...leads, ...content.filter((c) => c.role === 'kicker')]) used.add(l)
  const titleAt = content.findIndex((l) => l.label === 'heading' && l.role !== 'kicker' && used.has(l))
  const out: Structure = { sections: sectionsOf(content, used, titleAt) }
  if (title) out.title = title
  if (kicker) out.kicker = kicker.text.trim()
  if (leads.length) out.lead = leads.map((l) => l.text.trim()).join(' ')
  return out
}

/** The joined heading:title lines (first group), or the fallback heading; marks them used. */
function findTitle(content: readonly ClassifiedLine[], used: Set<ClassifiedLine>): string | undefined {
  const first = content.findIndex((l) => l.label === 'heading' && l.role === 'title')
  if (first >= 0) {
    let title = content[first]!.text.trim()
    used.add(content[first]!)
    for (let i = first + 1; i < content.length && content[i]!.label === 'heading' && content[i]!.role === 'title'; i++) {
      const next = content[i]!.text.trim()
      title = `${title}${ENDS_IN_PUNCT.test(title) ? ' ' : ': '}${next}`
      used.add(content[i]!)
    }
    // A later repetition of the title is not a section heading.
    for (const l of content) if (l.label === 'heading' && l.role === 'title') used.add(l)
    return title
  }
  // The article starts at its first two paragraphs in a row (a stray body
  // line in the page header does not count), or at its only paragraph.
  let body = content.findIndex((l, i) => l.label === 'body' && content[i + 1]?.label === 'body')
  if (body < 0) body = content.findIndex((l) => l.label === 'body')
  const before = content.slice(0, body < 0 ? content.length : body)
  let fallback: ClassifiedLine | undefined
  for (const l of before) if (l.label === 'heading' && l.role !== 'kicker') fallback = l
  if (!fallback) return undefined
  used.add(fallback)
  return fallback.text.trim()
}

/** The first paragraph under the title when it reads as a teaser. */
function findTeaser(content: readonly ClassifiedLine[], used: ReadonlySet<ClassifiedLine>): ClassifiedLine | undefined {
  let last = -1
  content.forEach((l, i) => {
    if (used.has(l)) last = i
  })
  if (last < 0) return undefined
  const first = content[last + 1]
  const next = content[last + 2]
  if (!first || first.label !== 'body' || !next || next.label !== 'body') return undefined
  const n = first.text.trim().length
  return n >= TEASER_MIN && n <= TEASER_MAX && n < next.text.trim().length ? first : undefined
}

/**
 * Sections in order: the opening one has no heading; headings above the title
 * (site chrome) open none; empty trailing sections are dropped.
 */
function sectionsOf(content: readonly ClassifiedLine[], used: ReadonlySet<ClassifiedLine>, titleAt: number): Section[] {
  const sections: Section[] = []
  let current: Section | undefined
  let lastWasList = false
  for (const [i, l] of content.entries()) {
    if (used.has(l)) continue
    const text = l.text.trim()
    if (!text || (l.label === 'heading' && i < titleAt)) continue
    if (l.label === 'heading') {
      current = { heading: text, headingLine: l.line, blocks: [] }
      sections.push(current)
      lastWasList = false
      continue
    }
    if (!current) {
      current = { blocks: [] }
      sections.push(current)
    }
    const blocks = current.blocks
    const prev = blocks[blocks.length - 1]
    if (l.role === 'list') {
      if (lastWasList && prev?.type === 'list') {
        prev.items.push(text)
        prev.lines.push(l.line)
      } else blocks.push({ type: 'list', items: [text], lines: [l.line] })
    } else blocks.push(block(l.role === 'caption' ? 'caption' : 'paragraph', text, l.line))
    lastWasList = l.role === 'list'
  }
  while (sections.length > 0 && sections[sections.length - 1]!.blocks.length === 0) sections.pop()
  return sections
}

const block = (type: 'paragraph' | 'caption', text: string, line: number): Block => ({ type, text, lines: [line] })
