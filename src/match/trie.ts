/**
 * The one trie of the project: paths of string keys (token `lower` forms, syllables), a value on
 * the nodes where a path ends. The gazetteer's names, the rule lexicons ({@link PhraseTrie}),
 * the currency names and the word-segmentation lexicon are all this structure; each keeps its
 * own walk (longest match, all matches, with or without a line-break stop), because what a walk
 * may cross is the caller's rule, not the trie's.
 * @module
 */

/** A node: children by key, and the value of the path that ends here (if one does). */
export interface TrieNode<V> {
  next?: Map<string, TrieNode<V>> | undefined;
  value?: V | undefined;
}

/**
 * A new node, with both fields present from the start: every node has one hidden class, so the
 * walks (run at nearly every token) read `next` and `value` through monomorphic property loads;
 * nodes that gained `next` and `value` in either order were four shapes.
 */
const newNode = <V>(): TrieNode<V> => ({ next: undefined, value: undefined });

/** A trie over string keys. */
export class KeyTrie<V> {
  readonly root: TrieNode<V> = newNode();

  /** The node at the end of `keys`, created as needed. */
  path(keys: Iterable<string>): TrieNode<V> {
    let n = this.root;
    // An array by index: the tries are filled at the first extract, in cold code, where `for … of` walks the iterator protocol.
    if (Array.isArray(keys)) for (let k = 0; k < keys.length; k++) n = KeyTrie.child(n, keys[k] as string);
    else for (const k of keys) n = KeyTrie.child(n, k);
    return n;
  }

  /** Sets the value of the path `keys` (replacing one that was there). */
  set(keys: Iterable<string>, value: V): this {
    this.path(keys).value = value;
    return this;
  }

  /** The value of the path `keys`, if one ends there. */
  get(keys: Iterable<string>): V | undefined {
    let n: TrieNode<V> | undefined = this.root;
    for (const k of keys) {
      n = n.next?.get(k);
      if (!n) return undefined;
    }
    return n.value;
  }

  /** The child of `node` by `key`, created as needed. */
  static child<V>(node: TrieNode<V>, key: string): TrieNode<V> {
    const next = node.next ?? (node.next = new Map());
    let m = next.get(key);
    if (!m) { m = newNode(); next.set(key, m); }
    return m;
  }

  /**
   * The longest path from the root along `keyAt(i)`, `keyAt(i + 1)`, … (until `keyAt` gives
   * undefined) that ends at a value: its end (exclusive) and value, or null.
   */
  longest(keyAt: (k: number) => string | undefined, i: number): { end: number; value: V } | null {
    let n: TrieNode<V> | undefined = this.root;
    let bestEnd = -1;
    let bestValue: V | undefined;
    for (let k = i; n; k++) {
      const key = keyAt(k);
      if (key === undefined) break;
      n = n.next?.get(key);
      if (n?.value !== undefined) { bestEnd = k + 1; bestValue = n.value; }
    }
    return bestEnd < 0 ? null : { end: bestEnd, value: bestValue as V };
  }
}
