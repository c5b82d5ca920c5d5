/** Views of a result: HTML (with a notebook display) and who-holds-what. @module */
export { renderHtml, toDisplay, escapeHtml, renderBody, htmlDocumentStart, htmlDocumentEnd, HTML_CSS } from "./html.js";
export type { RenderHtmlOptions, HtmlDisplay } from "./html.js";
export { holdings } from "./holdings.js";
export type { Holder, HeldRole } from "./holdings.js";
