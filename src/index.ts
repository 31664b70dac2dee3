export { classify } from './classify.js'
export { sift } from './sift.js'
export { buildArticle } from './article/build.js'
export type { BuildArticleOptions } from './article/build.js'
export { LinesiftError, LinesiftTypeError, InputTooLargeError, LabeledFormatError } from './errors.js'
export { LABELS, ROLES } from './types.js'
export type {
  Label, Role, BodyRole, HeadingRole, UiRole, BylineRole, Span, ClassifiedLine, LanguageInfo,
  ClassifyOptions, SiftOptions, SiftResult, Article, Section, Block, Person, DateInfo, Note, RemovedLine, LabelStats, Input,
} from './types.js'
