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

/** The token's claims; throws when it cannot be decrypted with this secret and salt, or has expired. */
export async function decodeSessionToken(token: string, secret: string, salt: string): Promise<JWTPayload> {
  const { payload } = await jwtDecrypt(
    token,
    async ({ kid, enc }) => {
      const { key, thumbprint } = await encryptionKey(enc, secret, salt);
      if (kid !== undefined && kid !== thumbprint) throw new Error("no matching decryption secret");
      return key;
    },
    { clockTolerance: CLOCK_TOLERANCE, keyManagementAlgorithms: [ALGORITHM], contentEncryptionAlgorithms: [ENCRYPTION, "A256GCM"] },
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
