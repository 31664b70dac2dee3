import type { Family } from '../packs/types.js'
import type { Label, Role } from '../types.js'

/** Vocabulary families in bit order, with the label and role they point to. */
export const FAMILIES: readonly { name: Family | 'month'; label: Label; role?: Role }[] = [
  { name: 'consent', label: 'consent' },
  { name: 'consentButton', label: 'consent' },
  { name: 'paywall', label: 'paywall' },
  { name: 'adblock', label: 'paywall' },
  // Account forms are as common on free sites (ui) as on paywalls: the
  // model weighs them with their neighbours, not as paywall vocabulary.
  { name: 'login', label: 'ui' },
  { name: 'nav', label: 'ui', role: 'nav' },
  { name: 'share', label: 'ui', role: 'share' },
  { name: 'related', label: 'ui', role: 'related' },
  { name: 'ad', label: 'ui', role: 'ad' },
  { name: 'editor', label: 'ui', role: 'editor' },
  { name: 'comments', label: 'ui', role: 'comments' },
  { name: 'footer', label: 'ui', role: 'footer' },
  { name: 'author', label: 'byline', role: 'author' },
  { name: 'bio', label: 'byline', role: 'bio' },
  { name: 'contributors', label: 'byline', role: 'contributors' },
  { name: 'provenance', label: 'byline', role: 'provenance' },
  { name: 'credit', label: 'byline', role: 'credit' },
  { name: 'source', label: 'byline', role: 'source' },
  { name: 'date', label: 'byline', role: 'date' },
  { name: 'month', label: 'byline', role: 'date' },
]

export const FAMILY_COUNT = FAMILIES.length
export const FAMILY_BIT: Readonly<Record<string, number>> = Object.fromEntries(FAMILIES.map((f, i) => [f.name, i]))
export const MONTH_BIT = FAMILY_BIT.month!
