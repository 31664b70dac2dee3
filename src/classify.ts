import { decodeInput } from './input/decode.js'
import { defaultModel } from './model/default.js'
import type { Model } from './model/model.js'
import { infer } from './pipeline/infer.js'
import { checkOptions, prepare } from './pipeline/prepare.js'
import { splitGlued } from './segment/spans.js'
import type { ClassifiedLine, ClassifyOptions, Input, LanguageInfo } from './types.js'

/** Classified lines with the language and input facts they were read with. */
export interface Classification {
  lines: ClassifiedLine[]
  language: LanguageInfo
  invalidUtf8: boolean
  /** Number of input lines, empty ones included. */
  lineCount: number
}

/** Classify a whole document (internal: also used by `sift` and `eval`). */
export function classifyDocument(input: Input, options?: ClassifyOptions, model: Model = defaultModel()): Classification {
  const opts = checkOptions(options)
  const { text, invalidUtf8 } = decodeInput(input)
  const prepared = prepare(text, opts, opts.reasons !== false)
  let lines = infer(model, prepared, opts)
  if (opts.spans !== false) lines = splitGlued(lines, prepared, model)
  return { lines, language: prepared.language, invalidUtf8, lineCount: prepared.count }
}

/**
 * Classify every non-empty line of a document as body, heading, consent,
 * paywall, ui or byline, with a role, a calibrated confidence and reasons.
 */
export function classify(input: Input, options?: ClassifyOptions): ClassifiedLine[] {
  return classifyDocument(input, options).lines
}
