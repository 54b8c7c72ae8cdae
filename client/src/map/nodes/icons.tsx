import type { ReactNode } from 'react'
import type { NodeKind } from '../../shared.ts'

// Simple line icons (24×24, currentColor); always decorative, the kind is also written out.
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  )
}

export const BuildingIcon = () => (
  <Icon>
    <path d="M4 21V4h10v17M14 9h6v12M2 21h20M7 8h1M10 8h1M7 12h1M10 12h1M7 16h1M10 16h1M17 13h0M17 17h0" />
  </Icon>
)

export const DoorIcon = () => (
  <Icon>
    <path d="M5 21V3h11v18M2 21h20M13 12h.01M16 5l4 1.5V21" />
  </Icon>
)

export const PeopleIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="3" />
    <circle cx="17" cy="9" r="2.5" />
    <path d="M2.5 20c0-3.3 2.5-6 5.5-6s5.5 2.7 5.5 6M14 14.5c.9-.6 1.9-1 3-1 2.5 0 4.5 2.3 4.5 5.5" />
  </Icon>
)

export const BoxIcon = () => (
  <Icon>
    <path d="M12 2.5l8.5 4.5v10L12 21.5 3.5 17V7zM3.5 7L12 11.5 20.5 7M12 11.5v10" />
  </Icon>
)

export const PillarIcon = () => (
  <Icon>
    <path d="M3 9l9-6 9 6M4 9h16M6 9v9M10 9v9M14 9v9M18 9v9M3 21h18M4 18h16" />
  </Icon>
)

export const TableIcon = () => (
  <Icon>
    <ellipse cx="12" cy="12" rx="6" ry="3.5" />
    <circle cx="12" cy="4" r="1.6" />
    <circle cx="12" cy="20" r="1.6" />
    <circle cx="3" cy="12" r="1.6" />
    <circle cx="21" cy="12" r="1.6" />
  </Icon>
)

export const NoteIcon = () => (
  <Icon>
    <path d="M4 3h16v12l-6 6H4zM14 21v-6h6M8 8h8M8 12h5" />
  </Icon>
)

/** The icon of each node kind (also used in the toolbar). */
export const KIND_ICONS: Readonly<Record<NodeKind, () => ReactNode>> = {
  provider: BuildingIcon,
  service: DoorIcon,
  residentGroup: PeopleIcon,
  resource: BoxIcon,
  agency: PillarIcon,
  body: TableIcon,
  note: NoteIcon,
}
