/** The six kinds of line (see the README's "Labels"). */
export type Label = 'body' | 'heading' | 'consent' | 'paywall' | 'ui' | 'byline'

/** All labels, in a fixed order (the model's class order). */
export const LABELS: readonly Label[] = ['body', 'heading', 'consent', 'paywall', 'ui', 'byline']

/** Roles refine a label: `heading:title`, `byline:bio`, `ui:nav` … */
export type BodyRole = 'lead' | 'caption' | 'list'
export type HeadingRole = 'title' | 'kicker' | 'subheading'
export type UiRole = 'nav' | 'share' | 'related' | 'ad' | 'editor' | 'pullquote' | 'footer' | 'comments'
export type BylineRole = 'author' | 'date' | 'bio' | 'contributors' | 'source' | 'provenance' | 'credit'
export type Role = BodyRole | HeadingRole | UiRole | BylineRole

/** Roles allowed for each label. */
export const ROLES: Readonly<Record<Label, readonly Role[]>> = {
  body: ['lead', 'caption', 'list'],
  heading: ['title', 'kicker', 'subheading'],
  consent: [],
  paywall: [],
  ui: ['nav', 'share', 'related', 'ad', 'editor', 'pullquote', 'footer', 'comments'],
  byline: ['author', 'date', 'bio', 'contributors', 'source', 'provenance', 'credit'],
}

/** A part of a line (a sentence or a run of sentences) with a label of its own. */
export interface Span {
  /** Offset of the first character in the line's text (UTF-16 code units). */
  start: number
  /** Offset after the last character. */
  end: number
  label: Label
}

/** One classified, non-empty input line. */
export interface ClassifiedLine {
  /** 0-based line number in the input. */
  line: number
  /** The exact text of the line (without its line break). */
  text: string
  label: Label
  role?: Role
  /** Calibrated probability of `label`, in [0, 1]. */
  confidence: number
  /** Short human-readable evidence that decided the label, strongest first. */
  reasons: string[]
  /** Present when the line glues parts of different kinds together. */
  spans?: Span[]
}

/** The detected (or given) language of a document. */
export interface LanguageInfo {
  /** ISO 639-1 code, or `und` when unknown. */
  iso6391: string
  /** ISO 639-3 code, or `und` when unknown. */
  iso6393: string
  /** Confidence in [0, 1]; 1 when given through `options.language`. */
  confidence: number
  /** Whether a language pack with vocabulary was used. */
  pack: boolean
}

export interface ClassifyOptions {
  /**
   * The document's language (ISO 639-1 `de` or 639-3 `deu`); skips
   * detection. Unknown codes are accepted and classified on structure alone.
   */
  language?: string
  /** Split lines that glue kinds together into labeled spans (default `true`). */
  spans?: boolean
  /** Use the sequence decoder over the document (default `true`). */
  context?: boolean
  /**
   * Explain each label in `reasons` (default `true`). `false` leaves
   * `reasons` empty and classifies faster: for bulk corpus cleaning.
   */
  reasons?: boolean
  /** Largest input accepted, in UTF-16 code units (default 256 MiB of text). */
  maxLength?: number
}

export interface SiftOptions extends ClassifyOptions {}

/** A block of an article section. */
export type Block =
  | { type: 'paragraph'; text: string; lines: number[] }
  | { type: 'list'; items: string[]; lines: number[] }
  | { type: 'caption'; text: string; lines: number[] }

export interface Section {
  heading?: string
  /** Line number of the heading, when there is one. */
  headingLine?: number
  blocks: Block[]
}

export interface Person {
  name: string
  /** Free-text role, as the byline says it ("Reporterin für nationale Sicherheit"). */
  role?: string
  /** The bio line, when the document has one. */
  bio?: string
}

export interface DateInfo {
  /** ISO 8601: `2024-11-11`, or `2024-11-11T14:50` with a time. */
  iso: string
  /** The text the date was read from. */
  text: string
  line: number
}

export interface Note {
  text: string
  line: number
}

export interface RemovedLine {
  line: number
  text: string
  role?: Role
}

export interface LabelStats {
  lines: number
  characters: number
}

export interface Article {
  title?: string
  kicker?: string
  lead?: string
  sections: Section[]
  authors: Person[]
  contributors: string[]
  published?: DateInfo
  updated?: DateInfo
  /** Agencies and sources named in byline lines ("dpa", "Reuters"). */
  sources: string[]
  /** Photo and image credits. */
  credits: Note[]
  /** Translation and first-publication notes. */
  provenance: Note[]
  language: LanguageInfo
  /** Removed lines by kind. */
  removed: { consent: RemovedLine[]; paywall: RemovedLine[]; ui: RemovedLine[] }
  stats: Record<Label, LabelStats>
  /** True when a paywall follows the body and the body does not resume after it. */
  truncated: boolean
  /** Clean plain text: title, headings and paragraphs. */
  text: string
  /** The same as Markdown. */
  markdown: string
}

export interface SiftResult {
  lines: ClassifiedLine[]
  article: Article
  language: LanguageInfo
  /** True when byte input held invalid UTF-8 (replaced by U+FFFD). */
  invalidUtf8: boolean
}

/** What `classify`, `sift` accept: text, or bytes decoded as UTF-8. */
export type Input = string | Uint8Array
