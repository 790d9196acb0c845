/**
 * Response headers that keep data from ever running as code in a browser: a strict
 * Content-Security-Policy (scripts, styles, images and connections from this origin only, no
 * inline script, no eval, no framing) and the usual companions. helmet writes them; the
 * directives below are the whole policy, nothing is inherited from its defaults.
 */
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...CONTENT_SECURITY_POLICY } },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // The API is read by the client of the same origin only.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    // Only meaningful behind HTTPS, which a reverse proxy in front of the server provides.
    strictTransportSecurity: false,
  });
}

/**
 * The same headers as a fixed list, written by the API's own endpoint without running helmet
 * for each request: helmet is run once against a response that only records them.
 */
export function securityHeaderList(): ReadonlyArray<readonly [string, string]> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: unknown) => headers.set(name, String(value)),
    removeHeader: (name: string) => headers.delete(name),
  } as unknown as ServerResponse;
  securityHeaders()({} as IncomingMessage, recorder, () => {});
  return [...headers];
}
