#!/usr/bin/env node
// ReDoS check of every regular expression in src/**/*.ts (language packs
// included): regex literals, and `new RegExp(...)` / `RegExp(...)` whose
// pattern can be evaluated statically (string literals, String.raw templates,
// `+` concatenation, `[...].join(sep)`, and `const` identifiers of the same
// file). Each one is analysed with recheck (https://makenowjust-labs.github.io/recheck/).
//
// Prints one line per regex: `file:line  VERDICT  /source/flags`, then a summary.
// Exits 1 when any regex is vulnerable, could not be analysed (status
// `unknown`), or is built dynamically so that its pattern cannot be resolved
// (a dynamic pattern cannot be proved safe: make it static or bounded).
//
//   node scripts/check-regex.mjs            # check src/
//   node scripts/check-regex.mjs other/dir  # check another tree
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { check } from 'recheck'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const targets = process.argv.slice(2)
const dirs = targets.length ? targets.map((t) => resolve(t)) : [join(root, 'src')]

/** All .ts files under a directory (declaration files excluded). */
function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) walk(p, out)
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p)
  }
  return out
}

const UNRESOLVED = Symbol('unresolved')

/** Evaluate a string-valued expression statically, or return UNRESOLVED. */
function evaluate(node, consts, depth = 0) {
  if (!node || depth > 20) return UNRESOLVED
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression?.(node)) return evaluate(node.expression, consts, depth + 1)
  if (ts.isTaggedTemplateExpression(node)) {
    const tag = node.tag
    const isRaw = ts.isPropertyAccessExpression(tag) && ts.isIdentifier(tag.expression) && tag.expression.text === 'String' && tag.name.text === 'raw'
    if (!isRaw) return UNRESOLVED
    const tpl = node.template
    if (ts.isNoSubstitutionTemplateLiteral(tpl)) return tpl.rawText ?? tpl.text
    let s = tpl.head.rawText ?? tpl.head.text
    for (const span of tpl.templateSpans) {
      const v = evaluate(span.expression, consts, depth + 1)
      if (v === UNRESOLVED) return UNRESOLVED
      s += String(v) + (span.literal.rawText ?? span.literal.text)
    }
    return s
  }
  if (ts.isTemplateExpression(node)) {
    let s = node.head.text
    for (const span of node.templateSpans) {
      const v = evaluate(span.expression, consts, depth + 1)
      if (v === UNRESOLVED) return UNRESOLVED
      s += String(v) + span.literal.text
    }
    return s
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = evaluate(node.left, consts, depth + 1)
    const b = evaluate(node.right, consts, depth + 1)
    return a === UNRESOLVED || b === UNRESOLVED ? UNRESOLVED : String(a) + String(b)
  }
  if (ts.isIdentifier(node)) {
    const init = consts.get(node.text)
    return init ? evaluate(init, consts, depth + 1) : UNRESOLVED
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'source') {
    // `OTHER.source` where OTHER is a regex literal const.
    if (ts.isIdentifier(node.expression)) {
      const init = consts.get(node.expression.text)
      if (init && ts.isRegularExpressionLiteral(init)) return splitLiteral(init.text).source
    }
    return UNRESOLVED
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join') {
    let arr = node.expression.expression
    while (ts.isParenthesizedExpression(arr) || ts.isAsExpression(arr)) arr = arr.expression
    if (ts.isIdentifier(arr)) arr = consts.get(arr.text)
    if (!arr || !ts.isArrayLiteralExpression(arr)) return UNRESOLVED
    const sep = node.arguments.length ? evaluate(node.arguments[0], consts, depth + 1) : ','
    if (sep === UNRESOLVED) return UNRESOLVED
    const parts = []
    for (const el of arr.elements) {
      const v = evaluate(el, consts, depth + 1)
      if (v === UNRESOLVED) return UNRESOLVED
      parts.push(v)
    }
    return parts.join(sep)
  }
  return UNRESOLVED
}

/** `/source/flags` → { source, flags }. */
function splitLiteral(text) {
  const end = text.lastIndexOf('/')
  return { source: text.slice(1, end), flags: text.slice(end + 1) }
}

/** Every regex of one file: { line, source, flags } or { line, unresolved: text }. */
function findRegexes(file) {
  const text = readFileSync(file, 'utf8')
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const consts = new Map()
  const collect = (node) => {
    if (ts.isVariableDeclarationList(node) && node.flags & ts.NodeFlags.Const) {
      for (const d of node.declarations) if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer)
    }
    ts.forEachChild(node, collect)
  }
  collect(sf)
  const found = []
  const lineOf = (node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1
  const visit = (node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      found.push({ line: lineOf(node), ...splitLiteral(node.text) })
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const args = node.arguments ?? []
      const source = evaluate(args[0], consts)
      const flags = args.length > 1 ? evaluate(args[1], consts) : ''
      if (source === UNRESOLVED || flags === UNRESOLVED) found.push({ line: lineOf(node), unresolved: node.getText(sf).replace(/\s+/g, ' ').slice(0, 80) })
      else found.push({ line: lineOf(node), source: String(source), flags: String(flags) })
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

const show = (s) => (s.length > 90 ? s.slice(0, 87) + '...' : s)
const params = { timeout: 30_000, randomSeed: 42 }

let total = 0
let bad = 0
for (const dir of dirs) {
  for (const file of walk(dir)) {
    for (const r of findRegexes(file)) {
      total++
      const where = `${relative(root, file)}:${r.line}`
      if (r.unresolved) {
        bad++
        console.log(`${where}  UNRESOLVED  ${r.unresolved}  (pattern is built dynamically; cannot be checked)`)
        continue
      }
      // The pattern must at least compile the way the engine sees it.
      try {
        new RegExp(r.source, r.flags)
      } catch (e) {
        bad++
        console.log(`${where}  INVALID  /${show(r.source)}/${r.flags}  ${e.message}`)
        continue
      }
      const d = await check(r.source, r.flags, params)
      if (d.status === 'safe') {
        console.log(`${where}  safe (${d.checker})  /${show(r.source)}/${r.flags}`)
      } else if (d.status === 'vulnerable') {
        bad++
        console.log(`${where}  VULNERABLE (${d.complexity.summary}, ${d.checker})  /${show(r.source)}/${r.flags}  attack: ${d.attack.pattern}`)
      } else {
        bad++
        console.log(`${where}  UNKNOWN  /${show(r.source)}/${r.flags}  ${d.error?.kind ?? ''} ${d.error?.message ?? ''}`.trimEnd())
      }
    }
  }
}
console.log(`\n${total} regular expressions checked, ${total - bad} safe, ${bad} vulnerable, unknown or unresolved`)
process.exit(bad ? 1 : 0)
