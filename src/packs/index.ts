import type { LanguagePack } from './types.js'
import { common } from './common.js'
import { ar } from './ar.js'
import { cs } from './cs.js'
import { da } from './da.js'
import { de } from './de.js'
import { el } from './el.js'
import { en } from './en.js'
import { es } from './es.js'
import { fi } from './fi.js'
import { fr } from './fr.js'
import { hu } from './hu.js'
import { id } from './id.js'
import { it } from './it.js'
import { ja } from './ja.js'
import { ko } from './ko.js'
import { nl } from './nl.js'
import { no } from './no.js'
import { pl } from './pl.js'
import { pt } from './pt.js'
import { ro } from './ro.js'
import { ru } from './ru.js'
import { sv } from './sv.js'
import { tr } from './tr.js'
import { uk } from './uk.js'
import { zh } from './zh.js'

/** Every language pack, by ISO 639-1 code. */
export const packs: Readonly<Record<string, LanguagePack>> = {
  ar, cs, da, de, el, en, es, fi, fr, hu, id, it, ja, ko, nl, no, pl, pt, ro, ru, sv, tr, uk, zh,
}

export { common }
export type { LanguagePack, Family } from './types.js'
