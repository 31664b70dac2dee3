/**
 * Whether a UTF-16 code unit is part of a word: ASCII letters and digits,
 * and any non-ASCII code unit outside the punctuation, symbol and space blocks.
 */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba
  if (c === 0xd7 || c === 0xf7) return false
  if (c >= 0x2000 && c < 0x2c00) return c >= 0x2070 && c < 0x20a0 // general punctuation, arrows, symbols
  if (c >= 0x3000 && c < 0x3040) return c === 0x3005 // CJK punctuation (々 is a letter)
  if (c >= 0xff00 && c < 0xff66) return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)
  if (c >= 0xfe30 && c < 0xfe70) return false
  if (c >= 0xd800 && c < 0xe000) return false // emoji and other astral symbols
  return c !== 0x37e && c !== 0x387 && c !== 0x55d && c !== 0x589 && c !== 0x60c && c !== 0x61b && c !== 0x61f && c !== 0x6d4 && c !== 0x964 && c !== 0x965
}

/** Call `fn` with each lowercase word of text (runs of word characters). */
export function forEachWord(text: string, fn: (word: string, start: number, end: number) => void): void {
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordChar(text.charCodeAt(i))
    if (inWord) {
      if (start < 0) start = i
    } else if (start >= 0) {
      fn(text.slice(start, i).toLowerCase(), start, i)
      start = -1
    }
  }
}
