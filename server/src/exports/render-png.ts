import { renderAsync } from '@resvg/resvg-js'

/** Longest side of an exported PNG: sharp on a projector or in print, bounded in memory. */
const MAX_SIDE = 8000

/** The width and height attributes of our SVG's root element. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? ''
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1])
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1])
  return width > 0 && height > 0 ? { width, height } : { width: 1000, height: 1000 }
}

/**
 * Rasterises an SVG of ours to PNG with resvg (a prebuilt native binary from npm; no network,
 * off the event loop). Text uses the fonts installed on the machine — nothing is fetched: our
 * font-family list ends in common Linux faces (Liberation Sans, DejaVu Sans) and `sans-serif`,
 * which is mapped to DejaVu Sans. On a machine without any font the shapes and lines still
 * render but the text does not; the SVG export keeps it.
 */
export async function renderPng(svg: string, width: number): Promise<Uint8Array> {
  const natural = svgSize(svg)
  const scale = Math.min(width / natural.width, MAX_SIDE / natural.width, MAX_SIDE / natural.height)
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: Math.max(1, Math.round(natural.width * scale)) },
    font: {
      loadSystemFonts: true,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    background: '#ffffff',
    logLevel: 'off',
  })
  return new Uint8Array(image.asPng())
}
