import { browser } from 'wxt/browser';
import { forgetSite, setAllSites, switchMessage, switchSite, type SwitchResult } from '../../src/extension/site-switch';
import { wireRecordingSwitch } from '../../src/history/view/switch';
import { localizePage, t } from '../../src/i18n';
import { ALL_SITES, CATEGORIES, isEnabledFor, siteKey, THEMES, withDefault, type Settings, type Theme } from '../../src/settings/sites';
import { loadSettings, onSettingsChanged, saveSettings } from '../../src/settings/store';

const defaultOn = document.getElementById('default-on') as HTMLInputElement;
const table = document.getElementById('sites') as HTMLTableElement;
const empty = document.getElementById('sites-empty') as HTMLElement;
const sitesStatus = document.getElementById('sites-status') as HTMLElement;
const allStatus = document.getElementById('all-status') as HTMLElement;
const shortcuts = document.getElementById('shortcuts') as HTMLElement;

async function update(change: (s: Settings) => Settings): Promise<void> {
  await saveSettings(change(await loadSettings()));
}

/** Hosts the reader granted one by one (`*://host/*`, `*://*.host/*`); "all sites" grants name no host. */
async function grantedSites(): Promise<Set<string>> {
  const { origins = [] } = await browser.permissions.getAll();
  const sites = new Set<string>();
  for (const origin of origins) {
    const host = /^(?:\*|https?):\/\/(?:\*\.)?([^/*]+)\/\*$/u.exec(origin)?.[1];
    if (host) sites.add(siteKey(host));
  }
  return sites;
}

function report(status: HTMLElement, result: SwitchResult): void {
  status.textContent = result.ok ? '' : switchMessage(result, t);
}

function siteRow(site: string, settings: Settings, access: boolean): HTMLTableRowElement {
  const row = document.createElement('tr');
  const name = document.createElement('td');
  name.textContent = site;
  const stateCell = document.createElement('td');
  const select = document.createElement('select');
  select.setAttribute('aria-label', t('optionsSiteState', site));
  const own = typeof settings.sites[site] === 'boolean';
  const on = isEnabledFor(settings, site);
  // A granted site without its own setting follows the default, and says so.
  const options = own
    ? [['on', t('optionsOn')], ['off', t('optionsOff')]]
    : [['default', t('optionsSiteDefault', on ? t('optionsOn') : t('optionsOff'))], ['on', t('optionsOn')], ['off', t('optionsOff')]];
  for (const [value, label] of options) {
    const opt = document.createElement('option');
    opt.value = value;
    opt.textContent = label;
    select.append(opt);
  }
  select.value = own ? (on ? 'on' : 'off') : 'default';
  select.addEventListener('change', () => {
    if (select.value === 'default') return;
    // Synchronously, inside the reader's choice: switching on asks for the site's access first.
    void switchSite(site, select.value === 'on').then((result) => {
      report(sitesStatus, result);
      void loadSettings().then(render);
    });
  });
  stateCell.append(select);
  const accessCell = document.createElement('td');
  accessCell.textContent = access ? t('optionsGranted') : t('optionsNotGranted');
  const removeCell = document.createElement('td');
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = t('optionsColRemove');
  remove.setAttribute('aria-label', t('optionsRemoveSite', site));
  remove.addEventListener('click', () => void forgetSite(site).then((result) => report(sitesStatus, result)));
  removeCell.append(remove);
  row.append(name, stateCell, accessCell, removeCell);
  return row;
}

let rendering = 0;

async function render(settings: Settings): Promise<void> {
  const turn = ++rendering;
  defaultOn.checked = settings.enabledByDefault;
  for (const c of CATEGORIES) (document.getElementById(`show-${c}`) as HTMLInputElement).checked = settings.show[c];
  (document.getElementById(`theme-${settings.theme}`) as HTMLInputElement).checked = true;
  document.body.classList.toggle('theme-high-contrast', settings.theme === 'high-contrast');
  const granted = await grantedSites().catch(() => new Set<string>());
  const all = await browser.permissions.contains({ origins: ALL_SITES }).catch(() => false);
  if (turn !== rendering) return; // a newer render is under way
  // Every site with its own setting, and every site granted access (switched on from the popup or a shortcut).
  const sites = [...new Set([...Object.keys(settings.sites), ...granted])].sort();
  table.tBodies[0].replaceChildren(...sites.map((site) => siteRow(site, settings, all || granted.has(site))));
  table.hidden = sites.length === 0;
  empty.hidden = sites.length > 0;
  allStatus.textContent = all ? t('optionsAllGranted') : t('optionsSomeGranted');
}

/** Each command with the key the browser gave it, or "not set" (a browser drops a suggested key it uses itself). */
async function renderShortcuts(): Promise<void> {
  const commands = await browser.commands.getAll().catch(() => []);
  shortcuts.replaceChildren(...commands.filter((c) => c.name && c.description).flatMap((c) => {
    const term = document.createElement('dt');
    term.textContent = c.description ?? '';
    const key = document.createElement('dd');
    key.dataset.command = c.name;
    if (c.shortcut) {
      const kbd = document.createElement('kbd');
      kbd.textContent = c.shortcut;
      key.append(kbd);
    } else {
      key.textContent = t('optionsShortcutUnset');
    }
    return [term, key];
  }));
}

localizePage(document);
defaultOn.addEventListener('change', () => void update((s) => withDefault(s, defaultOn.checked)));
for (const c of CATEGORIES) {
  const box = document.getElementById(`show-${c}`) as HTMLInputElement;
  box.addEventListener('change', () => void update((s) => ({ ...s, show: { ...s.show, [c]: box.checked } })));
}
for (const radio of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="theme"]'))) {
  radio.addEventListener('change', () => {
    const theme = THEMES.find((x): x is Theme => x === radio.value);
    if (radio.checked && theme) void update((s) => ({ ...s, theme }));
  });
}
document.getElementById('grant-all')?.addEventListener('click', () => {
  void setAllSites(true).then((result) => { allStatus.textContent = result.ok ? t('optionsAllGranted') : switchMessage(result, t); });
});
document.getElementById('revoke-all')?.addEventListener('click', () => {
  void setAllSites(false).then(async (result) => {
    await render(await loadSettings());
    if (!result.ok) allStatus.textContent = switchMessage(result, t);
  });
});

onSettingsChanged((s) => void render(s));
// Access granted or removed elsewhere (the popup, a shortcut, the browser's own settings) shows here at once.
const rerender = (): void => void loadSettings().then(render);
browser.permissions.onAdded.addListener(rerender);
browser.permissions.onRemoved.addListener(rerender);
void loadSettings().then(render);
void renderShortcuts();
// "Keep a private record of sourcing" (src/history/).
wireRecordingSwitch(document.getElementById('recording') as HTMLInputElement);
