/** A pool worker of the CLI (`--jobs N`): loads the library once, then processes batches of lines. */
import { processWork, type BatchOutput, type Settings, type Work } from "./process.js";

export default function work({ work, settings }: { work: Work; settings: Settings }): BatchOutput {
  return processWork(work, settings);
}
