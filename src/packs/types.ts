/**
 * A language pack holds knowledge, never code: the vocabulary families that
 * signal each kind of line, month names, and the words bylines are built from.
 *
 * Entry syntax (all lowercase):
 * - `cookie`        whole word
 * - `datenschutz*`  word prefix (any word starting with it; prefix >= 3 chars)
 * - `read more`     phrase of 2-3 consecutive words (each may end in `*`)
 * - For languages written without spaces (`script: 'cjk'`), entries are
 *   substrings of 2-6 characters matched anywhere in the line.
 */
export type Family =
  | 'consent' // cookies, consent, tracking, partners, privacy settings, legitimate interest
  | 'consentButton' // accept all, reject, agree, manage options, save settings, more information
  | 'paywall' // subscribe, subscription, subscriber, trial, offer, premium, cancel anytime, per month
  | 'adblock' // ad blocker, disable, whitelist, deactivate, allow ads
  | 'login' // log in, sign in, register, account, password, already a subscriber
  | 'nav' // home, menu, search, skip to content, section names (politics, sport, business ...)
  | 'share' // share, print, e-mail, copy link, send, tweet
  | 'related' // read more, related, also read, most read, recommended, newsletter, more on this topic, tags
  | 'ad' // advertisement, sponsored, ad, promoted
  | 'editor' // screen reader, keyboard shortcut, press ctrl, collaborators, joined the document, suggested edits
  | 'comments' // comments, reply, report, like, posted, wrote, log in to comment
  | 'footer' // imprint, terms, privacy policy, contact, copyright, about us, careers, all rights reserved
  | 'author' // by, written by, author, reporter, correspondent, editor (as titles in a byline)
  | 'bio' // is a reporter / covers / joined ... in 2017 / previously worked / follow on
  | 'contributors' // contributed to this report, reporting by, additional reporting
  | 'provenance' // translated, translation, first published, originally appeared, machine translation
  | 'credit' // photo, image, picture, illustration, video, archive, getty
  | 'source' // source, agency, via, with material from
  | 'date' // published, updated, modified, today, yesterday, ago, weekday names, minutes/hours

export interface LanguagePack {
  /** ISO 639-1 code. */
  code: string
  /** ISO 639-3 code (as franc returns it). */
  iso3: string
  /** English name of the language. */
  name: string
  /** How words are found: `space` (split on non-letters) or `cjk` (substring n-grams). */
  script: 'space' | 'cjk'
  /**
   * Words carry attached endings (Korean particles: 로그인 -> 로그인하고,
   * 쿠키 -> 쿠키를): every entry word of two or more letters also matches
   * as the start of a longer word.
   */
  endings?: boolean
  /** Vocabulary families: see the entry syntax above. */
  families: Partial<Record<Family, readonly string[]>>
  /** Twelve months, January first; each lists its spellings: full, abbreviated, genitive forms. */
  months: readonly (readonly string[])[]
  /** Byline grammar, used to read names out of byline lines. */
  byline: {
    /** Words that open an author line ("by", "von", "par", "door", "av"). */
    prefixes: readonly string[]
    /** Words joining names ("and", "und", "et", "&"). */
    and: readonly string[]
    /** Copulas of a bio line: "<Name> is a reporter" ("is", "ist", "est", "es", "è"). */
    copula: readonly string[]
    /** Phrases that end a contributors line ("contributed to this report"), lowercase. */
    contributed: readonly string[]
    /** The word for "in" as in "Jane Doe in Kyiv". */
    in: readonly string[]
    /** Definite articles, which put a proper name before an organisation ("bei der Washington Post"); none in languages without them. */
    articles?: readonly string[]
    /** Words that close a dateline's place in scripts without spaces ("高雄報導": reporting from Kaohsiung), so the place is not read as a name. */
    dateline?: readonly string[]
    /** Scripts without case: a space may part a family name from a given name ("小野寺 葵"); where false, a space between two names of two or more characters parts two people ("林雅文 赵启明"). */
    spacedNames?: boolean
    /** Job titles that follow a name ("Jane Doe, Volunteer Coordinator"): a capitalised run holding one is a role, not a second person. */
    jobs?: readonly string[]
  }
}
