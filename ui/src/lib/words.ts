// Counts in sentences: "1 article", "3 articles", never "article(s)".

/** `n` and the noun in the number it takes: `counted(1, 'article')` is "1 article",
 *  `counted(3, 'article')` "3 articles"; `plural` for a noun not made with an s. */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
