/**
 * Network first, cache as fallback: the update strategy for page loads. While the server
 * answers, the page always comes from it (a new deployment shows at once); only when no answer
 * comes (offline, or none within `timeoutMs` on a hanging Wi-Fi) does the cached shell step in.
 * Any answer counts, errors included: a 503 from the server is more truthful than an old shell.
 */
export async function networkFirst(
  fromNetwork: () => Promise<Response>,
  fromCache: () => Promise<Response | undefined>,
  timeoutMs: number,
): Promise<Response> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('network timeout')), timeoutMs)
  })
  try {
    return await Promise.race([fromNetwork(), timeout])
  } catch (error) {
    const cached = await fromCache()
    if (cached) return cached
    throw error
  } finally {
    clearTimeout(timer)
  }
}
