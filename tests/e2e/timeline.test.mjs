// The timeline on the sample notebook: lanes by company, zoom and pan on a real time axis,
// month/quarter/year claims drawn as spans, expected ones marked, click-through to the
// sentence (flashed) in the reader, and figures mode with each point linked to its sentence.
import assert from 'node:assert/strict';
import { articlePage, clip, e2e, eventually, holdNext, openSample, rpc, trackRpc } from './harness.mjs';

async function openSampleTimeline(page, app, entities) {
  await openSample(app);
  await page.goto(`${app.origin}/#/timeline?${entities.map((e) => `entity=${encodeURIComponent(e)}`).join('&')}`);
  await page.getByTestId('timeline-canvas').waitFor();
}

e2e('company lanes zoom, pan and open the claim sentence in the reader', async (app) => {
  const { page } = app;
  await openSampleTimeline(page, app, ['Meta', 'Microsoft']);
  const lanes = page.getByTestId('timeline-lane');
  assert.deepEqual(
    await lanes.evaluateAll((ls) => ls.map((l) => l.dataset.laneLabel)),
    ['Meta', 'Microsoft'],
    'one lane per company asked for, in order',
  );
  await eventually(async () => Number(await page.getByTestId('timeline-canvas').getAttribute('data-drawn')) > 10, {
    message: 'the canvas draws the items',
  });

  // Quarter and year claims are spans; expected items are marked as such.
  const meta = lanes.filter({ has: page.locator('[data-lane-label="Meta"]') }).first();
  void meta;
  assert.ok((await page.locator('[data-testid="timeline-dot"][data-precision="quarter"]').count()) > 0, 'quarter claims are on the chart');
  assert.ok((await page.locator('[data-testid="timeline-dot"].span').count()) > 0, 'coarse claims are drawn as spans');
  assert.ok((await page.locator('[data-testid="timeline-dot"][data-tense="expected"].expected').count()) > 0, 'expected items look different');

  // "about one gigawatt" reads singular: 1 gigawatt.
  const labels = await page.getByTestId('timeline-dot').evaluateAll((ds) => ds.map((d) => d.getAttribute('aria-label')));
  assert.ok(labels.some((l) => /one gigawatt.*, 1 gigawatt \(/.test(l)), 'a quantity of one reads singular');
  assert.ok(!labels.some((l) => / 1 gigawatts/.test(l)), 'never "1 gigawatts"');

  // Zoom in with the button: the visible range narrows; Fit brings it back.
  const range = page.getByTestId('timeline-range');
  const before = await range.innerText();
  const count = async () => page.getByTestId('timeline-dot').count();
  const allDots = await count();
  await page.getByTestId('zoom-in').click();
  await page.getByTestId('zoom-in').click();
  await eventually(async () => (await range.innerText()) !== before, { message: 'zooming changes the visible range' });
  assert.ok((await count()) < allDots, 'zoomed in, fewer items are in view');

  // The wheel zooms too (around the pointer), and drag pans.
  const plot = page.getByTestId('timeline-canvas');
  const box = await plot.boundingBox();
  await page.getByTestId('zoom-reset').click();
  await eventually(async () => (await range.innerText()) === before, { message: 'Fit restores the full range' });
  await page.mouse.move(box.x + box.width * 0.8, box.y + 40);
  await page.mouse.wheel(0, -400);
  await eventually(async () => (await range.innerText()) !== before, { message: 'the wheel zooms' });
  const zoomed = await range.innerText();
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 200, box.y + 20, { steps: 5 });
  await page.mouse.up();
  await eventually(async () => (await range.innerText()) !== zoomed, { message: 'dragging pans' });

  // Shift+drag brushes a range and zooms to it.
  await page.getByTestId('zoom-reset').click();
  await eventually(async () => (await range.innerText()) === before, { message: 'Fit restores the full range' });
  await page.keyboard.down('Shift');
  await page.mouse.move(box.x + box.width * 0.3, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + 20, { steps: 4 });
  await page.getByTestId('timeline-brush').waitFor();
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await page.getByTestId('timeline-brush').waitFor({ state: 'detached' });
  await eventually(async () => (await range.innerText()) !== before, { message: 'the brushed range becomes the view' });
  assert.ok((await count()) < allDots, 'the brushed range holds fewer items');

  // Keyboard +/- zoom as well.
  await page.getByTestId('zoom-reset').click();
  await page.locator('h1').click();
  await page.keyboard.press('+');
  await eventually(async () => (await range.innerText()) !== before, { message: '+ zooms in' });
  // The arrow keys and the Earlier/Later buttons move the view, and the new range is
  // spoken (the live region says it only then, not on every frame of a drag).
  const spoken = page.getByTestId('timeline-range-spoken');
  const zoomedIn = await range.innerText();
  await page.keyboard.press('ArrowRight');
  await eventually(async () => (await range.innerText()) !== zoomedIn, { message: '→ moves later' });
  const later = await range.innerText();
  assert.equal(await spoken.innerText(), later, 'the new range is spoken');
  await page.getByTestId('pan-earlier').click();
  await eventually(async () => (await range.innerText()) === zoomedIn, { message: 'Earlier moves back' });
  await page.keyboard.press('ArrowLeft');
  await eventually(async () => (await range.innerText()) !== zoomedIn, { message: '← moves earlier' });
  await page.getByTestId('zoom-reset').click();

  // A claim opens its article scrolled to the sentence, flashed.
  const claim = page.locator('[data-testid="timeline-dot"][data-kind="dated_claim"][data-date="2025-04-30"]').first();
  await claim.hover();
  assert.match(await page.getByTestId('timeline-tooltip').innerText(), /\$64B–\$72B/, 'the tooltip shows the amount');
  await claim.click();
  await page.getByTestId('reader').waitFor();
  assert.match(page.url(), /#\/article\/\d+\?at=\d+-\d+$/, 'the claim links to its sentence');
  const flash = page.getByTestId('reader-flash');
  await flash.first().waitFor();
  assert.match(
    (await flash.allInnerTexts()).join(''),
    /^Meta raised its 2025 capital expenditure forecast on Wednesday/,
    'the flashed passage is the claim sentence',
  );
  assert.ok(await flash.first().isVisible(), 'the sentence is scrolled into view');
  assert.deepEqual(app.pageErrors, []);
  assert.deepEqual(
    app.consoleErrors.filter((m) => !m.startsWith('Failed to load resource')),
    [],
    'no console errors, CSP violations included (canvas and style: directives are allowed)',
  );
});

e2e('amount labels never cover a point or one another', async (app) => {
  const { page } = app;
  await page.setViewportSize({ width: 1360, height: 860 });
  await openSampleTimeline(page, app, ['Meta', 'Microsoft', 'Alphabet', 'European Commission']);
  await eventually(async () => Number(await page.getByTestId('timeline-canvas').getAttribute('data-drawn')) > 10, {
    message: 'the canvas draws the items',
  });
  const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  // At the fitted zoom and zoomed in twice: labels give way to points as the chart fills.
  for (const step of ['fit', 'zoomed']) {
    if (step === 'zoomed') {
      await page.getByTestId('zoom-in').click();
      await page.getByTestId('zoom-in').click();
    }
    const frame = await page.evaluate(() => window.__clipline_timeline.last);
    assert.ok(frame.labels.length > 3, `${step}: amounts are labelled (${frame.labels.length})`);
    const chartWidth = await page.getByTestId('timeline-canvas').evaluate((c) => c.clientWidth);
    for (const label of frame.labels) {
      assert.ok(label.x >= 0 && label.x + label.w <= chartWidth, `${step}: label ${JSON.stringify(label)} inside the chart (${chartWidth} px)`);
      const point = frame.points.find((p) => overlaps(label, p));
      assert.equal(point, undefined, `${step}: label ${JSON.stringify(label)} covers point ${JSON.stringify(point)}`);
      const other = frame.labels.find((l) => l !== label && overlaps(label, l));
      assert.equal(other, undefined, `${step}: label ${JSON.stringify(label)} covers label ${JSON.stringify(other)}`);
    }
  }
});

e2e('figures in lanes by source: the amounts of claims in each outlet', async (app) => {
  const { page } = app;
  await openSampleTimeline(page, app, []);
  assert.ok(await page.getByTestId('lane-by-source').isChecked(), 'lanes by source are the default');
  await page.getByTestId('show-figures').check();
  // The lanes bring their claims, not only their publications (which carry no amounts).
  await page.getByTestId('figure-point').first().waitFor();
  assert.equal(await page.getByTestId('figures-empty').count(), 0);
  const series = await page.getByTestId('figures-chart').locator('.series li').allInnerTexts();
  assert.ok(series.length >= 2, `one series per outlet with figures: ${series}`);
  assert.ok(await page.getByTestId('timeline-kind').isDisabled(), 'figures are always claims');
});

e2e('figures mode plots amounts per company, each linked to its sentence', async (app) => {
  const { page } = app;
  await openSampleTimeline(page, app, ['Meta', 'Alphabet']);
  await page.getByTestId('show-figures').check();
  const points = page.getByTestId('figure-point');
  await points.first().waitFor();
  assert.equal(await page.getByTestId('figures-measure').inputValue(), 'USD', 'money is the measure most figures carry');
  const values = await points.evaluateAll((ps) => ps.map((p) => Number(p.dataset.value)));
  assert.ok(values.includes(64e9), 'the $64–72 billion range is plotted');
  // The value axis steps by round amounts (it once read 68.8B, 137.5B, 206.3B).
  const axis = await page.getByTestId('figures-chart').locator('text.tick[text-anchor="end"]').allTextContents();
  assert.ok(axis.length >= 3 && axis.includes('0'), `an axis from zero: ${axis}`);
  const value = (t) => Number(t.replace('−', '-').replace(/[KMBT]$/, '')) * ({ K: 1e3, M: 1e6, B: 1e9, T: 1e12 }[t.slice(-1)] ?? 1);
  const steps = axis.map(value).slice(1).map((v, i) => v - value(axis[i]));
  const step = steps[0];
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  assert.ok([1, 2, 2.5, 5].includes(mantissa) && steps.every((d) => d === step), `even round steps: ${axis}`);
  assert.ok(values.includes(75e9), "Alphabet's $75 billion is plotted");
  // Every point can be seen: a reported figure is a filled dot, an expected one a ring in
  // its lane's colour (the ring once took the background colour and vanished).
  const looks = await page.locator('[data-testid="figure-point"] circle').evaluateAll((cs) =>
    cs.map((c) => ({ expected: c.classList.contains('expected'), fill: getComputedStyle(c).fill, stroke: getComputedStyle(c).stroke })),
  );
  assert.ok(looks.some((l) => l.expected), 'the sample has expected figures');
  for (const l of looks) assert.notEqual(l.fill, l.stroke, `a point is drawn in two colours: ${JSON.stringify(l)}`);
  // A lane added by hand, then a point opened: Back comes back to the same timeline.
  await page.getByTestId('timeline-entity-input').fill('Microsoft');
  await page.getByTestId('timeline-entity-add').click();
  const point = page.locator('[data-testid="figure-point"][data-value="75000000000"]');
  await point.click();
  await page.getByTestId('reader-flash').first().waitFor();
  assert.match((await page.getByTestId('reader-flash').allInnerTexts()).join(''), /\$75 billion/);
  await page.goBack();
  await points.first().waitFor();
  assert.ok(await page.getByTestId('show-figures').isChecked(), 'still in figures mode');
  assert.deepEqual(
    await page.getByTestId('entity-picker').locator('.chips .tag').evaluateAll((ts) => ts.map((t) => t.firstChild.textContent.trim())),
    ['Meta', 'Alphabet', 'Microsoft'],
    'the lanes, the one added by hand included',
  );
});

e2e('a loss is plotted below zero and reads with its minus sign', async (app) => {
  const { page } = app;
  const text = (year, body) => ({ source: { kind: 'text', text: `Northwind results ${year}\n\n${body}` } });
  await rpc(app, 'ArticleClip', text(2024, 'Northwind Logistics made a profit of $2 billion in 2023, the company said.'));
  await rpc(app, 'ArticleClip', text(2025, 'Northwind Logistics posted a loss of -$1.5 billion in 2024, the company said.'));
  await rpc(app, 'EntityAdd', { name: 'Northwind Logistics', kind: 'company' });
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/timeline?entity=${encodeURIComponent('Northwind Logistics')}`);
  await page.getByTestId('show-figures').check();
  const points = page.getByTestId('figure-point');
  await eventually(async () => (await points.count()) === 2, { message: 'both figures are plotted' });
  const placed = await points.evaluateAll((ps) =>
    ps.map((p) => ({ value: Number(p.dataset.value), cy: Number(p.querySelector('circle').getAttribute('cy')), label: p.getAttribute('aria-label') })),
  );
  const loss = placed.find((p) => p.value === -1.5e9);
  const profit = placed.find((p) => p.value === 2e9);
  assert.ok(loss && profit, JSON.stringify(placed));
  const height = Number(await page.getByTestId('figures-chart').locator('svg').getAttribute('height'));
  assert.ok(loss.cy > profit.cy && loss.cy < height, `the loss is below the profit, inside the chart: ${JSON.stringify(placed)}`);
  assert.match(loss.label, /−\$1\.5B/, 'the sign goes before the currency');
  const ticks = await page.getByTestId('figures-chart').locator('text.tick').evaluateAll((ts) => ts.map((t) => t.textContent));
  assert.ok(ticks.some((t) => t.startsWith('-') || t.startsWith('−')), `the axis goes below zero: ${ticks}`);
});

e2e('the timeline of a fresh notebook says how to fill it', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await page.getByTestId('timeline-empty').waitFor();
  await page.getByTestId('lane-by-entity').check();
  assert.match(await page.getByTestId('timeline-empty').innerText(), /Pick a company/);
  // A query lane asks for its query, and a query that cannot run is not "nothing matches".
  await page.getByTestId('lane-by-query').check();
  assert.match(await page.getByTestId('timeline-empty').innerText(), /Write a query/);
  await page.getByTestId('timeline-query').fill('(Meta');
  await page.getByTestId('timeline-query').press('Enter');
  await page.getByTestId('error-banner').waitFor();
  assert.match(await page.getByTestId('error-banner').innerText(), /parenthesis/);
  assert.equal(await page.getByTestId('timeline-empty').count(), 0, 'no empty state beside the error');
});

e2e('an empty lane in a notebook with articles says what it holds, not "clip an article"', async (app) => {
  const { page } = app;
  await openSample(app);
  await rpc(app, 'ThemeSave', { name: 'Zebrafish', query: 'zebrafish' });
  await page.goto(`${app.origin}/#/timeline?theme=Zebrafish`);
  const empty = page.getByTestId('timeline-empty');
  await empty.filter({ hasText: 'Nothing dated in “Zebrafish”' }).waitFor();
  assert.doesNotMatch(await empty.innerText(), /Clip an article/);
  // And the entities page says a filter matches none, not that there are none.
  await page.goto(`${app.origin}/#/entities`);
  await page.getByTestId('entity-row').first().waitFor();
  await page.getByTestId('entity-filter').fill('Prometheus');
  const none = page.getByTestId('entities-empty');
  await none.filter({ hasText: 'No entity matches “Prometheus”' }).waitFor();
  await none.getByRole('button', { name: 'Show them all' }).click();
  await page.getByTestId('entity-row').first().waitFor();
  assert.equal(await page.getByTestId('entity-filter').inputValue(), '');
});

e2e('zooming in with + closes in on the points, not on the empty years a stray old date opens', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  // Six stories of 2025 and one of 2010: Fit spans fifteen years, mostly empty.
  const dates = ['2010-03-02', '2025-01-14', '2025-02-11', '2025-03-18', '2025-04-15', '2025-05-13', '2025-06-10'];
  for (const [i, day] of dates.entries()) {
    await clip(
      page,
      articlePage({
        title: `Harbour board report number ${i + 1} on the northern terminal`,
        published: `${day}T09:00:00Z`,
        url: `https://ledger.example/harbour/${i + 1}`,
        paragraphs: [`The harbour board met on the terminal for the ${i + 1}th time, and the operators asked again about the fees and the berths of the northern quay.`],
      }),
    );
    await page.getByTestId('library-item').nth(i).waitFor();
  }
  await page.goto(`${app.origin}/#/timeline`);
  const dots = page.getByTestId('timeline-dot');
  await eventually(async () => (await dots.count()) === 7, { message: 'the seven stories are drawn' });
  for (let i = 0; i < 4; i++) await page.getByTestId('zoom-in').click();
  const range = await page.getByTestId('timeline-range').innerText();
  const shown = await dots.evaluateAll((ds) => ds.map((d) => d.dataset.date));
  assert.ok(
    shown.filter((d) => d.startsWith('2025')).length >= 4,
    `zoomed in four times (${range}), the 2025 stories are still in view: ${shown}`,
  );
});

