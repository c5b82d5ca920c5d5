/**
 * The demo page: paste or pick an article, set its date, and see thoisu's result as you type.
 * Everything runs in the page (the library is bundled in); nothing is sent anywhere.
 */
import { extract, renderHtml, VERSION, DATA_VERSION } from "../../src/index.js";
import { ARTICLES } from "./articles.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const picker = $<HTMLSelectElement>("article");
const dateInput = $<HTMLInputElement>("date");
const textArea = $<HTMLTextAreaElement>("text");
const output = $<HTMLDivElement>("output");
const holdsPane = $<HTMLDivElement>("holds");
const status = $<HTMLSpanElement>("status");

const DEBOUNCE_MS = 150;
const ms = (t: number) => (t < 10 ? t.toFixed(1) : t.toFixed(0));

function run(): void {
  const text = textArea.value;
  const date = dateInput.value || undefined;
  try {
    const t0 = performance.now();
    const result = extract(text, { date });
    const t1 = performance.now();
    // renderHtml escapes every character of the text: assigning its output is safe whatever was typed.
    output.innerHTML = renderHtml(result, { fragment: true });
    // The who-holds-what table goes to its own pane, beside the text (its styles are scoped by .thoisu).
    const wrap = document.createElement("div");
    wrap.className = "thoisu";
    const holds = output.querySelector(".ts-holds");
    if (holds) wrap.append(holds);
    holdsPane.replaceChildren(wrap);
    const t2 = performance.now();
    status.textContent = `${text.length.toLocaleString("en")} characters · ${result.entities.length} entities, ${result.relations.length} HOLDS · extract ${ms(t1 - t0)} ms · render ${ms(t2 - t1)} ms`;
    status.classList.remove("error");
  } catch (e) {
    output.textContent = "";
    holdsPane.textContent = "";
    status.textContent = `error: ${(e as Error).message}`;
    status.classList.add("error");
  }
  // Lets tests (and curious users) see which input the output shows.
  output.dataset.length = String(text.length);
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
}

for (const [k, a] of ARTICLES.entries()) picker.add(new Option(`${a.id} · ${a.title} (${a.date})`, String(k)));
picker.add(new Option("Your own text", "own"));

function pick(): void {
  const a = ARTICLES[Number(picker.value)];
  if (!a) return;
  textArea.value = a.text;
  dateInput.value = a.date;
  run();
}

picker.addEventListener("change", pick);
textArea.addEventListener("input", () => {
  if (picker.value !== "own") picker.value = "own";
  schedule();
});
dateInput.addEventListener("input", run);
$<HTMLSpanElement>("version").textContent = `thoisu ${VERSION} · data ${DATA_VERSION}`;
pick();
