/** The "Keep a private record of sourcing" switch, on the options page and the Sources page alike. */
import { browser } from 'wxt/browser';
import { isRecording, RECORDING_KEY, setRecording } from '../store';

/** Keep `input` in step with the stored choice, both ways; returns a function that stops listening. */
export function wireRecordingSwitch(input: HTMLInputElement, onChange?: (on: boolean) => void): () => void {
  const show = (on: boolean): void => {
    input.checked = on;
    onChange?.(on);
  };
  void isRecording().then(show);
  input.addEventListener('change', () => void setRecording(input.checked).then(() => onChange?.(input.checked)));
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && RECORDING_KEY in changes) show(changes[RECORDING_KEY].newValue === true);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
