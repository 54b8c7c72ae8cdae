import { isMapId, type MapId } from '../../../shared/src/schema/ids.ts'

export type Route =
  | { readonly page: 'start' }
  | { readonly page: 'map'; readonly mapId: MapId }
  | { readonly page: 'notFound' }

/** Maps a pathname to a page: `/` start, `/m/<id>` a map, everything else "not found". */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { page: 'start' }
  const match = /^\/m\/([^/]+)\/?$/.exec(pathname)
  if (match?.[1] && isMapId(match[1])) return { page: 'map', mapId: match[1] }
  return { page: 'notFound' }
}
