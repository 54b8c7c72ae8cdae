/*
 * Cross-site WebSocket hijacking: CORS does not cover the upgrade, so any site a participant
 * visits could open our /collab in their browser (reliability notes §3.7). Browsers always
 * send Origin on a WebSocket handshake; a request without one is not from a browser page (our
 * CLI, tests, scripts), carries no ambient credentials and is let through.
 */

/**
 * Whether a handshake's Origin may open /collab: the configured PUBLIC_URL's origin, else the
 * host the request was sent to (same-site by definition when no public URL is configured) —
 * `hosts` may hold the proxy's X-Forwarded-Host as well when the proxy is trusted.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  hosts: string | undefined | readonly (string | undefined)[],
  publicUrl: string | undefined,
): boolean {
  if (origin === undefined) return true
  let parsed: URL
  try {
    parsed = new URL(origin)
  } catch {
    return false // 'null' (sandboxed frames, file:) and garbage
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false
  if (publicUrl !== undefined) return parsed.origin === new URL(publicUrl).origin
  const candidates = Array.isArray(hosts) ? hosts : [hosts]
  return candidates.some((host) => host !== undefined && parsed.host === host.toLowerCase())
}
