import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { sift } from '../src/index.js'
import { parseLabeled } from '../src/testing/index.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const seedPath = fileURLToPath(new URL('../../shared/corpus/seed/seed-ippen-trump-putin-de.labeled.txt', import.meta.url))
const seed = parseLabeled(readFileSync(seedPath, 'utf8'))

function run(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 64 << 20 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('linesift classify', () => {
  it('prints the labeled format whose text column is the input (stdin)', () => {
    const input = `${seed.text}\n\n`
    const r = run(['classify', '--format', 'labeled'], input)
    expect(r.code).toBe(0)
    const out = parseLabeled(r.stdout)
    expect(out.text).toBe(seed.text + '\n\n')
    expect(out.lines.map((l) => l.line)).toEqual(seed.lines.map((l) => l.line))
  })

  it('reads a *.labeled.txt file as the document it labels', () => {
    const r = run(['classify', '--format', 'labeled', seedPath])
    expect(r.code).toBe(0)
    expect(parseLabeled(r.stdout).text).toBe(seed.text)
    const article = JSON.parse(run(['extract', seedPath]).stdout) as { title?: string }
    expect(article.title).toBe(sift(seed.text).article.title)
  })

  it('reads files, and writes jsonl and json', () => {
    const file = fileURLToPath(new URL('../examples/sample.txt', import.meta.url))
    const jsonl = run(['classify', file, '--format=jsonl'])
    expect(jsonl.code).toBe(0)
    const rows = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; label: string; confidence: number; reasons: string[] })
    expect(rows.length).toBeGreaterThan(10)
    for (const row of rows) {
      expect(['body', 'heading', 'consent', 'paywall', 'ui', 'byline']).toContain(row.label)
      expect(row.confidence).toBeGreaterThanOrEqual(0)
      expect(row.confidence).toBeLessThanOrEqual(1)
    }
    const json = JSON.parse(run(['classify', file, '--format', 'json']).stdout) as { language: { iso6391: string }; lines: unknown[] }
    expect(json.lines).toHaveLength(rows.length)
    expect(json.language.iso6391).toBe('en')
  })
})

describe('linesift extract', () => {
  it('prints exactly the article sift builds, as json, markdown and text', () => {
    const { article } = sift(seed.text)
    const json = run(['extract', '-'], seed.text)
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(article)))
    expect(run(['extract', '--format', 'markdown'], seed.text).stdout).toBe(`${article.markdown}\n`)
    const text = run(['extract', '--format', 'text'], seed.text)
    expect(text.stdout).toBe(`${article.text}\n`)
    expect(text.stdout).toContain('Mar-a-Lago/Moskau')
  })
})

describe('linesift eval', () => {
  it('prints the table for a folder, and JSON with --json', () => {
    const dir = fileURLToPath(new URL('../../shared/corpus/seed', import.meta.url))
    const r = run(['eval', dir])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/macro-F1\s+\d+\.\d%/)
    const j = JSON.parse(run(['eval', dir, '--json']).stdout) as { lines: number; macroF1: number }
    expect(j.lines).toBe(57)
    expect(j.macroF1).toBeGreaterThan(0)
  })
})

describe('exit codes', () => {
  it('--version and --help exit 0', () => {
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
    for (const cmd of [[], ['classify'], ['extract'], ['eval']]) {
      const r = run([...cmd, '--help'])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('Usage: linesift')
    }
  })

  it('usage errors exit 2 with a message on stderr', () => {
    for (const args of [[], ['frobnicate'], ['classify', '--format', 'xml'], ['eval'], ['classify', '--bogus'], ['eval', 'x', '--cv', '1']]) {
      const r = run(args, '')
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr).not.toBe('')
    }
  })

  it('failures exit 1 with a message on stderr', () => {
    const r = run(['classify', '/nonexistent/file.txt'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/ENOENT|no such file/)
  })
})
