/**
 * Where an analysis becomes part of the private record: the background calls this with each report it answers.
 * Nothing happens unless the reader turned the record on.
 */
import type { Report } from '../engine/types';
import { recordOf } from './record';
import { addRecord, isRecording } from './store';

export async function recordAnalysis(report: Report, tab: { url?: string; title?: string } | undefined, now = new Date()): Promise<void> {
  if (!(await isRecording())) return;
  const record = recordOf(report, { url: report.url ?? tab?.url, title: tab?.title, date: now });
  if (record) await addRecord(record);
}
