import { useTranslation } from 'react-i18next'

/** "So funktioniert's": the whole idea in five plain sentences. */
export function HowItWorks() {
  const { t } = useTranslation()
  const steps = t('help.steps', { returnObjects: true }) as unknown as string[]
  return (
    <section className="card how-it-works" aria-labelledby="how-title">
      <h2 id="how-title">{t('help.title')}</h2>
      <ol>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  )
}
