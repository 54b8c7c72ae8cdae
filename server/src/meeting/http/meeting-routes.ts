import { Hono } from 'hono'
import type { Meeting } from '../meeting.ts'
import { facilitationRoutes } from './facilitation-routes.ts'
import { sessionRoutes } from './session-routes.ts'
import { voteRoutes } from './vote-routes.ts'

/** Every meeting-mode route, to be mounted under `/api`. */
export function meetingRoutes(meeting: Meeting, publicUrl?: string): Hono {
  const app = new Hono()
  app.route('/', facilitationRoutes(meeting, publicUrl))
  app.route('/', sessionRoutes(meeting))
  app.route('/', voteRoutes(meeting))
  return app
}
