/** The product mark: three linked actors. Decorative, the name is always written next to it. */
export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
      <path d="M8 8L24 10L14 24Z" fill="none" stroke="currentColor" strokeWidth="2" />
      <circle cx="8" cy="8" r="5" fill="#0b5cad" />
      <circle cx="24" cy="10" r="5" fill="#1d6b38" />
      <circle cx="14" cy="24" r="5" fill="#a3242d" />
    </svg>
  )
}
