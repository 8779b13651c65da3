import snippets from '../../snippets/markdown.json';

/** The answer templates, read from the contributed snippet file so the two never differ. */
export interface Template {
  name: string;
  prefix: string;
  description: string;
  body: string;
}

interface SnippetEntry {
  prefix: string | string[];
  description?: string;
  body: string | string[];
}

export function templates(): Template[] {
  return Object.entries(snippets as Record<string, SnippetEntry>).map(([name, s]) => ({
    name,
    prefix: Array.isArray(s.prefix) ? s.prefix[0]! : s.prefix,
    description: s.description ?? '',
    body: Array.isArray(s.body) ? s.body.join('\n') : s.body,
  }));
}
