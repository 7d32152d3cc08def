import { mountSourcesPage } from '../../src/history/view/page';
import { localizePage } from '../../src/i18n';
import { loadSettings } from '../../src/settings/store';

localizePage(document);
void loadSettings().then((s) => document.body.classList.toggle('theme-high-contrast', s.theme === 'high-contrast'));
mountSourcesPage(document);
