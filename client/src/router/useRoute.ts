import { useEffect, useState } from 'react'
import { parseRoute, type Route } from './route.ts'

const NAVIGATE_EVENT = 'quartiersnetz:navigate'

/** Navigates inside the app without a reload; `url` may carry a fragment (the token). */
export function navigate(url: string): void {
  history.pushState(null, '', url)
  window.dispatchEvent(new Event(NAVIGATE_EVENT))
}

/** The current route, following pushState navigation and the back button. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname))
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.pathname))
    window.addEventListener('popstate', update)
    window.addEventListener(NAVIGATE_EVENT, update)
    return () => {
      window.removeEventListener('popstate', update)
      window.removeEventListener(NAVIGATE_EVENT, update)
    }
  }, [])
  return route
}
