import { clientAddress, stampPeer, trustedProxies } from '../../cms/src/http/clientAddress'
import { csvCell } from '../../cms/src/http/csvCell'
import { afterEach, describe, expect, test } from 'vitest'

/** Headers as the CMS's server hands them on: the socket's address stamped, the rest as sent. */
function arriving(socket: string, sent: Record<string, string> = {}) {
  const headers: Record<string, string | string[] | undefined> = { ...sent }
  stampPeer(headers, socket)
  return new Headers(headers as Record<string, string>)
}

afterEach(() => {
  delete process.env.TRUSTED_PROXIES
})

describe('the client address comes from the socket', () => {
  test('X-Forwarded-For from a client that is not a trusted proxy is ignored', () => {
    expect(clientAddress(arriving('203.0.113.9', { 'x-forwarded-for': '198.51.100.1' }))).toBe(
      '203.0.113.9',
    )
  })

  test('an IPv4 address seen through an IPv6 socket is the same client', () => {
    expect(clientAddress(arriving('::ffff:203.0.113.9'))).toBe('203.0.113.9')
  })

  test('a peer header sent by the client itself is thrown away or fails its signature', () => {
    expect(clientAddress(arriving('203.0.113.9', { 'x-talentregion-peer': '10.0.0.1 abc' }))).toBe(
      '203.0.113.9',
    )
    expect(clientAddress(new Headers({ 'x-talentregion-peer': '10.0.0.1 abc' }))).toBe('unknown')
  })

  test('behind a trusted proxy, the nearest untrusted hop is the client', () => {
    process.env.TRUSTED_PROXIES = '10.0.0.0/24, 2001:db8::1'
    const behindProxy = arriving('10.0.0.5', { 'x-forwarded-for': 'forged, 198.51.100.7' })
    expect(clientAddress(behindProxy)).toBe('198.51.100.7')
    const twoProxies = arriving('2001:db8::1', { 'x-forwarded-for': '198.51.100.8, 10.0.0.9' })
    expect(clientAddress(twoProxies)).toBe('198.51.100.8')
  })

  test('a trusted proxy that forwards nothing is itself the client', () => {
    process.env.TRUSTED_PROXIES = '10.0.0.5'
    expect(clientAddress(arriving('10.0.0.5'))).toBe('10.0.0.5')
  })

  test('a setting that is not an address or range stops with the reason', () => {
    expect(() => trustedProxies('10.0.0.0/33')).toThrow(/TRUSTED_PROXIES: "10.0.0.0\/33"/)
    expect(() => trustedProxies('proxy.local')).toThrow(/not an IP address or CIDR range/)
  })
})

describe('CSV cells a spreadsheet would run are made text', () => {
  test.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', `"'+1"`],
    ['-1+2', `"'-1+2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['   =1+1', `"'   =1+1"`],
    [' \t@x', `"' \t@x"`],
  ])('%j', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })

  test('ordinary values stay as they are', () => {
    expect([csvCell('Billboard E6'), csvCell(42), csvCell(null)]).toEqual([
      '"Billboard E6"',
      '"42"',
      '""',
    ])
  })
})
