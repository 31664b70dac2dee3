/** A raw line of the input with its 0-based number. */
export interface RawLine {
  line: number
  text: string
}

/**
 * Split on `\n`, `\r\n` and a lone `\r`. Unicode line separators (U+2028,
 * U+2029, NEL) stay inside their line. Lines that are empty or only white
 * space (as `trim` sees it) are numbered but not returned.
 */
export function splitLines(text: string): { lines: RawLine[]; count: number } {
  const lines: RawLine[] = []
  let start = 0
  let n = 0
  const length = text.length
  for (let i = 0; i <= length; i++) {
    const c = i < length ? text.charCodeAt(i) : 10
    if (c !== 10 && c !== 13) continue
    if (hasContent(text, start, i)) lines.push({ line: n, text: text.slice(start, i) })
    n++
    if (c === 13 && i + 1 < length && text.charCodeAt(i + 1) === 10) i++
    start = i + 1
  }
  return { lines, count: n }
}

/** Whether text[start, end) holds anything but white space. */
function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (!isSpace(c)) return true
  }
  return false
}

/** White space as `String.prototype.trim` defines it. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** The empty-line test used everywhere (exported for the labeled format). */
export function isBlank(text: string): boolean {
  return !hasContent(text, 0, text.length)
}
