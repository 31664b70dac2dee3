import { readFileSync } from 'node:fs'
import { buildArticle } from '../article/build.js'
import { classifyDocument } from '../classify.js'
import { LinesiftError } from '../errors.js'
import { formatLabeled, parseLabeled } from '../testing/labeled.js'
import { runEval } from './eval.js'
import { HELP, parseArgs, UsageError, VERSION } from './args.js'

/** The inputs; a `*.labeled.txt` file stands for the document it labels (its text column). */
function readInputs(files: readonly string[]): { name: string; bytes: Uint8Array | string }[] {
  if (files.length === 0 || (files.length === 1 && files[0] === '-')) return [{ name: '<stdin>', bytes: readFileSync(0) }]
  return files.map((name) => ({ name, bytes: name.endsWith('.labeled.txt') ? parseLabeled(readFileSync(name, 'utf8')).text : readFileSync(name) }))
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv)
  if (args.version) {
    process.stdout.write(`${VERSION}\n`)
    return 0
  }
  if (args.help) {
    process.stdout.write(HELP[args.command ?? 'main'])
    return 0
  }
  if (!args.command) {
    process.stderr.write(HELP.main)
    return 2
  }
  const options = args.language ? { language: args.language } : {}
  const write = (s: string): boolean => process.stdout.write(s)
  if (args.command === 'eval') {
    write(runEval(args.files, { json: args.json, cv: args.cv, language: args.language }))
    return 0
  }
  for (const { name, bytes } of readInputs(args.files)) {
    const result = classifyDocument(bytes, options)
    if (result.invalidUtf8) process.stderr.write(`linesift: ${name}: invalid UTF-8 replaced by U+FFFD\n`)
    if (args.command === 'classify') {
      const format = args.format ?? 'labeled'
      if (format === 'labeled') write(formatLabeled(result.lines, { lineCount: result.lineCount }))
      else if (format === 'jsonl') for (const l of result.lines) write(`${JSON.stringify(l)}\n`)
      else write(`${JSON.stringify({ file: name, language: result.language, lines: result.lines }, null, 2)}\n`)
    } else {
      const article = buildArticle(result.lines, { language: result.language })
      const format = args.format ?? 'json'
      if (format === 'markdown') write(`${article.markdown}\n`)
      else if (format === 'text') write(`${article.text}\n`)
      else write(`${JSON.stringify(article, null, 2)}\n`)
    }
  }
  return 0
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`linesift: ${error.message}\nTry 'linesift --help'.\n`)
    process.exitCode = 2
  } else {
    const e = error as NodeJS.ErrnoException
    const message = error instanceof LinesiftError || e.code === 'ENOENT' || e.code === 'EISDIR' || e.code === 'EACCES' ? e.message : (e.stack ?? String(error))
    process.stderr.write(`linesift: ${message}\n`)
    process.exitCode = 1
  }
}
