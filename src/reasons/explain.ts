import type { LineInfo } from '../features/line.js'
import { FAMILIES, FAMILY_BIT } from '../lexicon/families.js'

const FAMILY_WORDS: Record<string, string> = {
  consent: 'consent', consentButton: 'consent button', paywall: 'paywall', adblock: 'ad-blocker', login: 'login',
  nav: 'navigation', share: 'sharing', related: 'related-content', ad: 'ad label', editor: 'editor/screen-reader',
  comments: 'comments', footer: 'footer', author: 'author', bio: 'author bio', contributors: 'contributors',
  provenance: 'provenance', credit: 'credit', source: 'source', date: 'date', month: 'date',
}

/** What a line's reasons may draw on. */
export interface ExplainContext {
  info: LineInfo
  names: readonly string[]
  run: number
  duplicates: number
  /** Line number of the line this one repeats, or -1. */
  repeats: number
}

function vocabulary(info: LineInfo, bits: number[]): string | undefined {
  for (const b of bits) {
    const words = info.matched?.get(b)
    if (words?.length) return `${FAMILY_WORDS[FAMILIES[b]!.name]} vocabulary: ${words.join(', ')}`
  }
  return undefined
}

function phrase(name: string, c: ExplainContext): string | undefined {
  const x = c.info
  const [group, what = ''] = name.split(':') as [string, string?]
  switch (group) {
    case 'voc':
      return vocabulary(x, [FAMILY_BIT[what]!])
    case 'vocd':
      return vocabulary(x, FAMILIES.flatMap((f, b) => (f.label === what ? [b] : [])))
    case 'len':
    case 'words':
      return x.length < 80 ? `short (${x.length} characters)` : `long (${x.length} characters)`
    case 'stop':
      return `${Math.round(x.stopRatio * 100)}% stop words`
    case 'prose':
      return 'reads as prose'
    case 'end':
      return what === 'terminal' ? 'ends like a sentence' : what === 'colon' ? 'ends with a colon' : 'no terminal punctuation'
    case 'date':
      return 'contains a date or time'
    case 'has':
      return what === 'price' || what === 'currency' ? 'contains a price' : what === 'shortcut' ? 'keyboard shortcut' : `contains ${what}`
    case 'byline':
      return what === 'prefix' ? `opens with "${x.firstToken}"` : 'name followed by a copula (bio)'
    case 'pos':
      return what === 'before-prose' ? 'before the first paragraph' : what === 'after-prose' ? 'after the last paragraph' : undefined
    case 'ctx':
    case 'hx':
      if (what === 'pullquote') return c.repeats >= 0 ? `repeats line ${c.repeats} (pull quote)` : undefined
      if (what === 'repeated') return c.duplicates > 1 ? `occurs ${c.duplicates} times in the document` : undefined
      if (what.includes('run')) return c.run > 1 ? `inside a block of ${c.run} short lines` : undefined
      if (what.includes('between')) return 'between body paragraphs'
      if (what.includes('before-prose') || what === 'next-prose') return 'followed by a paragraph'
      if (what === 'prev-prose') return 'follows a paragraph'
      return undefined
    case 'win':
      return `near ${what} lines`
    default:
      if (group.startsWith('p±')) return `inside a ${what} block`
      if (group === 'p-1' || group === 'p-2') return `follows ${what} lines`
      if (group === 'p+1' || group === 'p+2') return `precedes ${what} lines`
      return undefined
  }
}

/**
 * The evidence for a label: features ranked by how much they raise its score
 * above the mean label (`contributions`), worded; at most `max` reasons.
 */
export function explain(contributions: Float64Array, c: ExplainContext, max = 3): string[] {
  const scored: [number, number][] = []
  for (let j = 0; j < contributions.length; j++) if (contributions[j]! > 0.05) scored.push([j, contributions[j]!])
  scored.sort((a, b) => b[1] - a[1])
  const out: string[] = []
  for (const [j] of scored) {
    const p = phrase(c.names[j]!, c)
    if (p && !out.includes(p)) out.push(p)
    if (out.length >= max) break
  }
  return out
}

