import 'server-only';
import { isIP } from 'node:net';

/**
 * Who is asking, for rate limits (decision 022): the browser, by a first-party cookie that proxy.ts
 * gives every visitor of the assignment and authoring paths, and the network address.
 *
 * The address is the connection's own (stamped on each request by lib/server/peer-address.ts, which
 * overwrites any header of that name a client sends). Behind reverse proxies, set TRUST_PROXY_HOPS to
 * how many of them add themselves to X-Forwarded-For: the address is then the one the outermost
 * trusted proxy saw. With the default, 0, X-Forwarded-For is ignored: anyone can write it.
 * IPv6 addresses count by their /64 network, which one household or one attacker holds whole.
 */

import { CLIENT_COOKIE } from './client-cookie';

export { CLIENT_COOKIE };
export const PEER_HEADER = 'x-newsquiz-peer';
const CLIENT_ID = /^[A-Za-z0-9_-]{16,64}$/;

export type Client = { browser: string | null; address: string };

export function clientOf(request: Request): Client {
  return clientFrom(request.headers, cookieValue(request.headers.get('cookie'), CLIENT_COOKIE));
}

/** For pages, which read headers and cookies through next/headers. */
export function clientFrom(headers: Headers, browserCookie: string | null | undefined): Client {
  const browser = browserCookie && CLIENT_ID.test(browserCookie) ? browserCookie : null;
  return { browser, address: addressOf(headers, trustedProxyHops()) };
}

export function trustedProxyHops(env: string | undefined = process.env.TRUST_PROXY_HOPS): number {
  const hops = Number(env ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/** The client's network address as a rate-limit key. */
export function addressOf(headers: Headers, hops: number): string {
  if (hops > 0) {
    const forwarded = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    // Each trusted proxy appended the address it saw: the outermost one's is `hops` from the end.
    const seen = forwarded[forwarded.length - hops];
    if (seen) return addressKey(seen);
  }
  return addressKey(headers.get(PEER_HEADER) ?? '');
}

/** "::ffff:10.0.0.7" → "10.0.0.7"; "2001:db8:1:2:3:4:5:6" → "2001:db8:1:2::/64"; anything unreadable → "unknown". */
export function addressKey(raw: string): string {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  address = address.replace(/%.*$/, ''); // an IPv6 zone ("fe80::1%eth0")
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1]!;
  const kind = isIP(address);
  if (kind === 4) return address;
  if (kind === 6) return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
  return 'unknown';
}

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const missing = 8 - left.length - right.length;
  const groups = address.includes('::') ? [...left, ...Array<string>(missing).fill('0'), ...right] : left;
  return groups.map((group) => group.replace(/^0+(?=.)/, ''));
}

export function cookieValue(header: string | null, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('=')) || null;
      } catch {
        return null;
      }
    }
  }
  return null;
}
