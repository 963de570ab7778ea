// shell.openExternal is reached only through this registry: a link opens only when the app itself
// produced it (rule references, ASVS pages) and it is https. A link typed into a scanned file or
// smuggled by a compromised page is refused.
export class GeneratedLinks {
  private readonly links = new Set<string>();

  /** Records links the app is about to show; non-https ones are dropped, never shown as links. */
  register(urls: Iterable<string>): void {
    for (const url of urls) if (isHttps(url)) this.links.add(new URL(url).href);
  }

  allows(url: string): boolean {
    return isHttps(url) && this.links.has(new URL(url).href);
  }
}

export function isHttps(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}
