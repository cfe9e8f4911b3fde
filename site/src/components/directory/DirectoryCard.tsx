import type { DirectoryEmployer } from '../islands/EmployerDirectory'

interface Props {
  employer: DirectoryEmployer
  /** The first row is what a phone shows first: its logo loads at once. */
  first: boolean
}

/**
 * An employer in the directory as a compact row: logo on a small tile, name once, places. The
 * same markup and classes as EmployerCard.astro, which the other pages use.
 */
export function DirectoryCard({ employer, first }: Props) {
  return (
    <article className="employer-card">
      <div className="employer-card__logo">
        {employer.logo && (
          <img
            src={employer.logo.src}
            srcSet={employer.logo.srcSet}
            sizes="6rem"
            width={employer.logo.width}
            height={employer.logo.height}
            alt=""
            loading={first ? 'eager' : 'lazy'}
            fetchPriority={first ? 'high' : undefined}
            decoding="async"
          />
        )}
      </div>
      <div>
        <h2 className="employer-card__name">
          <a href={employer.href}>{employer.name}</a>
        </h2>
        {employer.municipalities.length > 0 && (
          <p className="employer-card__places">
            {employer.municipalities.map((place) => place.name).join(', ')}
          </p>
        )}
      </div>
    </article>
  )
}
