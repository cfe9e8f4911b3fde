/** Why a printed address would not open on a stranger's phone. */
export type PublicUrlProblem = 'not-a-url' | 'local-host' | 'private-address' | 'not-https'

function ipv4(host: string): number[] | null {
  const parts = host.split('.')
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return null
  const numbers = parts.map(Number)
  return numbers.every((n) => n <= 255) ? numbers : null
}

/** Loopback, private, link-local, shared (carrier NAT) and unspecified IPv4 ranges. */
function privateIpv4([a = 0, b = 0]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  )
}

/** Loopback, unspecified, unique-local (fc00::/7) and link-local (fe80::/10) IPv6, and mapped private IPv4. */
function privateIpv6(host: string): boolean {
  const address = host.replace(/^\[|\]$/g, '').toLowerCase()
  if (address === '::1' || address === '::') return true
  if (/^f[cd]/.test(address) || /^fe[89ab]/.test(address)) return true
  // IPv4 mapped into IPv6, which URL parsing writes in hex: ::ffff:c0a8:1 is 192.168.0.1.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address)
  if (!mapped) return false
  const [high, low] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)]
  return privateIpv4([high >> 8, high & 255, low >> 8, low & 255])
}

/**
 * Whether an address printed on a poster reaches the public: a real host name or public IP over
 * https. `localhost`, names without a dot, `.local`/`.internal` names, private and loopback
 * addresses only work on the machine or network that printed them.
 */
export function publicUrlProblem(url: string): PublicUrlProblem | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'not-a-url'
  }
  const host = parsed.hostname.toLowerCase()
  if (host.startsWith('[')) {
    if (privateIpv6(host)) return 'private-address'
  } else {
    const v4 = ipv4(host)
    if (v4 && privateIpv4(v4)) return 'private-address'
    if (
      !v4 &&
      (host === 'localhost' ||
        !host.includes('.') ||
        /\.(localhost|local|internal|lan|home\.arpa|test|example|invalid)$/.test(host))
    )
      return 'local-host'
  }
  return parsed.protocol === 'https:' ? null : 'not-https'
}
