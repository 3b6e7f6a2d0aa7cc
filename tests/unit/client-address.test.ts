import { describe, expect, it } from 'vitest'
import { clientAddress, normalizeForwardingHeaders, parseAddress, trustedHops } from '@/lib/net/client-address'

describe('the client address behind trusted proxies', () => {
  it('takes the entry the trusted proxy added, not the one the client wrote first', () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; our one proxy appended the address it saw.
    expect(clientAddress('6.6.6.6, 203.0.113.9', '10.0.0.2', 1)).toBe('203.0.113.9')
    // Two proxies: the outer one added the client, the inner one the outer proxy.
    expect(clientAddress('6.6.6.6, 203.0.113.9, 10.0.0.5', '10.0.0.2', 2)).toBe('203.0.113.9')
    expect(clientAddress(['6.6.6.6', '2001:db8::7'], '10.0.0.2', 1)).toBe('2001:db8::7')
  })

  it('uses the connection’s own address when no proxy is trusted or none forwarded', () => {
    expect(clientAddress('6.6.6.6', '198.51.100.4', 0)).toBe('198.51.100.4')
    expect(clientAddress(undefined, '::ffff:127.0.0.1', 1)).toBe('::ffff:127.0.0.1')
  })

  it('gives no address for a malformed entry, never a neighbouring guess', () => {
    for (const bad of ['1.2.3', 'abc', '::::', 'dead:beef:::1', "1.2.3.4'; drop table users", '999.1.1.1']) {
      expect(parseAddress(bad), bad).toBeNull()
      expect(clientAddress(`203.0.113.1, ${bad}`, '10.0.0.2', 1), bad).toBeNull()
    }
    expect(parseAddress('')).toBeNull()
    expect(parseAddress('[2001:db8::1]:443')).toBe('2001:db8::1')
    expect(parseAddress('203.0.113.5:51234')).toBe('203.0.113.5')
  })

  it('reads TRUST_PROXY as a hop count and refuses nonsense at startup', () => {
    expect([undefined, '', '0', '1', 'true', '3'].map(trustedHops)).toEqual([0, 0, 0, 1, 1, 3])
    expect(() => trustedHops('yes')).toThrow(/TRUST_PROXY/)
  })

  it('leaves the app exactly one checked address and drops what it must not believe', () => {
    const req = {
      headers: {
        'x-forwarded-for': '6.6.6.6, 203.0.113.9',
        'x-real-ip': '6.6.6.6',
        'x-forwarded-host': 'evil.example',
      } as Record<string, string | undefined>,
      socket: { remoteAddress: '10.0.0.2' },
    }
    normalizeForwardingHeaders(req, 1)
    expect(req.headers).toEqual({ 'x-forwarded-for': '203.0.113.9', 'x-forwarded-host': 'evil.example' })
    const direct = {
      headers: { 'x-forwarded-for': 'abc', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' } as Record<
        string,
        string | undefined
      >,
      socket: { remoteAddress: '198.51.100.4' },
    }
    normalizeForwardingHeaders(direct, 0)
    expect(direct.headers).toEqual({ 'x-forwarded-for': '198.51.100.4' })
    const malformed = {
      headers: { 'x-forwarded-for': '203.0.113.1, abc' } as Record<string, string | undefined>,
      socket: { remoteAddress: '10.0.0.2' },
    }
    normalizeForwardingHeaders(malformed, 1)
    expect(malformed.headers['x-forwarded-for']).toBeUndefined()
  })
})
