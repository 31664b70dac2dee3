import { francAll } from 'franc-min'
import type { LanguageInfo } from '../types.js'
import { ISO3, normalizeCode } from './codes.js'
import { scriptOf, type Script } from './script.js'
import { STOPWORD_GROUPS, stopwordsFor } from './stopwords.js'
import { forEachWord } from './words.js'

/** Characters of text sampled for detection. */
const SAMPLE = 3000
/** Below this many weighted stop-word hits the vote is not trusted alone. */
const MIN_VOTES = 4

const votersByGroup = new Map<string, Map<string, number[]>>()

/** word -> indices of the group's languages whose stop words contain it (built once per group). */
function voters(group: keyof typeof STOPWORD_GROUPS): Map<string, number[]> {
  let map = votersByGroup.get(group)
  if (map) return map
  map = new Map()
  STOPWORD_GROUPS[group].forEach((code, i) => {
    for (const word of stopwordsFor(code) ?? []) {
      const list = map!.get(word)
      if (list) list.push(i)
      else map!.set(word, [i])
    }
  })
  votersByGroup.set(group, map)
  return map
}

/** Pick a bounded sample of the document: its longest lines first come, up to SAMPLE chars. */
function sample(lines: readonly { text: string }[]): string {
  const parts: string[] = []
  let size = 0
  for (const min of [80, 30, 0]) {
    for (const l of lines) {
      if (l.text.length < min || (min < 80 && l.text.length >= (min === 30 ? 80 : 30))) continue
      parts.push(l.text.length > SAMPLE ? l.text.slice(0, SAMPLE) : l.text)
      size += l.text.length
      if (size >= SAMPLE) return parts.join('\n')
    }
  }
  return parts.join('\n')
}

const UNKNOWN: LanguageInfo = { iso6391: 'und', iso6393: 'und', confidence: 0, pack: false }

function info(code: string, confidence: number, hasPack: (code: string) => boolean): LanguageInfo {
  const { iso6391, iso6393 } = normalizeCode(code)
  return { iso6391, iso6393, confidence: Math.round(confidence * 1000) / 1000, pack: hasPack(iso6391) }
}

/**
 * Detect the language of a document: script counts, then a stop-word vote
 * within the script, with franc-min on the sample only to break a close vote.
 */
export function detectLanguage(lines: readonly { text: string }[], hasPack: (code: string) => boolean): LanguageInfo {
  const text = sample(lines)
  if (!text) return UNKNOWN
  const scripts = new Map<Script, number>()
  let letters = 0
  for (let i = 0; i < text.length; i++) {
    const s = scriptOf(text.charCodeAt(i))
    if (s === 'other') continue
    letters++
    scripts.set(s, (scripts.get(s) ?? 0) + 1)
  }
  if (letters < 3) return UNKNOWN
  const share = (s: Script): number => (scripts.get(s) ?? 0) / letters
  const kana = share('kana')
  const han = share('han')
  if (kana > 0.05 || (kana > 0 && han + kana > 0.3 && kana * 10 > han)) return info('ja', Math.min(1, 0.6 + kana * 2), hasPack)
  if (share('hangul') > 0.3) return info('ko', share('hangul'), hasPack)
  if (han > 0.3) return info('zh', han, hasPack)
  let top: Script = 'latin'
  for (const [s, n] of scripts) if (n > (scripts.get(top) ?? 0)) top = s
  const single: Partial<Record<Script, string>> = { greek: 'el', hebrew: 'he', thai: 'th', armenian: 'hy', georgian: 'ka' }
  if (single[top]) return info(single[top]!, share(top), hasPack)
  if (top === 'devanagari') return franc(text, ['hin', 'mar', 'npi'], hasPack) ?? info('hi', 0.5, hasPack)
  if (top === 'latin' || top === 'cyrillic' || top === 'arabic') return vote(text, top, hasPack)
  return UNKNOWN
}

function vote(text: string, group: 'latin' | 'cyrillic' | 'arabic', hasPack: (code: string) => boolean): LanguageInfo {
  const codes = STOPWORD_GROUPS[group]
  const map = voters(group)
  const scores = new Float64Array(codes.length)
  forEachWord(text, (word) => {
    const langs = map.get(word)
    if (!langs) return
    const w = 1 / langs.length
    for (const i of langs) scores[i]! += w
  })
  const order = [...scores.keys()].sort((a, b) => scores[b]! - scores[a]!)
  const first = order[0]!
  const second = order[1]!
  const s1 = scores[first]!
  const s2 = scores[second]!
  const margin = s1 > 0 ? (s1 - s2) / s1 : 0
  if (s1 >= MIN_VOTES && margin >= 0.25) return info(codes[first]!, Math.min(1, 0.5 + margin), hasPack)
  // Close or thin vote: let franc-min decide among the leaders it knows.
  const leaders = order.slice(0, 4).filter((i) => scores[i]! > 0).map((i) => ISO3[codes[i]!]!)
  const decided = leaders.length > 1 ? franc(text.slice(0, 1500), leaders, hasPack) : undefined
  if (decided) return decided
  return s1 > 0 ? info(codes[first]!, 0.3 + margin / 2, hasPack) : UNKNOWN
}

function franc(text: string, only: string[], hasPack: (code: string) => boolean): LanguageInfo | undefined {
  const [best, next] = francAll(text, { only, minLength: 10 })
  if (!best || best[0] === 'und') return undefined
  return info(best[0], Math.min(1, 0.5 + (best[1] - (next?.[1] ?? 0))), hasPack)
}
