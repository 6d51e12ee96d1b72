import { describe, expect, it } from 'vitest';
import { addressKey, addressOf, clientFrom, cookieValue, PEER_HEADER, trustedProxyHops } from './client';

describe('who is asking, for rate limits', () => {
  it('reads the connection address a client cannot set, and ignores X-Forwarded-For by default', () => {
    const headers = new Headers({ [PEER_HEADER]: '203.0.113.5', 'x-forwarded-for': '1.2.3.4' });
    expect(addressOf(headers, 0)).toBe('203.0.113.5');
    expect(addressOf(new Headers({ 'x-forwarded-for': '1.2.3.4' }), 0)).toBe('unknown');
  });

  it('behind trusted proxies, takes the address the outermost trusted one saw', () => {
    // The client wrote "1.2.3.4"; the one proxy appended the address it saw.
    const headers = new Headers({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': '1.2.3.4, 203.0.113.9' });
    expect(addressOf(headers, 1)).toBe('203.0.113.9');
    expect(addressOf(new Headers({ 'x-forwarded-for': '1.2.3.4, 203.0.113.9, 10.0.0.5' }), 2)).toBe('203.0.113.9');
    // Fewer entries than trusted hops: the connection's own address.
    expect(addressOf(new Headers({ [PEER_HEADER]: '10.0.0.2' }), 1)).toBe('10.0.0.2');
  });

  it('reads TRUST_PROXY_HOPS as a small whole number, else 0', () => {
    expect([undefined, '', '0', '2', '-1', '1.5', 'yes', '99'].map(trustedProxyHops)).toEqual([0, 0, 0, 2, 0, 0, 0, 0]);
  });

  it('counts IPv6 by its /64 network and unwraps IPv4-mapped addresses', () => {
    expect(addressKey('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:ffff::9')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('[2001:db8:1:2::7]:443')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::ffff:192.0.2.44')).toBe('192.0.2.44');
    expect(addressKey('192.0.2.44:5123')).toBe('192.0.2.44');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(['', 'nonsense', '999.1.1.1'].map(addressKey)).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('takes the browser cookie only in its own shape', () => {
    const headers = new Headers({ [PEER_HEADER]: '192.0.2.1' });
    expect(clientFrom(headers, 'Ab3_-Ab3_-Ab3_-Ab3_-Ab3_')).toEqual({
      browser: 'Ab3_-Ab3_-Ab3_-Ab3_-Ab3_',
      address: '192.0.2.1',
    });
    expect(clientFrom(headers, 'short').browser).toBeNull();
    expect(clientFrom(headers, "x'; drop table".padEnd(30, 'x')).browser).toBeNull();
    expect(cookieValue('a=1; nq_client=abc%20d; b=2', 'nq_client')).toBe('abc d');
    expect(cookieValue('nq_client=%E0%A4%A', 'nq_client')).toBeNull();
  });
});
