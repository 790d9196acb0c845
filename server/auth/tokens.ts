/**
 * Bearer tokens (JWT). Signed with a shared secret (HS256), or with a key pair: the server
 * verifies with the public key and only the minting command needs the private key.
 */
import {
  errors,
  importPKCS8,
  importSPKI,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWTPayload,
} from 'jose';
import { parseId } from '../ids.ts';

export const ROLES = ['admin', 'opsn-editor'] as const;
export type Role = (typeof ROLES)[number];

export interface TokenClaims {
  /** Who acts: an e-mail or a name, recorded on every write. */
  subject: string;
  role: Role;
  /** The one operator an `opsn-editor` may edit. */
  opsnId?: string;
}

export interface KeySettings {
  /** HS256 shared secret, at least 32 characters. */
  secret?: string;
  /** PEM public key (SPKI) verifying tokens signed elsewhere or by the minting command. */
  publicKey?: string;
  /** PEM private key (PKCS#8), only where tokens are minted. */
  privateKey?: string;
  /** Algorithm of the key pair: RS256, ES256, EdDSA… */
  algorithm?: string;
}

export interface TokenKeys {
  verify(token: string): Promise<TokenClaims>;
  sign(claims: TokenClaims, expiresIn: string): Promise<string>;
}

export class TokenError extends Error {
  constructor(
    readonly french: string,
    readonly english: string,
  ) {
    super(`${french} / ${english}`);
  }
}

const ISSUER = 'maillage';
const AUDIENCE = 'maillage-api';

/** Environment variables cannot always hold line breaks; `\n` written out stands for one. */
const pem = (text: string) => text.replace(/\\n/g, '\n');

export async function createTokenKeys(settings: KeySettings): Promise<TokenKeys> {
  let verifyKey: CryptoKey | Uint8Array;
  let signKey: CryptoKey | Uint8Array | null;
  let algorithm: string;
  if (settings.publicKey) {
    algorithm = settings.algorithm ?? 'RS256';
    verifyKey = await importSPKI(pem(settings.publicKey), algorithm);
    signKey = settings.privateKey ? await importPKCS8(pem(settings.privateKey), algorithm) : null;
  } else if (settings.secret) {
    if (settings.secret.length < 32) {
      throw new TokenError(
        'Le secret JWT doit compter au moins 32 caractères',
        'The JWT secret must be at least 32 characters long',
      );
    }
    algorithm = 'HS256';
    verifyKey = signKey = new TextEncoder().encode(settings.secret);
  } else {
    throw new TokenError('Aucune clé JWT configurée', 'No JWT key configured');
  }

  return {
    async verify(token) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, verifyKey, {
          algorithms: [algorithm],
          issuer: ISSUER,
          audience: AUDIENCE,
          requiredClaims: ['exp', 'iat', 'sub'],
          // Seconds of clock difference tolerated between the minting machine and this one.
          clockTolerance: CLOCK_TOLERANCE_S,
        }));
      } catch (error) {
        throw error instanceof errors.JWTExpired
          ? new TokenError('Jeton expiré', 'Token expired')
          : new TokenError('Jeton invalide', 'Invalid token');
      }
      checkLifetime(payload);
      return claimsOf(payload);
    },
    async sign(claims, expiresIn) {
      if (!signKey) {
        throw new TokenError(
          'Clé privée absente (MAILLAGE_JWT_PRIVATE_KEY) : impossible de signer',
          'No private key (MAILLAGE_JWT_PRIVATE_KEY): cannot sign',
        );
      }
      checkClaims(claims);
      if (lifetimeSeconds(expiresIn) > MAX_TOKEN_LIFETIME_S) {
        throw new TokenError(
          `Durée de validité trop longue (au plus ${MAX_TOKEN_LIFETIME_S / 86400} jours)`,
          `Validity too long (at most ${MAX_TOKEN_LIFETIME_S / 86400} days)`,
        );
      }
      return new SignJWT({ role: claims.role, ...(claims.opsnId ? { opsn: claims.opsnId } : {}) })
        .setProtectedHeader({ alg: algorithm })
        .setSubject(claims.subject)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(signKey);
    },
  };
}

const CLOCK_TOLERANCE_S = 5;

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** `30d`, `12h`, `-2m`: the seconds of a duration as `npm run token` takes it (else 0). */
function lifetimeSeconds(duration: string): number {
  const match = /^(-?\d+)\s?(s|m|h|d|w)$/.exec(duration);
  return match ? Number(match[1]) * UNIT_SECONDS[match[2]!]! : 0;
}

/** The longest a token may live: `npm run token` mints none longer, the server accepts none. */
export const MAX_TOKEN_LIFETIME_S = 366 * 24 * 3600;

/**
 * A token issued in the future, or valid for longer than MAX_TOKEN_LIFETIME_S (an `exp` of
 * 1e20), was not minted by `npm run token`: whoever holds the key is forging long-lived tokens.
 */
function checkLifetime(payload: JWTPayload): void {
  const now = Date.now() / 1000;
  const { iat, exp } = payload as { iat: number; exp: number };
  if (iat > now + CLOCK_TOLERANCE_S) {
    throw new TokenError('Jeton émis dans le futur', 'Token issued in the future');
  }
  if (exp - iat > MAX_TOKEN_LIFETIME_S || exp > now + MAX_TOKEN_LIFETIME_S) {
    throw new TokenError(
      `Jeton valable trop longtemps (au plus ${MAX_TOKEN_LIFETIME_S / 86400} jours)`,
      `Token valid for too long (at most ${MAX_TOKEN_LIFETIME_S / 86400} days)`,
    );
  }
}

function claimsOf(payload: JWTPayload): TokenClaims {
  // A validly signed token may still carry claims of the wrong type: refused, never a 500.
  if (typeof payload.sub !== 'string') {
    throw new TokenError('Sujet (sub) du jeton invalide', 'Invalid token subject (sub)');
  }
  if (typeof payload.role !== 'string') {
    throw new TokenError('Rôle du jeton invalide', 'Invalid token role');
  }
  if (payload.opsn !== undefined && typeof payload.opsn !== 'string') {
    throw new TokenError('Opérateur du jeton invalide', 'Invalid token operator');
  }
  const claims: TokenClaims = {
    subject: payload.sub,
    role: payload.role as Role,
    ...(typeof payload.opsn === 'string' ? { opsnId: payload.opsn } : {}),
  };
  checkClaims(claims);
  return claims;
}

function checkClaims(claims: TokenClaims): void {
  if (!ROLES.includes(claims.role)) {
    throw new TokenError(
      `Rôle inconnu dans le jeton (attendu : ${ROLES.join(', ')})`,
      `Unknown role in token (expected: ${ROLES.join(', ')})`,
    );
  }
  if (claims.subject.trim() === '' || claims.subject.length > 200) {
    throw new TokenError('Sujet (sub) du jeton invalide', 'Invalid token subject (sub)');
  }
  if (claims.role === 'opsn-editor') {
    const opsn = claims.opsnId ? safeParse(claims.opsnId) : null;
    if (opsn?.prefix !== 'opsn') {
      throw new TokenError(
        'Un jeton opsn-editor doit désigner son opérateur (opsn:<clé>)',
        'An opsn-editor token must name its operator (opsn:<key>)',
      );
    }
  }
}

function safeParse(id: string) {
  try {
    return parseId(id);
  } catch {
    return null;
  }
}
