export interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
}
export interface Allowance {
  check: string;
  file: string;
  reason: string;
}
export function parseCsv(text: string): string[][];
export function findingsFromReport(csv: string): Finding[];
export function judgeFindings(
  findings: Finding[],
  allowances: Allowance[],
): { unjustified: Finding[]; stale: Allowance[] };
