import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseLabeled, type LabeledDocument } from './labeled.js'

/** A labeled document read from disk. */
export interface LabeledFile extends LabeledDocument {
  path: string
}

/** Files named `*.labeled.txt`: the paths given, and every one under the folders given (recursively). */
export function findLabeledFiles(paths: readonly string[], recursive = true): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (recursive) walk(full)
      } else if (entry.name.endsWith('.labeled.txt')) out.push(full)
    }
  }
  for (const p of paths) {
    if (statSync(p).isDirectory()) walk(p)
    else out.push(p)
  }
  return out
}

/** Read and parse labeled files. */
export function readLabeledFiles(paths: readonly string[], recursive = true): LabeledFile[] {
  return findLabeledFiles(paths, recursive).map((path) => ({ path, ...parseLabeled(readFileSync(path, 'utf8')) }))
}
