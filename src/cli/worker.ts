/** A pool worker of the CLI (`--jobs N`): loads the library once, then processes tasks. */
import { processTask, type Output, type Settings, type Task } from "./process.js";

export default function work({ task, settings }: { task: Task; settings: Settings }): Output {
  return processTask(task, settings);
}
