/** The readable who-said-what listing of the `analyze` command. */
import type { Report } from '../engine/types';
import { englishText } from '../messages';
import { anonymityNotes, displayText, groupBySource, reasonLine, summarizeReport, summaryLine } from '../report/group';

const MAX_QUOTE = 220;

function clip(text: string): string {
  const t = displayText(text);
  return t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1)}…` : t;
}

/** Control characters and bidi overrides from hostile pages are shown escaped, never sent to the terminal raw. */
export function safeForTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function formatReport(report: Report, label: string): string {
  const lines: string[] = [];
  const summary = summarizeReport(report);
  lines.push(`Who said what — ${label}`);
  lines.push(summaryLine(summary, englishText));
  const reasons = reasonLine(summary, englishText);
  if (reasons) lines.push(reasons);
  if (report.truncated) lines.push('(the article was longer than the analysis cap; only its beginning was analysed)');
  if (report.quotes.length === 0) {
    lines.push('', 'No quotes or reported speech found.');
  }
  for (const group of groupBySource(report)) {
    const s = group.source;
    const heading = s ? `${s.name}${s.anonymous ? '  [anonymous]' : ''}  (${s.kind})` : 'Speaker not identified';
    lines.push('', heading);
    if (s && s.mentions.length > 1) lines.push(`  also written as: ${s.mentions.filter((m) => m !== s.name).map((m) => `“${displayText(m)}”`).join(', ')}`);
    if (s) for (const note of anonymityNotes(s, englishText)) lines.push(`  ${note}`);
    for (const q of group.quotes) {
      const mark = q.kind === 'direct' ? 'said' : 'reported';
      lines.push(`  - ${mark}: “${clip(q.text)}”${q.cue ? `  (${displayText(q.cue)})` : ''}`);
    }
  }
  if (report.anonymousMentions.length) {
    lines.push('', `Anonymous-source phrasing (${report.anonymousMentions.length}):`);
    lines.push(`  ${report.anonymousMentions.map((m) => `“${displayText(m.text)}”`).join(', ')}`);
  }
  return safeForTerminal(lines.join('\n'));
}
