/** The CLI's only window on the process: commands write through this, so tests can capture it. */
export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  lang(): 'zh' | 'en';
  setExitCode(n: number): void;
}
