// Clipline's background worker: right-click "Clip page to Clipline" or "Clip selection to
// Clipline"; the result shows on the toolbar button (✓ or !) and in its tooltip.
import { clipTab } from './clip.js';

const api = globalThis.browser ?? globalThis.chrome;

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.create({ id: 'clip-page', title: 'Clip page to Clipline', contexts: ['page'] });
  api.contextMenus.create({ id: 'clip-selection', title: 'Clip selection to Clipline', contexts: ['selection'] });
});

api.contextMenus.onClicked.addListener(async (info, tab) => {
  if (!tab?.id) return;
  const result = await clipTab(tab.id, { selectionOnly: info.menuItemId === 'clip-selection' });
  await api.action.setBadgeText({ tabId: tab.id, text: result.ok ? '✓' : '!' });
  await api.action.setTitle({ tabId: tab.id, title: result.message });
});

// The popup and tests reach the same code through the worker's global scope.
globalThis.clipTab = clipTab;
