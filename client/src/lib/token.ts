/**
 * The bearer token a contributor pastes: kept for the browser tab only (sessionStorage), read
 * here for display. The server verifies it on every write; nothing here is trusted.
 */
const KEY = 'maillage-jeton';

export interface TokenIdentity {
  subject: string;
  role: 'admin' | 'opsn-editor' | string;
  opsnId: string | null;
  expiresAt: Date | null;
}

export function readIdentity(token: string): TokenIdentity | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const json = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    return {
      subject: String(json.sub ?? ''),
      role: String(json.role ?? ''),
      opsnId: typeof json.opsn === 'string' ? json.opsn : null,
      expiresAt: typeof json.exp === 'number' ? new Date(json.exp * 1000) : null,
    };
  } catch {
    return null;
  }
}

export const storedToken = (): string => sessionStorage.getItem(KEY) ?? '';

export function storeToken(token: string): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
