import { browser } from 'wxt/browser';
import { sendToBackground } from '../../src/messaging/bus';
import { ALL_SITES, originsFor, withDefault, withSite, withoutSite, type Settings } from '../../src/settings/sites';
import { loadSettings, onSettingsChanged, saveSettings } from '../../src/settings/store';

const defaultOn = document.getElementById('default-on') as HTMLInputElement;
const table = document.getElementById('sites') as HTMLTableElement;
const empty = document.getElementById('sites-empty') as HTMLElement;
const allStatus = document.getElementById('all-status') as HTMLElement;

async function hasAccess(site: string): Promise<boolean> {
  return browser.permissions.contains({ origins: originsFor(site) }).catch(() => false);
}

async function render(settings: Settings): Promise<void> {
  defaultOn.checked = settings.enabledByDefault;
  const body = table.tBodies[0];
  body.replaceChildren();
  const sites = Object.keys(settings.sites).sort();
  table.hidden = sites.length === 0;
  empty.hidden = sites.length > 0;
  for (const site of sites) {
    const row = document.createElement('tr');
    const name = document.createElement('td');
    name.textContent = site;
    const stateCell = document.createElement('td');
    const select = document.createElement('select');
    select.setAttribute('aria-label', `Highlighting on ${site}`);
    for (const [value, label] of [['on', 'On'], ['off', 'Off']] as const) {
      const opt = document.createElement('option');
      opt.value = value;
      opt.textContent = label;
      select.append(opt);
    }
    select.value = settings.sites[site] ? 'on' : 'off';
    select.addEventListener('change', () => {
      const on = select.value === 'on';
      // Turning a site on needs its host access, asked for inside this user action.
      const ask = on ? browser.permissions.request({ origins: originsFor(site) }) : Promise.resolve(true);
      void ask.then(async (ok) => {
        if (!ok) { select.value = 'off'; return; }
        await saveSettings(withSite(await loadSettings(), site, on));
        await sendToBackground('syncRegistration', {}).catch(() => undefined);
      });
    });
    stateCell.append(select);
    const access = document.createElement('td');
    access.textContent = (await hasAccess(site)) ? 'granted' : 'not granted';
    const removeCell = document.createElement('td');
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', `Remove ${site}`);
    remove.addEventListener('click', () => {
      void (async () => {
        await browser.permissions.remove({ origins: originsFor(site) }).catch(() => false);
        await saveSettings(withoutSite(await loadSettings(), site));
        await sendToBackground('syncRegistration', {}).catch(() => undefined);
      })();
    });
    removeCell.append(remove);
    row.append(name, stateCell, access, removeCell);
    body.append(row);
  }
  const all = await browser.permissions.contains({ origins: ALL_SITES }).catch(() => false);
  allStatus.textContent = all ? 'Sourcelight may run on every site.' : 'Sourcelight runs only on the sites you granted.';
}

defaultOn.addEventListener('change', () => {
  void (async () => saveSettings(withDefault(await loadSettings(), defaultOn.checked)))();
});
document.getElementById('grant-all')?.addEventListener('click', () => {
  void browser.permissions.request({ origins: ALL_SITES }).then(async (ok) => {
    allStatus.textContent = ok ? 'Sourcelight may run on every site.' : 'Access to all sites was not granted.';
    await sendToBackground('syncRegistration', {}).catch(() => undefined);
  });
});
document.getElementById('revoke-all')?.addEventListener('click', () => {
  void browser.permissions.remove({ origins: ALL_SITES }).then(async () => {
    await sendToBackground('syncRegistration', {}).catch(() => undefined);
    await render(await loadSettings());
  });
});

onSettingsChanged((s) => void render(s));
void loadSettings().then(render);
