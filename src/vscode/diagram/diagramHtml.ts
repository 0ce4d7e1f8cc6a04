// The diagram webview's page: nothing but the browser bundle (dist/webview/main.js), under a
// Content Security Policy that loads nothing else. `default-src 'none'` refuses every kind of
// resource not named below; scripts run only with this page's nonce (no inline handlers, no eval).
// The bundle styles itself with a constructed stylesheet; ELK's layout worker
// (dist/webview/layoutWorker.js, named by data-layout-worker) is fetched from the extension's files
// (`connect-src`) and started from a blob: URL (`worker-src blob:`: a worker cannot start from the
// resource origin, see src/webview/layout/elkClient.ts); `data:` images are the PNG export drawing
// the SVG onto a canvas. No remote origin is named.
import * as vscode from 'vscode';

/** The folders a diagram webview may load from (its localResourceRoots). */
export const diagramResourceRoots = (extensionUri: vscode.Uri): vscode.Uri[] => [
  vscode.Uri.joinPath(extensionUri, 'dist', 'webview'),
  vscode.Uri.joinPath(extensionUri, 'media'),
];

/**
 * A fresh nonce per page: 128 random bits, base64 (CSP's nonce-source grammar). Web Crypto, which
 * Node 18+ and the browser's extension host both have, and btoa, which both have too.
 */
export const newNonce = (): string =>
  btoa(String.fromCharCode(...globalThis.crypto.getRandomValues(new Uint8Array(16))));

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource}`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
    `connect-src ${cspSource}`,
    'worker-src blob:',
  ].join('; ');
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function diagramHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string): string {
  const nonce = newNonce();
  const file = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', name));
  const lang = vscode.env.language;
  return `<!DOCTYPE html>
<html lang="${attr(lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(webview.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${attr(title)}</title>
</head>
<body>
<script nonce="${nonce}" src="${attr(file('main.js').toString())}" data-layout-worker="${attr(file('layoutWorker.js').toString())}"></script>
</body>
</html>`;
}
