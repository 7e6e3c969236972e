/**
 * The side panel as a reader meets it: the document's scorecard and passages
 * with their links, a click that scrolls the page, the knowledge-base card,
 * clear states, and no accessibility violations in light and dark schemes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { axeViolations } from './helpers/axe';
import { openHighlighted } from './helpers/page-report';
import { patchSettings } from './helpers/settings';

const URL = 'https://www.un.org/securitycouncil/content/lens-panel-report.html';
const FILLER = (i: number) =>
  `Paragraph ${i} sets out the political and security developments in the country during the period under review.`;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Women and peace and security: Report of the Secretary-General</title></head>
<body><header><p class="symbol">S/2024/671</p></header><main><h1>Women and peace and security</h1>
<p>The present report, submitted pursuant to resolution 1325 (2000), reviews progress in the implementation of the women and peace and security agenda.</p>
${Array.from({ length: 25 }, (_, i) => `<p>${FILLER(i + 1)}</p>`).join('\n')}
<p id="far">Missions documented conflict-related sexual violence against women and girls, and the Council is urged to ensure accountability and an end to impunity, as called for in resolution 2467 (2019).</p>
<p>Women’s full, equal and meaningful participation in peace negotiations and decision-making remained limited.</p>
</main></body></html>`;

test.beforeEach(({ server }) => server.override(URL, { body: PAGE }));
test.afterEach(({ server }) => server.override(URL, null));

test('shows the document, its scorecard and its passages; a click scrolls the page to the passage', async ({
  context,
  panelFor,
}) => {
  const page = await openHighlighted(context, URL);
  const panel = await panelFor(page);
  await expect(panel.getByTestId('document-symbol')).toHaveText('S/2024/671');
  await expect(
    panel.getByTestId('scorecard').getByRole('heading', { name: 'Recommendation 2 of the 2007 open letter' }),
  ).toBeVisible();
  await expect(panel.getByTestId('rec2').locator('[data-check="sexual-violence"]')).toHaveAttribute(
    'data-present',
    'true',
  );

  const far = panel
    .getByTestId('passage-list')
    .locator('article', { hasText: 'conflict-related sexual violence' });
  await expect(far).toBeVisible();
  await expect(far.locator('[data-theme="sexual-violence"]')).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await far.getByRole('button', { name: /^Passage \d+/ }).click();
  await expect(far).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('#far')).toBeInViewport();
  // Its links, each with the why.
  await expect(far.locator('.why').first()).not.toBeEmpty();

  // A symbol opens its knowledge-base card with the undocs.org link.
  await panel.getByRole('button', { name: 'Details about S/RES/1325 (2000)' }).click();
  const card = panel.getByTestId('kb-card');
  await expect(card.getByRole('heading', { name: 'S/RES/1325 (2000)' })).toBeFocused();
  await expect(card.getByRole('link', { name: 'Open on undocs.org' })).toHaveAttribute(
    'href',
    /^https:\/\/undocs\.org\/S\/RES\/1325/,
  );
  await panel.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
});

test('focusing a highlight on the page selects its passage in the panel', async ({ context, panelFor }) => {
  const page = await openHighlighted(context, URL);
  const panel = await panelFor(page);
  const far = panel
    .getByTestId('passage-list')
    .locator('article', { hasText: 'conflict-related sexual violence' });
  await expect(far).toBeVisible();
  await expect(far).not.toHaveAttribute('aria-current', 'true');
  await page.bringToFront();
  await page.locator('#far mark[data-wps-kind]').first().click();
  await expect(far).toHaveAttribute('aria-current', 'true');
});

test('clear states: not a UN page, switched off for the site', async ({ context, panelFor }) => {
  const other = await context.newPage();
  await other.goto('https://www.example.org/wps-blog.html');
  const panel = await panelFor(other);
  await expect(panel.getByText('This page is not a UN document that 1325 Lens reads.')).toBeVisible();

  const page = await openHighlighted(context, URL);
  const panel2 = await panelFor(page);
  await expect(panel2.getByTestId('passage-list')).toBeVisible();
  await patchSettings(panel2, { disabledSites: ['www.un.org'] });
  await expect(panel2.getByTestId('state-disabled')).toContainText(
    '1325 Lens is switched off for www.un.org.',
  );
  await expect(panel2.getByTestId('passage-list')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no accessibility violations in the ${colorScheme} scheme`, async ({ context, panelFor }) => {
    const page = await openHighlighted(context, URL);
    const panel = await panelFor(page);
    await panel.emulateMedia({ colorScheme });
    await expect(panel.getByTestId('passage-list')).toBeVisible();
    await expect(panel.getByTestId('rec2')).toBeVisible();
    // Open what a reader opens: a passage's links, a card, export and import.
    await panel
      .getByTestId('passage-list')
      .getByRole('button', { name: /^Passage \d+/ })
      .first()
      .click();
    await panel.getByRole('button', { name: 'Details about S/RES/1325 (2000)' }).click();
    await panel.getByText('Export and import').click();
    expect(await axeViolations(new AxeBuilder({ page: panel }))).toEqual([]);
  });
}
