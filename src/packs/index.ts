// TEMPORARY (overwritten by the packs author): the packs available so far.
import type { LanguagePack } from './types.js'
import { de } from './de.js'
import { en } from './en.js'
import { es } from './es.js'
import { fr } from './fr.js'
import { it } from './it.js'
export const common: LanguagePack = { code: 'und', iso3: 'und', name: 'Any', script: 'space', families: { share: ['facebook', 'twitter', 'whatsapp', 'linkedin'] }, months: [], byline: { prefixes: [], and: [], copula: [], contributed: [], in: [] } }
export const packs: Readonly<Record<string, LanguagePack>> = { de, en, es, fr, it }
export type { LanguagePack, Family } from './types.js'
