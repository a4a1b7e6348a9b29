// The dashboard's browser check, run by tests/Services.Gateway.Tests (DashboardBrowserTests): opens the page in headless
// Chromium (Debian's, driven by playwright-core), waits until every plot is drawn, saves a full-page screenshot and
// prints what it saw as one JSON line: each plot's data points, page errors, and requests that left the gateway.
// Usage: node test/screenshot.mjs <dashboard url> <screenshot path> <chromium executable>
import { chromium } from "playwright-core";

const [url, screenshot, executablePath] = process.argv.slice(2);
const origin = new URL(url).origin;
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  const external = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("request", (r) => { if (!r.url().startsWith(origin)) external.push(r.url()); });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.dashboard && window.dashboard.ready, null, { timeout: 30000 });
  const seen = await page.evaluate(() => ({
    error: window.dashboard.error,
    points: window.dashboard.points,
    canvases: [...document.querySelectorAll("section.chart")].map((s) => ({ chart: s.dataset.chart, points: Number(s.dataset.points ?? 0) })),
    stats: document.getElementById("stats").innerText,
    title: document.title,
  }));
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(JSON.stringify({ ...seen, errors, external }));
} finally {
  await browser.close();
}
