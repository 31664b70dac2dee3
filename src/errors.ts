/** Base class of every error linesift throws on purpose. */
export class LinesiftError extends Error {
  /** Stable machine-readable code. */
  readonly code: string
  constructor(message: string, code: string) {
    super(message)
    this.name = new.target.name
    this.code = code
  }
}

/** An argument of the wrong type (for JavaScript callers): a `TypeError`. */
export class LinesiftTypeError extends TypeError {
  readonly code = 'ERR_LINESIFT_TYPE'
  constructor(message: string) {
    super(message)
    this.name = 'LinesiftTypeError'
  }
}

/** The input is longer than `options.maxLength`. */
export class InputTooLargeError extends LinesiftError {
  readonly length: number
  readonly maxLength: number
  constructor(length: number, maxLength: number) {
    super(`Input of ${length} characters exceeds maxLength ${maxLength}; split the document or raise options.maxLength`, 'ERR_LINESIFT_TOO_LARGE')
    this.length = length
    this.maxLength = maxLength
  }
}

/** A labeled file (see `linesift/testing`) that breaks the format. */
export class LabeledFormatError extends LinesiftError {
  /** 1-based line of the file. */
  readonly line: number
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`, 'ERR_LINESIFT_LABELED_FORMAT')
    this.line = line
  }
}
