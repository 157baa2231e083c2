// Copy a text the page shows (an export, the address to pair a browser with) to the
// clipboard. The clipboard may be out of reach (an old webview, a refused permission): then
// the field showing the text is selected for Ctrl+C, and the line says so instead of the
// button doing nothing.

/** Copy `text`, or select `field`; the sentence to show beside the button. */
export async function copyOrSelect(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<string> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'Copied.';
  } catch {
    field?.focus();
    field?.select();
    return 'Selected: press Ctrl+C to copy.';
  }
}
