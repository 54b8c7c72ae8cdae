import type { MiddlewareHandler } from 'hono'

/**
 * No third-party requests, no framing, no inline script (DESIGN.md §1). `ws:`/`wss:` let the
 * client reach /collab on the same host; `unsafe-inline` styles are needed by React Flow.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "connect-src 'self' ws: wss:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The page needs none of the powerful browser features; denying them means a hostile label
 * that somehow ran script still could not reach camera, microphone, location and the like.
 */
export const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
  'interest-cohort=()',
  'browsing-topics=()',
].join(', ')

/** Sets the security headers on every response, errors included. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  // Share links carry the token in the fragment, but never let the page's URL leak anyway.
  c.res.headers.set('Referrer-Policy', 'no-referrer')
  c.res.headers.set('X-Content-Type-Options', 'nosniff')
  c.res.headers.set('Permissions-Policy', PERMISSIONS_POLICY)
  // CSP frame-ancestors for current browsers, this for older ones.
  c.res.headers.set('X-Frame-Options', 'DENY')
  c.res.headers.set('Cross-Origin-Opener-Policy', 'same-origin')
}
