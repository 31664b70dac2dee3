/** Test helpers: the labeled format and the evaluation. */
export { parseLabeled, formatLabeled } from './labeled.js'
export type { LabeledLine, LabeledDocument, FormatLabeledOptions } from './labeled.js'
export { evaluate } from './evaluate.js'
export type { EvalLine, EvalDocument, Evaluation, Scores, LabelScore } from './evaluate.js'
export { formatEvaluation } from './report.js'
