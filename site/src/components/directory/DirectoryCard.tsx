import type { DirectoryEmployer } from '../islands/EmployerDirectory'

interface Props {
  employer: DirectoryEmployer
  /** The first card is what a phone shows first: its logo loads at once. */
  first: boolean
}

/** An employer in the directory: logo, name, industry and municipalities. */
export function DirectoryCard({ employer, first }: Props) {
  return (
    <article className="card">
      {employer.logo && (
        <div className="logo-tile">
          <img
            src={employer.logo.src}
            srcSet={employer.logo.srcSet}
            sizes="16rem"
            width={employer.logo.width}
            height={employer.logo.height}
            alt=""
            loading={first ? 'eager' : 'lazy'}
            fetchPriority={first ? 'high' : undefined}
            decoding="async"
          />
        </div>
      )}
      <h2>
        <a href={employer.href}>{employer.name}</a>
      </h2>
      <ul className="tags">
        <li>{employer.industryLabel}</li>
        {employer.municipalities.map((place) => (
          <li key={place.slug}>{place.name}</li>
        ))}
      </ul>
    </article>
  )
}
