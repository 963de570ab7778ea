// Counted nouns read right: "1 finding", "2 findings", "0 findings". Every room says it the same way.

/** "3 findings"; the plural defaults to noun + "s" (pass it for "1 vulnerability / 2 vulnerabilities"). */
export function plural(count: number, noun: string, pluralNoun: string = `${noun}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : pluralNoun}`;
}
