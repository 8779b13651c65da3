/**
 * What the extension's webview pages share, as pure functions (no vscode import): the escape
 * every piece of answer text goes through, the nonce that tags the one script and style a page
 * may run, and the head that carries the content security policy.
 */

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[c]!);
}

/** A fresh nonce for one rendering of a page: 128 random bits, in hex. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The file name a tab is titled with: the last part of the path, or the whole address. */
export function fileNameOf(uri: { path: string; toString(): string }): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

/** The page up to its body: the policy, the title and the nonce-tagged style. */
export function pageHead(args: { title: string; csp: string; nonce: string; style: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(args.csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(args.title)}</title>
<style nonce="${args.nonce}">${args.style}</style>
</head>
`;
}
