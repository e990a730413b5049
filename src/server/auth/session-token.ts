import { hkdf } from "node:crypto";
import { promisify } from "node:util";
import { base64url, calculateJwkThumbprint, EncryptJWT, jwtDecrypt, type JWTPayload } from "jose";

/**
 * The session token in next-auth's own format (`next-auth/jwt`'s encode and decode: a JWE, `dir`
 * with A256CBC-HS512, the key derived from the secret by HKDF with the cookie's name as salt, the
 * key's thumbprint as `kid`), with one difference: the derived key and its thumbprint are kept, per
 * secret and salt, instead of being derived again for every cookie read. Deriving them was about
 * 6 % of a page's CPU time (issue #16, item 4): the proxy and the page each read the cookie on
 * every request. Tests read next-auth's tokens with this and this one's with next-auth.
 */
const ALGORITHM = "dir";
const ENCRYPTION = "A256CBC-HS512";
const KEY_LENGTHS: Record<string, number> = { "A256CBC-HS512": 64, A256GCM: 32 };
// Seconds of clock skew allowed, as next-auth allows.
const CLOCK_TOLERANCE = 15;
// A handful of secrets × two cookie names × two encryptions: a bound only against misuse.
const MAX_KEPT_KEYS = 16;

const deriveKey = promisify(hkdf);
type DerivedKey = { key: Uint8Array; thumbprint: string };
const derivedKeys = new Map<string, Promise<DerivedKey>>();

function encryptionKey(encryption: string, secret: string, salt: string): Promise<DerivedKey> {
  const length = KEY_LENGTHS[encryption];
  if (!length) return Promise.reject(new Error("Unsupported JWT content encryption algorithm"));
  const cacheKey = JSON.stringify([encryption, secret, salt]);
  let derived = derivedKeys.get(cacheKey);
  if (!derived) {
    if (derivedKeys.size >= MAX_KEPT_KEYS) derivedKeys.clear();
    derived = (async () => {
      const key = new Uint8Array(await deriveKey("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, length));
      const thumbprint = await calculateJwkThumbprint({ kty: "oct", k: base64url.encode(key) }, `sha${key.byteLength << 3}` as "sha256" | "sha512");
      return { key, thumbprint };
    })();
    derivedKeys.set(cacheKey, derived);
    derived.catch(() => derivedKeys.delete(cacheKey));
  }
  return derived;
}

/** How many derived keys are kept (for tests: one per secret, salt and encryption). */
export function keptKeyCount(): number {
  return derivedKeys.size;
}

/**
 * Tokens already decrypted, by secret, salt and token: a browser sends the same cookie with every
 * request until it is extended (at most every five minutes), and the proxy and the page each read
 * it, while decrypting costs about half a millisecond each time. Only tokens that decrypted are
 * kept; expiry is checked again on every read. The oldest are dropped beyond the bound.
 */
const decodedTokens = new Map<string, JWTPayload>();
const MAX_KEPT_TOKENS = 2_000;

/** The token's claims; throws when it cannot be decrypted with this secret and salt, or has expired. */
export async function decodeSessionToken(token: string, secret: string, salt: string, nowSeconds = Math.floor(Date.now() / 1000)): Promise<JWTPayload> {
  const cacheKey = JSON.stringify([secret, salt, token]);
  const kept = decodedTokens.get(cacheKey);
  if (kept) {
    // As jwtDecrypt judges it: expired once `exp` is the tolerance in the past.
    if (kept.exp! + CLOCK_TOLERANCE > nowSeconds) return { ...kept };
    decodedTokens.delete(cacheKey);
    throw new Error("the token has expired");
  }
  const payload = await decryptSessionToken(token, secret, salt, nowSeconds);
  if (decodedTokens.size >= MAX_KEPT_TOKENS) decodedTokens.delete(decodedTokens.keys().next().value!);
  decodedTokens.set(cacheKey, payload);
  return { ...payload };
}

async function decryptSessionToken(token: string, secret: string, salt: string, nowSeconds: number): Promise<JWTPayload> {
  const { payload } = await jwtDecrypt(
    token,
    async ({ kid, enc }) => {
      const { key, thumbprint } = await encryptionKey(enc, secret, salt);
      if (kid !== undefined && kid !== thumbprint) throw new Error("no matching decryption secret");
      return key;
    },
    {
      clockTolerance: CLOCK_TOLERANCE,
      currentDate: new Date(nowSeconds * 1000),
      // next-auth always sets one; a token without it would never expire.
      requiredClaims: ["exp"],
      keyManagementAlgorithms: [ALGORITHM],
      contentEncryptionAlgorithms: [ENCRYPTION, "A256GCM"],
    },
  );
  return payload;
}

/** A token for these claims that expires `maxAgeSeconds` from now. */
export async function encodeSessionToken(claims: JWTPayload, secret: string, salt: string, maxAgeSeconds: number): Promise<string> {
  const { key, thumbprint } = await encryptionKey(ENCRYPTION, secret, salt);
  return new EncryptJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, enc: ENCRYPTION, kid: thumbprint })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + maxAgeSeconds)
    .setJti(crypto.randomUUID())
    .encrypt(key);
}
