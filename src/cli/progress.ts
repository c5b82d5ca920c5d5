/** A progress bar on stderr (cli-progress) when stderr is a terminal; silent otherwise. */
import cliProgress from "cli-progress";

export interface Progress {
  /** Documents done (a batch of them, or one), their characters and input bytes. */
  advance(characters: number, bytes: number, documents?: number): void;
  /** Writes a message to stderr above the bar. */
  log(message: string): void;
  stop(): void;
}

export function createProgress(enabled: boolean, totalBytes: number | null): Progress {
  if (!enabled) return { advance() {}, log: (m) => void process.stderr.write(m), stop() {} };
  const started = Date.now();
  let docs = 0, chars = 0;
  const bars = new cliProgress.MultiBar({
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 50,
    // cli-progress cuts a line at the terminal's width (80 columns when unknown): the bar gives up
    // what the figures need (~70 columns on a large corpus), between 10 and 40 characters.
    barsize: Math.max(10, Math.min(40, (process.stderr.columns || 80) - 70)),
    format: totalBytes
      ? "{bar} {percentage}% | {docs} documents | {chars} characters | {rate} chars/s | ETA {eta_formatted}"
      : "{docs} documents | {chars} characters | {rate} chars/s",
  }, cliProgress.Presets.shades_classic);
  // Progress is counted in input bytes (known in advance for files), shown as documents and characters.
  const bar = bars.create(totalBytes ?? 0, 0, { docs: 0, chars: "0", rate: "0" });
  let bytes = 0;
  let stopped = false;
  return {
    advance(c, b, documents = 1) {
      docs += documents;
      chars += c;
      bytes += b;
      const secs = Math.max(0.001, (Date.now() - started) / 1000);
      bar.update(bytes, { docs, chars: chars.toLocaleString("en"), rate: Math.round(chars / secs).toLocaleString("en") });
    },
    log: (m) => bars.log(m),
    stop() {
      if (stopped) return;
      stopped = true;
      bars.stop();
    },
  };
}