e2e('the companies a click away stay offered after the first lane', async (app) => {
  const { page } = app;
  await openSample(app);
  await page.goto(`${app.origin}/#/timeline?lanes=entity`);
  const offered = page.getByTestId('lane-suggest');
  await eventually(async () => (await offered.count()) >= 2, { message: 'companies are offered' });
  const first = (await offered.first().innerText()).replace(/^\+\s*/, '');
  await offered.first().click();
  await page.getByTestId('lane-remove').first().waitFor();
  await eventually(async () => (await offered.count()) >= 1, { message: 'others are still offered' });
  const now = (await offered.allInnerTexts()).map((t) => t.replace(/^\+\s*/, ''));
  assert.ok(!now.includes(first), `${first} has its lane and is not offered again: ${now}`);
  await offered.first().click();
  await eventually(async () => (await page.getByTestId('lane-remove').count()) === 2, { message: 'a second lane in one click' });
});

e2e('theme lanes carry their theme colour', async (app) => {
  const { page } = app;
  await openSample(app);
  // The list of themes (which carries the colours) is held back until the lanes have come,
  // the order in which a slow answer once left the lane without its colour.
  let lanesCame;
  const lanesArrived = new Promise((resolve) => (lanesCame = resolve));
  await page.route('**/api/rpc', async (route) => {
    const cmd = route.request().postDataJSON()?.cmd;
    if (cmd === 'ThemeList') await lanesArrived;
    const response = await route.fetch();
    if (cmd === 'TimelineGet') lanesCame();
    return route.fulfill({ response });
  });
  // The EU theme's colour (#b45309) is not the app's accent, so seeing it proves the lane's own.
  await page.goto(`${app.origin}/#/timeline?theme=${encodeURIComponent('EU child safety rules')}`);
  const lane = page.locator('[data-testid="timeline-lane"][data-lane-label="EU child safety rules"]');
  await lane.waitFor();
  const swatch = page.locator('.lane-label .swatch');
  await swatch.waitFor();
  // The lane's name shows whole, on two lines if it must (it was cut to "EU child safe…").
  const name = page.locator('.lane-label .name');
  assert.equal(await name.innerText(), 'EU child safety rules');
  assert.ok(await name.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1), 'nothing of the name is cut');
  assert.equal(await swatch.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(180, 83, 9)', "the lane shows the theme's colour");
  // The canvas paints the lane's claims in that colour too, at the animation frame after
  // the colour came: the swatch can be seen before that frame.
  const painted = () =>
    page.getByTestId('timeline-canvas').evaluate((canvas) => {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) if (data[i] === 180 && data[i + 1] === 83 && data[i + 2] === 9) return true;
      return false;
    });
  await eventually(painted, { message: 'some pixels carry the theme colour' });
});

