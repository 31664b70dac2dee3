import { InputTooLargeError, LinesiftTypeError } from '../errors.js'
import { documentFeatures, type DocumentFeatures } from '../features/document.js'
import { splitLines, type RawLine } from '../input/lines.js'
import { normalizeCode } from '../language/codes.js'
import { detectLanguage } from '../language/detect.js'
import { hasPack, lexiconFor, type Lexicon } from '../lexicon/lexicon.js'
import type { ClassifyOptions, LanguageInfo } from '../types.js'

/** Default largest input: 256 Mi UTF-16 code units. */
export const DEFAULT_MAX_LENGTH = 256 * 1024 * 1024

/** A document split, its language found, and its lines analysed. */
export interface Prepared {
  lines: RawLine[]
  /** Number of lines in the input, empty ones included. */
  count: number
  language: LanguageInfo
  lex: Lexicon
  doc: DocumentFeatures
}

/** Check options coming from JavaScript callers. */
export function checkOptions(options: unknown): ClassifyOptions {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object') throw new LinesiftTypeError(`Expected options to be an object, got ${typeof options}`)
  const o = options as Record<string, unknown>
  if (o.language !== undefined && typeof o.language !== 'string') throw new LinesiftTypeError('Expected options.language to be a string (ISO 639-1 or 639-3)')
  for (const key of ['spans', 'context', 'reasons'] as const) if (o[key] !== undefined && typeof o[key] !== 'boolean') throw new LinesiftTypeError(`Expected options.${key} to be a boolean`)
  if (o.maxLength !== undefined && (typeof o.maxLength !== 'number' || !(o.maxLength > 0))) throw new LinesiftTypeError('Expected options.maxLength to be a positive number')
  return o as ClassifyOptions
}

/**
 * Split, detect the language (unless given), compile its lexicon, analyse
 * every line. `usePack: false` (training only) reads the page without its pack.
 */
export function prepare(text: string, options: ClassifyOptions, recordMatches = true, usePack = true): Prepared {
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH
  if (text.length > max) throw new InputTooLargeError(text.length, max)
  const { lines, count } = splitLines(text)
  let language: LanguageInfo
  if (options.language && options.language.trim()) {
    const codes = normalizeCode(options.language)
    language = { ...codes, confidence: 1, pack: hasPack(codes.iso6391) }
  } else {
    language = detectLanguage(lines, hasPack)
  }
  const lex = lexiconFor(language.iso6391, usePack)
  return { lines, count, language, lex, doc: documentFeatures(lines, lex, recordMatches) }
}
