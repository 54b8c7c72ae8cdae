import type { ReactNode } from 'react'

/** The toolbar's line icons share one frame: 24-unit grid, 20 px, current colour, hidden from AT. */
export function ToolIcon({ children }: { readonly children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      aria-hidden="true"
    >
      {children}
    </svg>
  )
}
