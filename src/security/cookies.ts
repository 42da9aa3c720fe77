// Reading the Cookie header and writing Set-Cookie values, without a cookie plugin: the sign-in uses
// two cookies and needs exact control of their attributes (HttpOnly, Secure, SameSite, Path).

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export interface CookieAttributes {
  readonly path: string;
  readonly secure: boolean;
  readonly sameSite: 'Lax' | 'Strict';
  /** Seconds; 0 deletes the cookie; absent makes a browser-session cookie. */
  readonly maxAge?: number;
}

export function setCookie(name: string, value: string, attributes: CookieAttributes): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${attributes.path}`, 'HttpOnly'];
  if (attributes.secure) parts.push('Secure');
  parts.push(`SameSite=${attributes.sameSite}`);
  if (attributes.maxAge !== undefined) parts.push(`Max-Age=${attributes.maxAge}`);
  return parts.join('; ');
}
