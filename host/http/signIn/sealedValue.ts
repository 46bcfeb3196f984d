import crypto from 'node:crypto';

/**
 * Authenticated encryption of small JSON values kept by the browser (cookies): AES-256-GCM under a key derived
 * from the server's secret and `purpose` (HKDF-SHA256), so a value sealed for one purpose never opens as
 * another. A sealed value carries its expiry; `openValue` returns undefined for anything altered, forged,
 * sealed under another key or purpose, or expired. Format: base64url(iv 12 | tag 16 | ciphertext).
 */
export interface ValueSealer {
  seal(value: object, expiresAtMs: number): string;
  open(sealed: string | undefined, nowMs?: number): Record<string, unknown> | undefined;
}

/** Longest sealed value accepted (a cookie is at most 4 KB). */
const MAX_SEALED_CHARS = 4096;

export function createValueSealer(secret: string, purpose: string): ValueSealer {
  const key = Buffer.from(crypto.hkdfSync('sha256', secret, 'knowledge-assistant', purpose, 32));
  return {
    seal: (value, expiresAtMs) => {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(purpose));
      const body = Buffer.concat([
        cipher.update(JSON.stringify({ v: value, x: expiresAtMs }), 'utf8'),
        cipher.final(),
      ]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    open: (sealed, nowMs = Date.now()) => {
      if (!sealed || sealed.length > MAX_SEALED_CHARS || !/^[A-Za-z0-9_-]+$/.test(sealed)) return undefined;
      const bytes = Buffer.from(sealed, 'base64url');
      if (bytes.length < 29) return undefined;
      try {
        const decipher = crypto.createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
        decipher.setAAD(Buffer.from(purpose));
        decipher.setAuthTag(bytes.subarray(12, 28));
        const text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
        const parsed = JSON.parse(text) as { v?: unknown; x?: unknown };
        if (typeof parsed.x !== 'number' || parsed.x <= nowMs) return undefined;
        if (typeof parsed.v !== 'object' || parsed.v === null || Array.isArray(parsed.v)) return undefined;
        return parsed.v as Record<string, unknown>;
      } catch {
        return undefined;
      }
    },
  };
}
