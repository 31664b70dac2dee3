/** A phrase that continues after its first word matched. */
export interface Phrase {
  /** The remaining words; a word ending in `*` matches as a prefix. */
  rest: readonly string[]
  mask: number
}

/** A character trie of vocabulary entries, each carrying a family bit mask. */
export class TrieNode {
  next: Map<number, TrieNode> | undefined
  /** Families of entries that end exactly here. */
  mask = 0
  /** Families of prefix entries (`abonn*`) that end here. */
  prefixMask = 0
  /** Phrases whose first word ends here (exactly, or as a prefix when `prefixPhrases`). */
  phrases: Phrase[] | undefined
  prefixPhrases: Phrase[] | undefined

  child(c: number): TrieNode {
    this.next ??= new Map()
    let node = this.next.get(c)
    if (!node) this.next.set(c, (node = new TrieNode()))
    return node
  }
}

/** Insert one entry (word, `prefix*`, or a phrase of words) under a family bit. */
export function insertEntry(root: TrieNode, entry: string, bit: number): void {
  const words = entry.trim().toLowerCase().split(/\s+/)
  const first = words[0]
  if (!first) return
  const prefix = first.endsWith('*')
  const stem = prefix ? first.slice(0, -1) : first
  if (!stem) return
  let node = root
  for (let i = 0; i < stem.length; i++) node = node.child(stem.charCodeAt(i))
  const mask = 1 << bit
  if (words.length === 1) {
    if (prefix) node.prefixMask |= mask
    else node.mask |= mask
    return
  }
  const phrase: Phrase = { rest: words.slice(1), mask }
  if (prefix) (node.prefixPhrases ??= []).push(phrase)
  else (node.phrases ??= []).push(phrase)
}

/** Whether a word matches a phrase word (`word` exactly, or `stem*` as a prefix). */
export function matchesWord(word: string | undefined, pattern: string): boolean {
  if (word === undefined) return false
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern
}
