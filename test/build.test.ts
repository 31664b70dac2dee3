import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const dist = new URL('../dist/', import.meta.url)
const sample = readFileSync(new URL('../examples/sample.txt', import.meta.url), 'utf8')

describe('published builds', () => {
  it('ESM build classifies and sifts', async () => {
    const m = (await import(new URL('index.js', dist).href)) as typeof import('../src/index.js')
    const lines = m.classify(sample)
    expect(lines.length).toBe(sample.split('\n').filter((l) => l.trim()).length)
    expect(m.sift(sample).article.sections.length).toBeGreaterThan(0)
  })

  it('CommonJS build works under require (ESM-only dependencies bundled)', () => {
    const require = createRequire(import.meta.url)
    const m = require(new URL('index.cjs', dist).pathname) as typeof import('../src/index.js')
    expect(m.classify(sample).length).toBeGreaterThan(10)
    const t = require(new URL('testing.cjs', dist).pathname) as typeof import('../src/testing/index.js')
    expect(t.parseLabeled('body\tx').lines).toHaveLength(1)
    // In a fresh process too, so no ESM loader is involved.
    const r = spawnSync(process.execPath, ['-e', `const l=require(${JSON.stringify(new URL('index.cjs', dist).pathname)});console.log(l.classify('Hello there, this is a line.').length)`], { encoding: 'utf8' })
    expect(r.stdout.trim()).toBe('1')
  })

  it('ships type declarations for both entry points and both formats', () => {
    for (const f of ['index.d.ts', 'index.d.cts', 'testing.d.ts', 'testing.d.cts']) expect(existsSync(new URL(f, dist)), f).toBe(true)
    const types = readFileSync(new URL('index.d.ts', dist), 'utf8')
    for (const name of ['classify', 'sift', 'buildArticle', 'ClassifiedLine', 'Article', 'SiftOptions', 'LinesiftTypeError']) expect(types).toContain(name)
  })

  it('the package exports map points at files that exist, and nothing is a runtime dependency', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown>; dependencies?: Record<string, string>; bin: Record<string, string> }
    const paths = JSON.stringify(pkg.exports).match(/\.\/dist\/[\w.-]+/g)!
    for (const p of paths) expect(existsSync(new URL(`../${p}`, import.meta.url)), p).toBe(true)
    expect(pkg.dependencies ?? {}).toEqual({})
    expect(readFileSync(new URL(`../${pkg.bin.linesift}`, import.meta.url), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true)
  })
})
