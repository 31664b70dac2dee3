import { MONTH_BIT } from '../lexicon/families.js'
import { F, type LineInfo } from './line.js'

/** Lines above the main text searched for its title. */
const TITLE_ZONE = 25
/** Lines after a candidate searched for a lead, date or author. */
const LOOK_AHEAD = 3
/** Flags of dates, bylines, breadcrumbs and links: never a title. */
const NOT_TITLE = F.numericDate | F.time | F.cjkDate | F.bylinePrefix | F.pipe | F.separators | F.url | F.email

/** Per line, where it stands among the possible titles above the main text. */
export interface TitleCandidates {
  /** 1 for a title-shaped line in the zone above the main text. */
  candidate: Uint8Array
  /** 1 / (1 + candidates above it in the zone): the first headline after the menus gets 1. */
  fromTop: Float32Array
  /** 1 / (1 + candidates below it in the zone): the nearest one to the text gets 1. */
  fromText: Float32Array
  /** A candidate with a lead, a date or an author line within LOOK_AHEAD lines after it. */
  followed: Uint8Array
}

/**
 * Title candidates: every title-shaped line in the TITLE_ZONE lines above
 * the main text, ranked from the top and from the text, so the model can
 * weigh them (a single pick by hand was right on under half the pages).
 */
export function titleCandidates(infos: readonly LineInfo[], mainStart: number): TitleCandidates {
  const n = infos.length
  const out: TitleCandidates = { candidate: new Uint8Array(n), fromTop: new Float32Array(n), fromText: new Float32Array(n), followed: new Uint8Array(n) }
  if (mainStart < 0) return out
  const from = Math.max(0, mainStart - TITLE_ZONE)
  const picks: number[] = []
  for (let i = from; i < mainStart; i++) if (isTitleShaped(infos[i]!)) picks.push(i)
  picks.forEach((i, k) => {
    out.candidate[i] = 1
    out.fromTop[i] = 1 / (1 + k)
    out.fromText[i] = 1 / (picks.length - k)
    for (let j = i + 1; j <= i + LOOK_AHEAD && j < n; j++) if (opensArticle(infos[j]!)) out.followed[i] = 1
  })
  return out
}

/** A headline: a few words, not a paragraph, a date, a byline or a link; may end with ? or !. */
export function isTitleShaped(x: LineInfo): boolean {
  const asks = x.last === 0x3f || x.last === 0x21 || x.last === 0xff1f || x.last === 0xff01
  return (x.flags & NOT_TITLE) === 0 && !x.prose && (!x.terminal || asks) && x.length >= 12 && x.length <= 200 && (x.words >= 2 || x.cjk >= 4) && !isDateOnly(x)
}

/** Flags of dates, years, bylines, breadcrumbs and links: never the longest title (isTitleLike). */
const NOT_LONGEST_TITLE = NOT_TITLE | F.year

/** The stricter shape of the longest-title pick (main:title): no sentence end at all, stop words or CJK. */
export function isTitleLike(x: LineInfo): boolean {
  return (x.flags & NOT_LONGEST_TITLE) === 0 && !x.terminal && x.length >= 12 && x.length <= 160 && (x.words >= 2 || x.cjk >= 4) && (x.stopRatio > 0 || x.cjk > 0) && !isDateOnly(x)
}

/** What follows a title: the lead, a date line or an author line. */
function opensArticle(x: LineInfo): boolean {
  return x.prose || isDateOnly(x) || (x.flags & F.bylinePrefix) !== 0
}

/** A short line made mostly of a date or time. */
export function isDateOnly(x: LineInfo): boolean {
  const dated = (x.flags & (F.numericDate | F.time | F.cjkDate)) !== 0 || x.family[MONTH_BIT]! > 0
  return dated && x.words <= 7 && x.length <= 60
}

/** 2-4 capitalised words, no digits, short: the shape of a person's name. */
export function isName(x: LineInfo): boolean {
  return x.words >= 2 && x.words <= 4 && x.capitalized >= x.words - 1 && x.digits === 0 && x.length <= 40 && !x.terminal && x.cjk === 0 && x.stopRatio <= 0.34
}