e2e('a timeline read in pages of one event shows the same items as one read whole', async (app) => {
  const { page } = app;
  const items = async (query) => {
    await page.goto(`${app.origin}/#/timeline?${query}`);
    await page.getByTestId('timeline-canvas').waitFor();
    await eventually(async () => (await page.getByTestId('timeline-loading-more').count()) === 0, {
      message: 'every page has arrived',
    });
    return page.getByTestId('timeline-dot').evaluateAll((dots) => dots.map((d) => d.getAttribute('aria-label')));
  };
  await openSample(app);
  const whole = await items('entity=Meta&entity=Microsoft');
  assert.ok(whole.length > 5, 'the lanes hold items');
  const paged = await items('entity=Meta&entity=Microsoft&page=1');
  assert.deepEqual(paged, whole, 'pages of one event join into the same items, a story folded once');
  const foot = await page.getByTestId('timeline-foot').innerText();
  assert.match(foot, new RegExp(`^${whole.length} dated items`), 'the foot counts every item');
});

e2e('a zoom made while later pages arrive stays, though they add lanes', async (app) => {
  const { page } = app;
  await trackRpc(page);
  await openSample(app);
  // Pages of one event: the outlets' lanes come one page at a time. The second page waits.
  const held = await holdNext(page, 'TimelineGet', { skip: 1 });
  await page.evaluate(() => (location.hash = '#/timeline?page=1'));
  await page.getByTestId('timeline-canvas').waitFor();
  await held.asked;
  const range = page.getByTestId('timeline-range');
  const fitted = await range.innerText();
  await page.getByTestId('zoom-in').click();
  await page.getByTestId('zoom-in').click();
  await eventually(async () => (await range.innerText()) !== fitted, { message: 'zooming changes the range' });
  const zoomed = await range.innerText();
  await held.release();
  await eventually(async () => (await page.getByTestId('timeline-loading-more').count()) === 0, {
    message: 'every page has arrived',
  });
  assert.equal(await page.getByTestId('timeline-lane').count(), 3, 'the later pages added the other outlets');
  assert.equal(await range.innerText(), zoomed, 'the zoom stays');
  // Another request fits the chart afresh.
  await page.getByTestId('lane-by-tag').check({ force: true });
  await eventually(async () => (await range.innerText()) !== zoomed, { message: 'a new request fits again' });
});

