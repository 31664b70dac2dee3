/** Writing systems that decide language detection and word segmentation. */
export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'han' | 'kana' | 'hangul' | 'thai' | 'devanagari' | 'armenian' | 'georgian' | 'other'

/** The script of one UTF-16 code unit (surrogates count as other). */
export function scriptOf(c: number): Script {
  if (c < 0x250) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) ? 'latin' : 'other'
  if (c < 0x370) return 'other'
  if (c < 0x400) return 'greek'
  if (c < 0x530) return 'cyrillic'
  if (c < 0x590) return 'armenian'
  if (c < 0x600) return 'hebrew'
  if (c < 0x700) return 'arabic'
  if (c >= 0x900 && c < 0x980) return 'devanagari'
  if (c >= 0xe00 && c < 0xe80) return 'thai'
  if (c >= 0x10a0 && c < 0x1100) return 'georgian'
  if (c >= 0x1100 && c < 0x1200) return 'hangul'
  if (c >= 0x1e00 && c < 0x1f00) return 'latin'
  if (c >= 0x1f00 && c < 0x2000) return 'greek'
  if (c >= 0x3040 && c < 0x3100) return 'kana'
  if ((c >= 0x4e00 && c < 0xa000) || (c >= 0x3400 && c < 0x4dc0)) return 'han'
  if (c >= 0xac00 && c < 0xd7b0) return 'hangul'
  if (c >= 0xff66 && c < 0xffa0) return 'kana'
  return 'other'
}

/** Whether a code unit is written without spaces between words (Han, kana). */
export function isCjk(c: number): boolean {
  return (c >= 0x3040 && c < 0x3100) || (c >= 0x4e00 && c < 0xa000) || (c >= 0x3400 && c < 0x4dc0) || (c >= 0xff66 && c < 0xffa0)
}
