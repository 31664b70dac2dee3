import { buildArticle } from './article/build.js'
import { classifyDocument } from './classify.js'
import type { Input, SiftOptions, SiftResult } from './types.js'

/** Classify a document and build its typed article. */
export function sift(input: Input, options?: SiftOptions): SiftResult {
  const c = classifyDocument(input, options)
  return { lines: c.lines, article: buildArticle(c.lines, { language: c.language }), language: c.language, invalidUtf8: c.invalidUtf8 }
}
