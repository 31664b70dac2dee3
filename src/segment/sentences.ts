import retextLatin from 'retext-latin'
import { unified } from 'unified'
import { isCjk } from '../language/script.js'

/** A sentence of a line: [start, end) offsets into the line. */
export interface Sentence {
  start: number
  end: number
}

const parser = unified().use(retextLatin)

/**
 * Split a line into sentences: retext-latin (unified) for alphabetic
 * scripts, sentence punctuation (。！？) for text without spaces. Only
 * called on the few lines that may glue kinds together: retext parses at
 * about 2 MB/s.
 */
export function sentences(text: string): Sentence[] {
  let cjk = 0
  for (let i = 0; i < text.length && i < 200; i++) if (isCjk(text.charCodeAt(i))) cjk++
  if (cjk > 20) return splitCjk(text)
  const out: Sentence[] = []
  const tree = parser.parse(text)
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const node of paragraph.children) {
      if (node.type !== 'SentenceNode' || !node.position) continue
      const start = node.position.start.offset ?? 0
      const end = node.position.end.offset ?? text.length
      out.push({ start, end })
    }
  }
  return merge(out, text)
}

function splitCjk(text: string): Sentence[] {
  const out: Sentence[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) {
      out.push({ start, end: i + 1 })
      start = i + 1
    }
  }
  if (start < text.length && text.slice(start).trim()) out.push({ start, end: text.length })
  return out
}

/** Fold sentence fragments under 12 characters into their neighbour (". Danach …", "Dr."). */
function merge(list: Sentence[], text: string): Sentence[] {
  const out: Sentence[] = []
  for (const s of list) {
    const prev = out[out.length - 1]
    if (prev && (s.end - s.start < 12 || prev.end - prev.start < 12)) prev.end = s.end
    else out.push({ ...s })
  }
  // Sentences glued without a space ("…wurden.Er hat …") are left as one: retext keeps them together.
  return out.filter((s) => text.slice(s.start, s.end).trim().length > 0)
}
