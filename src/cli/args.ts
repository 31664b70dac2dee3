import pkg from '../../package.json' with { type: 'json' }

export const VERSION = pkg.version

/** A command line that makes no sense: exit code 2. */
export class UsageError extends Error {}

export type Command = 'classify' | 'extract' | 'eval'

export interface Args {
  command?: Command
  files: string[]
  format?: string
  language?: string
  json: boolean
  cv?: number
  help: boolean
  version: boolean
}

const FORMATS: Record<Command, readonly string[]> = {
  classify: ['labeled', 'jsonl', 'json'],
  extract: ['json', 'markdown', 'text'],
  eval: [],
}

export const HELP: Record<Command | 'main', string> = {
  main: `Usage: linesift <command> [options] [FILE...]

Classify every line of scraped web text and extract the article.

Commands:
  classify [FILE...]   label every line (standard input when no file)
  extract [FILE...]    the typed article: title, sections, authors, dates
  eval PATH...         score the classifier on labeled files or folders

Options:
  -h, --help           help for a command
  -v, --version        print the version
`,
  classify: `Usage: linesift classify [FILE...] [--format labeled|jsonl|json] [--language CODE]

Label every non-empty line as body, heading, consent, paywall, ui or byline.
Reads standard input when no FILE (or '-') is given. A FILE named
*.labeled.txt is read as the document it labels (its text column).

  --format labeled     LABEL[:ROLE]<TAB>TEXT, one output line per input line (default)
  --format jsonl       one JSON object per non-empty line
  --format json        one JSON document with language and lines
  --language CODE      skip detection (ISO 639-1 or 639-3)
`,
  extract: `Usage: linesift extract [FILE...] [--format json|markdown|text] [--language CODE]

Print the article: title, kicker, lead, sections, authors, dates, removed lines.

  --format json        the Article object (default)
  --format markdown    the article as Markdown
  --format text        the article as plain text
  --language CODE      skip detection (ISO 639-1 or 639-3)
`,
  eval: `Usage: linesift eval PATH... [--json] [--cv K] [--language CODE]

Classify labeled files (or every *.labeled.txt under a folder) from their text
column and print per-label precision, recall, F1, macro-F1, accuracy, the
confusion matrix, the calibration error and a per-language table.

  --json               machine-readable output
  --cv K               K-fold cross-validation by document: train on the
                       other folds, test on each (never on a trained document)
  --language CODE      skip detection (ISO 639-1 or 639-3)
`,
}

/** Parse argv (without node and script). Throws UsageError. */
export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { files: [], json: false, help: false, version: false }
  const value = (i: number, name: string): string => {
    const v = argv[i + 1]
    if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`${name} needs a value`)
    return v
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const eq = a.startsWith('--') ? a.indexOf('=') : -1
    const flag = eq > 0 ? a.slice(0, eq) : a
    const inline = eq > 0 ? a.slice(eq + 1) : undefined
    const take = (name: string): string => {
      if (inline !== undefined) return inline
      return value(i++, name)
    }
    if (flag === '-h' || flag === '--help') args.help = true
    else if (flag === '-v' || flag === '--version') args.version = true
    else if (flag === '--format' || flag === '-f') args.format = take('--format')
    else if (flag === '--language' || flag === '-l') args.language = take('--language')
    else if (flag === '--json') args.json = true
    else if (flag === '--cv') {
      const k = Number(take('--cv'))
      if (!Number.isInteger(k) || k < 2) throw new UsageError('--cv takes a whole number >= 2')
      args.cv = k
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`)
    else if (!args.command) {
      if (a !== 'classify' && a !== 'extract' && a !== 'eval') throw new UsageError(`unknown command ${a}`)
      args.command = a
    } else args.files.push(a)
  }
  if (args.command && args.format !== undefined && !FORMATS[args.command].includes(args.format)) {
    throw new UsageError(`--format for ${args.command} is one of ${FORMATS[args.command].join(', ') || '(none)'}`)
  }
  if (args.command === 'eval' && !args.help && args.files.length === 0) throw new UsageError('eval needs at least one PATH')
  if (args.cv !== undefined && args.command !== 'eval') throw new UsageError('--cv goes with eval')
  return args
}