// Lanes by source in a notebook of many outlets: the chart draws the 40 largest (a canvas
// for hundreds of lanes is more than the browser draws: it showed nothing) and says how
// many it left out.
e2e('a timeline of more lanes than the chart holds draws the largest and says so', async (app) => {
  const { page } = app;
  const outlets = 45;
  for (let i = 0; i < outlets; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    await rpc(app, 'ArticleClip', {
      source: {
        kind: 'html',
        html: articlePage({
          title: `Port authority report number ${i + 1}`,
          site: `Harbour Gazette ${i + 1}`,
          published: `2025-03-${day}T09:00:00Z`,
          url: `https://gazette${i + 1}.example/report`,
          paragraphs: [`The port authority of town ${i + 1} said on Monday that cargo volumes rose in February, after a slow January, and that it expects more ships in the spring.`],
        }),
      },
    });
  }
  // The first outlet has a second article: it is among the largest lanes whatever the order.
  await rpc(app, 'ArticleClip', {
    source: {
      kind: 'html',
      html: articlePage({
        title: 'Second report from the first harbour',
        site: 'Harbour Gazette 1',
        published: '2025-04-02T09:00:00Z',
        url: 'https://gazette1.example/second',
        paragraphs: ['The port authority said on Tuesday that it would widen the channel next year, after a survey of the harbour floor.'],
      }),
    },
  });
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/timeline?lanes=source`);
  await page.getByTestId('timeline-canvas').waitFor();
  const labels = await page.getByTestId('timeline-lane').evaluateAll((ls) => ls.map((l) => l.dataset.laneLabel));
  assert.equal(labels.length, 40, 'forty lanes drawn');
  assert.ok(labels.includes('Harbour Gazette 1'), 'the largest lane is among them');
  assert.match(await page.getByTestId('timeline-lanes-cut').innerText(), /The 40 largest of 45 lanes are drawn/);
  const height = await page.getByTestId('timeline-canvas').evaluate((c) => c.height / (window.devicePixelRatio || 1));
  assert.ok(height < 40 * 60 + 100, `the canvas is as tall as the lanes drawn (${height} px)`);
});
