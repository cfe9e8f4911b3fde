import { Icon } from './Icon'

/** The mark and the name, on the login page and wherever Payload shows its logo. */
export function Logo() {
  return (
    <span className="talentregion-logo">
      <Icon />
      <span className="talentregion-logo__name">Talentregion</span>
    </span>
  )
}
