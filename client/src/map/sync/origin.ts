/**
 * The transaction origin of every document write made by this browser tab. Observers use it to
 * recognise echoes of their own writes (the local React Flow state already has them).
 */
export const LOCAL_ORIGIN: { readonly source: 'quartiersnetz-client' } = {
  source: 'quartiersnetz-client',
}
