import { join, normalize, sep } from 'node:path';

/** The origin the UI is served from (see main.ts): a real origin for the CSP, module workers and sender checks. */
export const APP_ORIGIN = 'app://lexdesk';

/** The file under `rendererDir` that an `app://lexdesk/…` request names, or null for anything outside it. */
export function rendererFile(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (`${url.protocol}//${url.host}` !== APP_ORIGIN) return null;
  const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
  const file = normalize(join(rendererDir, decodeURIComponent(path)));
  return file.startsWith(rendererDir + sep) ? file : null;
}
