import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatReport } from '../features/check/index.ts';
import type { CheckReport } from '../features/check/index.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page `npm run dev` serves instead of any page while the content has a mistake: the editors' report,
 * the same text as `npm run check`. It reloads itself every two seconds, so the page comes back by itself
 * once the file is mended.
 */
export function reportPage(report: CheckReport): string {
  return `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="2">
<title>Błąd w treści / Content mistake</title>
</head>
<body style="font-family: system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a">
<h1 style="font-size: 1.5rem; color: #a4000f">Treść ma błąd — popraw plik, a strona wróci sama</h1>
<p lang="en">The content has a mistake: fix the file and the page comes back by itself.</p>
<pre style="white-space: pre-wrap; font-size: 0.95rem; line-height: 1.45; background: #fff4f4; border: 2px solid #a4000f; padding: 1rem">${escapeHtml(formatReport(report))}</pre>
</body>
</html>
`;
}

/** Requests for pages (not Vite's modules or assets), which get the report while the content is wrong. */
export function isPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url ?? '/';
  if (/^\/(@|node_modules\/|__)|\/_astro\/|\/_image\b/.test(url)) return false;
  return (req.headers.accept ?? '').includes('text/html') || /\/$|\.html$/.test(url.split('?')[0]!);
}

export function serveReport(res: ServerResponse, report: CheckReport): void {
  res.statusCode = 500;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(reportPage(report));
}
