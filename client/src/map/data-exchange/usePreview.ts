import { useEffect, useState } from 'react'
import type { ColumnMapping, ImportFormat } from '../../../../shared/src/formats/import-plan.ts'
import type { DuplicateMode } from '../../../../shared/src/formats/resolve.ts'
import { type PreviewResult, requestPreview } from './import-api.ts'

interface Options {
  readonly mapId: string
  readonly token: string
  readonly files: readonly File[]
  readonly format: ImportFormat
  readonly mapping: ColumnMapping | undefined
  readonly duplicates: DuplicateMode
  readonly language: string
}

export interface Preview {
  /** The latest answer; kept while a new one is asked for, so the form does not jump. */
  readonly result: PreviewResult | null
  readonly loading: boolean
}

/** The server's preview of the files, asked again whenever format or mapping change. */
export function usePreview(options: Options): Preview {
  const { mapId, token, files, format, mapping, duplicates, language } = options
  const [result, setResult] = useState<PreviewResult | null>(null)
  const [loading, setLoading] = useState(true)
  useEffect(() => {
    let current = true
    setLoading(true)
    void requestPreview({
      mapId,
      token,
      files,
      format,
      duplicates,
      language,
      ...(mapping ? { mapping } : {}),
    }).then((r) => {
      // An answer to an older mapping must not overwrite the newer one.
      if (!current) return
      setResult(r)
      setLoading(false)
    })
    return () => {
      current = false
    }
  }, [mapId, token, files, format, mapping, duplicates, language])
  return { result, loading }
}
