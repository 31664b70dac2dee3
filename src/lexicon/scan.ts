import { matchesWord, type Phrase, type TrieNode } from './trie.js'

/** Sink for family hits: `add(bit mask, matched text)`. */
export type HitSink = (mask: number, text: string) => void

function phraseHits(phrases: Phrase[] | undefined, words: readonly string[], i: number, sink: HitSink): void {
  if (!phrases) return
  for (const p of phrases) {
    let ok = true
    for (let k = 0; k < p.rest.length && ok; k++) ok = matchesWord(words[i + 1 + k], p.rest[k]!)
    if (ok) sink(p.mask, words.slice(i, i + 1 + p.rest.length).join(' '))
  }
}

/** Match every word (and phrase starting at it) against a word trie. */
export function scanWords(root: TrieNode, words: readonly string[], sink: HitSink): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    let node: TrieNode | undefined = root
    let prefixMask = 0
    for (let k = 0; k < word.length && node; k++) {
      node = node.next?.get(word.charCodeAt(k))
      if (!node) break
      if (node.prefixMask) prefixMask |= node.prefixMask
      if (node.prefixPhrases) phraseHits(node.prefixPhrases, words, i, sink)
    }
    if (node) {
      if (node.mask) prefixMask |= node.mask
      if (node.phrases) phraseHits(node.phrases, words, i, sink)
    }
    if (prefixMask) sink(prefixMask, word)
  }
}

/** Match substrings of text (already lowercased) against a character trie. */
export function scanChars(root: TrieNode, text: string, sink: HitSink): void {
  for (let i = 0; i < text.length; i++) {
    let node: TrieNode | undefined = root.next?.get(text.charCodeAt(i))
    for (let k = i + 1; node; k++) {
      const mask = node.mask | node.prefixMask
      if (mask) sink(mask, text.slice(i, k))
      if (k >= text.length) break
      node = node.next?.get(text.charCodeAt(k))
    }
  }
}
