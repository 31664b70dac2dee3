import type { Model } from '../model/model.js'
import type { Prepared } from '../pipeline/prepare.js'
import type { ClassifiedLine } from '../types.js'

/** Placeholder until sentence spans land: lines pass through unchanged. */
export function splitGlued(lines: ClassifiedLine[], _p: Prepared, _m: Model): ClassifiedLine[] {
  return lines
}
