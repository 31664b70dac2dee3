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
  listRun: number
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

type Phrase = (c: ExplainContext) => string | undefined

const none: Phrase = () => undefined

/** The wording of one feature, decided once per feature name. */
function phraseFor(name: string): Phrase {
  const [group, what = ''] = name.split(':') as [string, string?]
  switch (group) {
    case 'voc': {
      const bits = [FAMILY_BIT[what]!]
      return (c) => vocabulary(c.info, bits)
    }
    case 'vocd': {
      const bits = FAMILIES.flatMap((f, b) => (f.label === what ? [b] : []))
      return (c) => vocabulary(c.info, bits)
    }
    case 'len':
    case 'words':
      return (c) => (c.info.length < 80 ? `short (${c.info.length} characters)` : `long (${c.info.length} characters)`)
    case 'stop':
      return (c) => `${Math.round(c.info.stopRatio * 100)}% stop words`
    case 'prose':
      return () => 'reads as prose'
    case 'end': {
      const text = what === 'terminal' ? 'ends like a sentence' : what === 'colon' ? 'ends with a colon' : 'no terminal punctuation'
      return () => text
    }
    case 'date':
      return () => 'contains a date or time'
    case 'has': {
      const text = what === 'price' || what === 'currency' ? 'contains a price' : what === 'shortcut' ? 'keyboard shortcut' : `contains ${what}`
      return () => text
    }
    case 'byline':
      return what === 'prefix' ? (c) => `opens with "${c.info.firstToken}"` : () => 'name followed by a copula (bio)'
    case 'pos':
      if (what === 'before-prose') return () => 'before the first paragraph'
      if (what === 'after-prose') return () => 'after the last paragraph'
      return none
    case 'ctx':
    case 'hx':
      if (what === 'pullquote') return (c) => (c.repeats >= 0 ? `repeats line ${c.repeats} (pull quote)` : undefined)
      if (what === 'repeated') return (c) => (c.duplicates > 1 ? `occurs ${c.duplicates} times in the document` : undefined)
      if (what === 'list-run') return (c) => (c.listRun > 2 ? `one of ${c.listRun} lines in a row that end no sentence` : undefined)
      if (what.includes('run')) return (c) => (c.run > 1 ? `inside a block of ${c.run} short lines` : undefined)
      if (what.includes('between')) return () => 'between body paragraphs'
      if (what.includes('before-prose') || what === 'next-prose') return () => 'followed by a paragraph'
      if (what === 'prev-prose') return () => 'follows a paragraph'
      return none
    case 'main': {
      const text =
        what === 'inside'
          ? 'inside the main text'
          : what === 'tail'
            ? 'just after the main text'
            : what === 'title'
              ? 'the longest title-shaped line above the main text'
              : 'in the header zone above the main text'
      return () => text
    }
    case 'title': {
      const text = what === 'followed' ? 'headline followed by a lead, date or author' : 'headline-shaped, above the main text'
      return what === 'from-text' ? none : () => text
    }
    case 'win': {
      const text = `near ${what} lines`
      return () => text
    }
    default:
      return stackPhrase(group, what)
  }
}

/** Context-model inputs: the line model's probabilities around the line. */
function stackPhrase(group: string, what: string): Phrase {
  // p+0 (the line model's own reading) is left out: the line's features say it better.
  const text =
    group === 'p-block'
      ? `inside a ${what} block`
      : group === 'p-prev-block'
        ? `after a ${what} block`
        : group === 'p-next-block'
          ? `before a ${what} block`
          : group === 'p-1' || group === 'p-2' || group === 'p-5..-1'
            ? `follows ${what} lines`
            : group === 'p+1' || group === 'p+2' || group === 'p+1..+5'
              ? `precedes ${what} lines`
              : undefined
  return text ? () => text : none
}

const compiled = new WeakMap<readonly string[], Phrase[]>()

function phrases(names: readonly string[]): Phrase[] {
  let list = compiled.get(names)
  if (!list) compiled.set(names, (list = names.map(phraseFor)))
  return list
}

const masks = new WeakMap<readonly string[], Uint8Array>()

/** 1 for the features that can be worded as a reason (the others need no contribution); one mask per feature list. */
export function explainable(names: readonly string[]): Uint8Array {
  let mask = masks.get(names)
  if (!mask) masks.set(names, (mask = Uint8Array.from(phrases(names), (p) => (p === none ? 0 : 1))))
  return mask
}

let candidates = new Int32Array(64)

/**
 * The evidence for a label: features ranked by how much they raise its score
 * above the mean label (`contributions`), worded; at most `max` reasons.
 */
export function explain(contributions: Float64Array, c: ExplainContext, max = 3): string[] {
  const list = phrases(c.names)
  if (candidates.length < contributions.length) candidates = new Int32Array(contributions.length)
  let m = 0
  for (let j = 0; j < contributions.length; j++) if (contributions[j]! > 0.05) candidates[m++] = j
  const out: string[] = []
  // Selection of the largest remaining contribution: reasons are few, so this
  // beats sorting every candidate.
  while (m > 0 && out.length < max) {
    let best = 0
    for (let a = 1; a < m; a++) if (contributions[candidates[a]!]! > contributions[candidates[best]!]!) best = a
    const j = candidates[best]!
    candidates[best] = candidates[--m]!
    const p = list[j]!(c)
    if (p && !out.includes(p)) out.push(p)
  }
  return out
}
