/** ISO 639-1 to ISO 639-3 for every language linesift knows a pack or stop words for. */
export const ISO3: Readonly<Record<string, string>> = {
  af: 'afr', ar: 'arb', hy: 'hye', eu: 'eus', bn: 'ben', br: 'bre', bg: 'bul', ca: 'cat', zh: 'cmn', hr: 'hrv',
  cs: 'ces', da: 'dan', nl: 'nld', en: 'eng', eo: 'epo', et: 'est', fi: 'fin', fr: 'fra', gl: 'glg', de: 'deu',
  el: 'ell', gu: 'guj', ha: 'hau', he: 'heb', hi: 'hin', hu: 'hun', id: 'ind', ga: 'gle', it: 'ita', ja: 'jpn',
  ko: 'kor', ku: 'kmr', la: 'lat', lt: 'lit', lv: 'lvs', ms: 'zlm', mr: 'mar', no: 'nob', fa: 'pes', pl: 'pol',
  pt: 'por', ro: 'ron', ru: 'rus', sk: 'slk', sl: 'slv', so: 'som', st: 'sot', es: 'spa', sw: 'swh', sv: 'swe',
  th: 'tha', tl: 'tgl', tr: 'tur', uk: 'ukr', ur: 'urd', vi: 'vie', yo: 'yor', zu: 'zul', be: 'bel', kk: 'kaz',
  sr: 'srp', bs: 'bos', ne: 'npi', ka: 'kat', nb: 'nob', nn: 'nno',
}

const ISO1 = new Map<string, string>()
for (const [one, three] of Object.entries(ISO3)) if (!ISO1.has(three)) ISO1.set(three, one)
// Macrolanguage codes and aliases franc or users may give.
for (const [three, one] of [['ara', 'ar'], ['zho', 'zh'], ['nor', 'no'], ['fas', 'fa'], ['msa', 'ms'], ['lav', 'lv'], ['est', 'et'], ['ekk', 'et'], ['swa', 'sw'], ['uzn', 'uz'], ['azj', 'az']] as const) ISO1.set(three, one)

/** Normalise an ISO 639-1 or 639-3 code to both; unknown codes pass through. */
export function normalizeCode(code: string): { iso6391: string; iso6393: string } {
  const c = code.trim().toLowerCase().split(/[-_]/)[0] ?? ''
  if (c.length === 2) return { iso6391: c === 'nb' ? 'no' : c, iso6393: ISO3[c] ?? c }
  const one = ISO1.get(c)
  return { iso6391: one ?? c, iso6393: c }
}
