import { pagePolicy, securityHeaders } from '../../cms/src/http/securityHeaders'
import { describe, expect, test } from 'vitest'

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/)
      return [name, values]
    }),
  )

describe("the CMS pages' Content-Security-Policy", () => {
  test('runs only scripts carrying this request’s nonce, and nothing from elsewhere', () => {
    const policy = directives(pagePolicy('abc123'))
    expect(policy['script-src']).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"])
    expect(policy['script-src']).not.toContain("'unsafe-inline'")
    expect(policy['default-src']).toEqual(["'self'"])
    expect(policy['object-src']).toEqual(["'none'"])
    expect(policy['frame-ancestors']).toEqual(["'none'"])
    expect(policy['form-action']).toEqual(["'self'"])
    expect(Object.values(policy).flat().join(' ')).not.toMatch(/https?:|\*/)
  })

  test('allows eval only to the development server', () => {
    expect(pagePolicy('n')).not.toContain('unsafe-eval')
    expect(pagePolicy('n', { development: true })).toContain("'unsafe-eval'")
  })
})

describe('headers on every CMS answer', () => {
  test('nosniff, referrer and permissions policies, no framing', () => {
    const headers = Object.fromEntries(
      securityHeaders('http://127.0.0.1:3000').map(({ key, value }) => [key, value]),
    )
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
    })
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/)
    expect(headers['Strict-Transport-Security']).toBeUndefined()
  })

  test('HSTS when the CMS is served over https', () => {
    const headers = securityHeaders('https://cms.example.no')
    expect(headers).toContainEqual({
      key: 'Strict-Transport-Security',
      value: 'max-age=31536000; includeSubDomains',
    })
  })
})
