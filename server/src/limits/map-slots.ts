/**
 * Connections per map, counted from a socket's first Auth frame for the map until the socket
 * closes. Counting before authentication keeps the count exact under concurrent joins (no
 * await between check and reserve); an unauthenticated socket holds its slot only until
 * Hocuspocus' pre-auth deadline closes it.
 */
export interface MapSlots {
  /** Reserves a slot of `mapId` for `owner`; false when the map is full. Idempotent per owner. */
  reserve(mapId: string, owner: object): boolean
  /** Frees every slot `owner` holds. */
  releaseAll(owner: object): void
  count(mapId: string): number
}

export function createMapSlots(maxPerMap: number): MapSlots {
  const holders = new Map<string, Set<object>>()
  const held = new WeakMap<object, Set<string>>()
  return {
    reserve(mapId, owner) {
      const set = holders.get(mapId) ?? new Set<object>()
      if (set.has(owner)) return true
      if (set.size >= maxPerMap) return false
      set.add(owner)
      holders.set(mapId, set)
      const mine = held.get(owner) ?? new Set<string>()
      mine.add(mapId)
      held.set(owner, mine)
      return true
    },
    releaseAll(owner) {
      for (const mapId of held.get(owner) ?? []) {
        const set = holders.get(mapId)
        set?.delete(owner)
        if (set?.size === 0) holders.delete(mapId)
      }
      held.delete(owner)
    },
    count: (mapId) => holders.get(mapId)?.size ?? 0,
  }
}

/** Open connections per client address (only used behind a trusted proxy). */
export interface AddressCounter {
  acquire(address: string): boolean
  release(address: string): void
}

export function createAddressCounter(maxPerAddress: number): AddressCounter {
  const counts = new Map<string, number>()
  return {
    acquire(address) {
      const count = counts.get(address) ?? 0
      if (maxPerAddress > 0 && count >= maxPerAddress) return false
      counts.set(address, count + 1)
      return true
    },
    release(address) {
      const count = (counts.get(address) ?? 1) - 1
      if (count <= 0) counts.delete(address)
      else counts.set(address, count)
    },
  }
}
