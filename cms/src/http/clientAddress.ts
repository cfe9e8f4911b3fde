import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { BlockList, isIP } from 'node:net'

/**
 * The CMS's own server writes the socket's address into this header (and drops whatever a
 * client sent under that name), signed with a key that lives only in this process.
 */
const peerHeader = 'x-talentregion-peer'

/** Addresses behind one shared bucket when no signed peer reached us (e.g. plain `next start`). */
export const unknownAddress = 'unknown'

function peerKey(): string {
  process.env.TALENTREGION_PEER_KEY ||= randomBytes(32).toString('hex')
  return process.env.TALENTREGION_PEER_KEY
}

const sign = (address: string) => createHmac('sha256', peerKey()).update(address).digest('hex')

/** Called by the server for every request: the socket's address, signed, replaces any sent one. */
export function stampPeer(
  headers: Record<string, string | string[] | undefined>,
  socketAddress: string | undefined,
): void {
  delete headers[peerHeader]
  const address = normaliseAddress(socketAddress ?? '')
  if (address) headers[peerHeader] = `${address} ${sign(address)}`
}

function verifiedPeer(headers: Headers): string | null {
  const [address = '', signature = ''] = (headers.get(peerHeader) ?? '').split(' ')
  if (!address || !signature) return null
  const expected = Buffer.from(sign(address))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given) ? address : null
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are one client. */
function normaliseAddress(address: string): string | null {
  const trimmed = address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
  return isIP(trimmed) ? trimmed.toLowerCase() : null
}

let parsedFrom: string | undefined
let trusted = new BlockList()

/**
 * `TRUSTED_PROXIES`: comma-separated addresses or CIDR ranges of the reverse proxies in front
 * of the CMS. Only from these is `X-Forwarded-For` believed.
 */
export function trustedProxies(setting = process.env.TRUSTED_PROXIES ?? ''): BlockList {
  if (setting === parsedFrom) return trusted
  const list = new BlockList()
  for (const entry of setting
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [base = '', bits] = entry.split('/')
    const address = normaliseAddress(base)
    const type = address && isIP(address) === 6 ? 'ipv6' : 'ipv4'
    const prefix = bits === undefined ? undefined : Number(bits)
    if (
      !address ||
      (prefix !== undefined &&
        (!Number.isInteger(prefix) || prefix < 0 || prefix > (type === 'ipv6' ? 128 : 32)))
    )
      throw new Error(
        `TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.5 or 10.0.0.0/24).`,
      )
    if (prefix === undefined) list.addAddress(address, type)
    else list.addSubnet(address, prefix, type)
  }
  parsedFrom = setting
  trusted = list
  return list
}

const isTrusted = (address: string, list: BlockList) =>
  list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4')

/**
 * The client's address: the socket's, or — when the socket is a trusted proxy — the nearest
 * address in `X-Forwarded-For` that is not itself a trusted proxy. Anything a client writes
 * further left is ignored, so rotating the header changes nothing.
 */
export function clientAddress(headers: Headers): string {
  const peer = verifiedPeer(headers)
  if (!peer) return unknownAddress
  const list = trustedProxies()
  if (!isTrusted(peer, list)) return peer
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').reverse()
  let client = peer
  for (const hop of hops) {
    const address = normaliseAddress(hop)
    if (!address) break
    client = address
    if (!isTrusted(address, list)) break
  }
  return client
}
