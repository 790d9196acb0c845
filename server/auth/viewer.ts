/** Who is asking, and what that allows. Readers need no token; every write needs one. */
import { forbidden, unauthenticated } from '../errors.ts';
import { TokenError, type TokenClaims, type TokenKeys } from './tokens.ts';

export type Viewer = { role: 'anonymous' } | TokenClaims;

export const ANONYMOUS: Viewer = { role: 'anonymous' };

/**
 * Reads the `Authorization: Bearer …` header. No header is an anonymous reader; a header
 * that does not hold a valid token is refused, so a client never mistakes itself for signed in.
 */
export async function viewerFromHeader(
  header: string | undefined,
  keys: TokenKeys,
): Promise<Viewer> {
  if (!header) return ANONYMOUS;
  const match = /^Bearer\s+([A-Za-z0-9_\-.]{10,4096})$/.exec(header.trim());
  if (!match?.[1]) {
    throw unauthenticated(
      'En-tête Authorization mal formé (attendu : Bearer <jeton>)',
      'Malformed Authorization header (expected: Bearer <token>)',
    );
  }
  try {
    return await keys.verify(match[1]);
  } catch (error) {
    if (error instanceof TokenError) throw unauthenticated(error.french, error.english);
    throw error;
  }
}

export function requireSignedIn(viewer: Viewer): TokenClaims {
  if (viewer.role === 'anonymous') {
    throw unauthenticated(
      'Authentification requise pour modifier les données',
      'Authentication required to change data',
    );
  }
  return viewer;
}

export function requireAdmin(viewer: Viewer): TokenClaims {
  const signed = requireSignedIn(viewer);
  if (signed.role !== 'admin') {
    throw forbidden('Réservé aux administrateurs (Déclic)', 'Reserved to administrators (Déclic)');
  }
  return signed;
}

/** An admin edits every operator; an `opsn-editor` only its own (and its own members). */
export function requireOpsnAccess(viewer: Viewer, opsnId: string): TokenClaims {
  const signed = requireSignedIn(viewer);
  if (signed.role === 'opsn-editor' && signed.opsnId !== opsnId) {
    throw forbidden(
      `Ce jeton ne permet de modifier que ${signed.opsnId}, pas ${opsnId}`,
      `This token may only change ${signed.opsnId}, not ${opsnId}`,
    );
  }
  return signed;
}
