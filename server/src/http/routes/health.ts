import { Hono } from 'hono'

/** `GET /api/health` → 200 `{ status: 'ok', version }` (for load balancers and scripts). */
export function healthRoutes(version: string): Hono {
  return new Hono().get('/health', (c) => c.json({ status: 'ok', version }))
}
