import { browser } from 'wxt/browser';
import { localizePage, t } from '../../src/i18n';
import { sendToBackground } from '../../src/messaging/bus';
import { ALL_SITES, CATEGORIES, originsFor, withDefault, withSite, withoutSite, type Settings, type Theme } from '../../src/settings/sites';
import { loadSettings, onSettingsChanged, saveSettings } from '../../src/settings/store';

const defaultOn = document.getElementById('default-on') as HTMLInputElement;
const table = document.getElementById('sites') as HTMLTableElement;
const empty = document.getElementById('sites-empty') as HTMLElement;
const allStatus = document.getElementById('all-status') as HTMLElement;

async function hasAccess(site: string): Promise<boolean> {
  return browser.permissions.contains({ origins: originsFor(site) }).catch(() => false);
}

async function update(change: (s: Settings) => Settings): Promise<void> {
  await saveSettings(change(await loadSettings()));
}

function siteRow(site: string, on: boolean, access: boolean): HTMLTableRowElement {
  const row = document.createElement('tr');
  const name = document.createElement('td');
  name.textContent = site;
  const stateCell = document.createElement('td');
  const select = document.createElement('select');
  select.setAttribute('aria-label', t('optionsSiteState', site));
  for (const [value, label] of [['on', t('optionsOn')], ['off', t('optionsOff')]] as const) {
    const opt = document.createElement('option');
    opt.value = value;
    opt.textContent = label;
    select.append(opt);
  }
  select.value = on ? 'on' : 'off';
  select.addEventListener('change', () => {
    const next = select.value === 'on';
    // Turning a site on needs its host access, asked for inside this user action.
    const ask = next ? browser.permissions.request({ origins: originsFor(site) }) : Promise.resolve(true);
    void ask.then(async (ok) => {
      if (!ok) { select.value = 'off'; return; }
      await update((s) => withSite(s, site, next));
      await sendToBackground('syncRegistration', {}).catch(() => undefined);
    }, () => { select.value = 'off'; });
  });
  stateCell.append(select);
  const accessCell = document.createElement('td');
  accessCell.textContent = access ? t('optionsGranted') : t('optionsNotGranted');
  const removeCell = document.createElement('td');
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = t('optionsColRemove');
  remove.setAttribute('aria-label', t('optionsRemoveSite', site));
  remove.addEventListener('click', () => {
    void (async () => {
      await browser.permissions.remove({ origins: originsFor(site) }).catch(() => false);
      await update((s) => withoutSite(s, site));
      await sendToBackground('syncRegistration', {}).catch(() => undefined);
    })();
  });
  removeCell.append(remove);
  row.append(name, stateCell, accessCell, removeCell);
  return row;
}

async function render(settings: Settings): Promise<void> {
  defaultOn.checked = settings.enabledByDefault;
  for (const c of CATEGORIES) (document.getElementById(`show-${c}`) as HTMLInputElement).checked = settings.show[c];
  (document.getElementById(`theme-${settings.theme}`) as HTMLInputElement).checked = true;
  document.body.classList.toggle('theme-high-contrast', settings.theme === 'high-contrast');
  const sites = Object.keys(settings.sites).sort();
  const rows = await Promise.all(sites.map(async (site) => siteRow(site, settings.sites[site], await hasAccess(site))));
  table.tBodies[0].replaceChildren(...rows);
  table.hidden = sites.length === 0;
  empty.hidden = sites.length > 0;
  const all = await browser.permissions.contains({ origins: ALL_SITES }).catch(() => false);
  allStatus.textContent = all ? t('optionsAllGranted') : t('optionsSomeGranted');
}

localizePage(document);
defaultOn.addEventListener('change', () => void update((s) => withDefault(s, defaultOn.checked)));
for (const c of CATEGORIES) {
  const box = document.getElementById(`show-${c}`) as HTMLInputElement;
  box.addEventListener('change', () => void update((s) => ({ ...s, show: { ...s.show, [c]: box.checked } })));
}
for (const radio of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="theme"]'))) {
  radio.addEventListener('change', () => { if (radio.checked) void update((s) => ({ ...s, theme: radio.value as Theme })); });
}
document.getElementById('grant-all')?.addEventListener('click', () => {
  void browser.permissions.request({ origins: ALL_SITES }).then(async (ok) => {
    allStatus.textContent = ok ? t('optionsAllGranted') : t('optionsAllRefused');
    await sendToBackground('syncRegistration', {}).catch(() => undefined);
  }, () => { allStatus.textContent = t('optionsAllRefused'); });
});
document.getElementById('revoke-all')?.addEventListener('click', () => {
  void browser.permissions.remove({ origins: ALL_SITES }).then(async () => {
    await sendToBackground('syncRegistration', {}).catch(() => undefined);
    await render(await loadSettings());
  });
});

onSettingsChanged((s) => void render(s));
void loadSettings().then(render);
