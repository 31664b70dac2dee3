import { LinesiftTypeError } from '../errors.js'
import type { Input } from '../types.js'

export interface DecodedInput {
  text: string
  /** True when bytes held invalid UTF-8 (replaced by U+FFFD). */
  invalidUtf8: boolean
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false })

/** Accept a string or UTF-8 bytes; strip a leading BOM. */
export function decodeInput(input: Input, what = 'input'): DecodedInput {
  if (typeof input === 'string') {
    return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, invalidUtf8: false }
  }
  if (input instanceof Uint8Array) {
    try {
      return { text: strict.decode(input), invalidUtf8: false }
    } catch {
      return { text: lenient.decode(input), invalidUtf8: true }
    }
  }
  const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input
  throw new LinesiftTypeError(`Expected ${what} to be a string or a Uint8Array, got ${got}`)
}
