/**
 * The document's WPS scorecard: the themes its passages carry, with counts and
 * shares, and the 2007 open letter's recommendation 2 check (does it carry
 * information on sexual violence, and on women's participation?).
 */
import type { DocumentAnalysis } from './use-document-analysis';
import { formatNumber, t, themeLabel } from '../shared/labels';

export function Scorecard({ analysis }: { analysis: DocumentAnalysis }) {
  const { overview, done, total } = analysis;
  return (
    <section class="scorecard" aria-labelledby="scorecard-heading" data-testid="scorecard">
      <h2 id="scorecard-heading">{t('scorecardHeading')}</h2>
      {done < total && (
        <p class="state" role="status">
          {t('scorecardAnalyzing', { done: formatNumber(done), total: formatNumber(total) })}
        </p>
      )}
      {overview && (
        <>
          {overview.themes.length === 0 ? (
            <p class="state">{t('scorecardNoThemes')}</p>
          ) : (
            <table class="themes">
              <caption class="visually-hidden">{t('scorecardCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('filterTheme')}</th>
                  <th scope="col">{t('scorecardPassages')}</th>
                </tr>
              </thead>
              <tbody>
                {overview.themes.map((row) => (
                  <tr key={row.id} data-theme={row.id}>
                    <th scope="row">{themeLabel(row.id)}</th>
                    <td>
                      <span
                        class="bar"
                        aria-hidden="true"
                        style={{ inlineSize: `${Math.round(row.share * 100)}%` }}
                      />
                      {t('scorecardCount', {
                        count: formatNumber(row.count),
                        share: Math.round(row.share * 100),
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div class="rec2" data-testid="rec2">
            <h3>{t('rec2Heading')}</h3>
            <p class="muted">{t('rec2Explain')}</p>
            <ul>
              <Check
                label={t('rec2SexualViolence')}
                present={overview.recommendation2.sexualViolence}
                id="sexual-violence"
              />
              <Check
                label={t('rec2Participation')}
                present={overview.recommendation2.participation}
                id="participation"
              />
            </ul>
          </div>
        </>
      )}
    </section>
  );
}

function Check({ label, present, id }: { label: string; present: boolean; id: string }) {
  return (
    <li class={present ? 'present' : 'absent'} data-check={id} data-present={String(present)}>
      <span aria-hidden="true">{present ? '✓' : '✗'}</span> {label}:{' '}
      <strong>{present ? t('rec2Present') : t('rec2Absent')}</strong>
    </li>
  );
}
