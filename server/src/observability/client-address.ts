import { isIP } from 'node:net'

/*
 * Client addresses are personal data (EuGH C-582/14 Breyer). The server keeps them in memory
 * only as long as a connection lasts and writes them to logs only truncated: IPv4 to /24,
 * IPv6 to /48 (reliability notes §4.7).
 */

/** The address with its host part cut: `203.0.113.77` → `203.0.113.0/24`, IPv6 to /48. */
export function truncateAddress(address: string | undefined): string | undefined {
  if (!address) return undefined
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  const plain = mapped?.[1] ?? address
  if (isIP(plain) === 4) return `${plain.split('.').slice(0, 3).join('.')}.0/24`
  if (isIP(plain) === 6) return `${expandIpv6(plain).slice(0, 3).join(':')}::/48`
  return 'invalid'
}

function expandIpv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const zeros = Array.from({ length: Math.max(0, 8 - left.length - right.length) }, () => '0')
  return (address.includes('::') ? [...left, ...zeros, ...right] : left).map(
    (group) => group.replace(/^0+(?=.)/, '') || '0',
  )
}

/**
 * The address a connection comes from. Forwarding headers are only believed with a trusted
 * proxy (TRUST_PROXY), where the proxy's own X-Real-IP or the last X-Forwarded-For entry is
 * the client; otherwise anyone could claim any address.
 */
export function clientAddress(
  headers: Headers,
  socketAddress: string | undefined,
  trustProxy: boolean,
): string | undefined {
  if (!trustProxy) return socketAddress
  const realIp = headers.get('x-real-ip')?.trim()
  if (realIp) return realIp
  const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim()
  return forwarded || socketAddress
}

/** Whether a socket address is the machine itself (for /metrics without a token). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false
  return address === '::1' || /^(::ffff:)?127\./i.test(address)
}
