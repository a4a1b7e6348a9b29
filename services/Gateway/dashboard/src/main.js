// The gateway's dashboard: reads /v1 of the gateway that serves it and draws the burn-and-mint economy with Chart.js.
// Amounts arrive as integer strings of base units with their decimals; they become numbers only for drawing.
import { Chart, registerables } from "chart.js";

Chart.register(...registerables);
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;

const colours = ["#2f6fde", "#e0793a", "#3aa676", "#b04ad6", "#d6453d", "#8a8f99"];
const state = { charts: {}, priceSamples: [], ready: false, error: null, points: {} };
window.dashboard = state;

async function api(path) {
  const response = await fetch(path, { headers: { accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(`${path}: ${body.detail || body.title || response.status}`);
  return body;
}

const units = (amount) => (amount == null ? null : Number(amount.amount) / 10 ** amount.decimals);
const format = (amount) => (amount == null ? "–" : Number(amount.display).toLocaleString("en-US", { maximumFractionDigits: 2 }));

function draw(name, config) {
  state.charts[name]?.destroy();
  const canvas = document.getElementById(`chart-${name}`);
  canvas.parentElement.style.height = "360px";
  state.charts[name] = new Chart(canvas, config);
  const points = config.data.datasets.reduce((sum, d) => sum + d.data.filter((p) => p != null && (typeof p !== "object" || p.y != null)).length, 0);
  state.points[name] = points;
  canvas.parentElement.dataset.points = String(points);
}

/** Burns between closes from the smoothed burn s (= re-emission below the cap): s_e = floor((6·s_{e−1} + b_e) / 7). */
function derivedBurns(epochs, firstEpoch, cap) {
  return epochs.map((e, i) => {
    const previous = i > 0 ? epochs[i - 1] : e.epoch === firstEpoch ? { reEmission: { amount: "0" } } : null;
    if (!previous || !previous.reEmission || !e.reEmission) return null;
    const s = BigInt(e.reEmission.amount), before = BigInt(previous.reEmission.amount);
    if (s >= cap || before >= cap) return null;
    const burned = 7n * s - 6n * before;   // the floor leaves b in [7s − 6s′, 7s − 6s′ + 6]: never below 0
    return Number(burned < 0n ? 0n : burned) / 1e8;
  });
}

function stats(economy, price, subDaos) {
  const items = [
    ["Epoch", String(economy.currentEpoch)],
    ["HNT supply", format(economy.hntSupply)],
    ["HNT burned", format(economy.hntBurned)],
    ["HNT max supply", format(economy.hntMaxSupply)],
    ["Price (USD)", price.price ? format(price.price) : "no quorum"],
    ["Quorum", `${price.quorum.fresh} of ${price.quorum.oracles} fresh (${price.quorum.needed} needed)`],
    ...subDaos.map((s) => [`${s.symbol} treasury (HNT)`, format(s.treasuryHnt)]),
  ];
  document.getElementById("stats").innerHTML = items.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join("");
}

function drawEpochs(economy, epochs) {
  const closed = epochs.filter((e) => e.closed);
  draw("supply", {
    data: {
      labels: closed.map((e) => e.epoch),
      datasets: [
        { type: "bar", label: "HNT issued", data: closed.map((e) => units(e.issued)), backgroundColor: colours[0] },
        { type: "bar", label: "HNT burned (derived)", data: derivedBurns(closed, economy.firstEpoch, BigInt(economy.netEmissionsCap.amount)), backgroundColor: colours[1] },
        { type: "line", label: "HNT minted by emissions (cumulative)", data: closed.map((e) => units(e.issuedCumulative)), borderColor: colours[2], yAxisID: "total" },
      ],
    },
    options: { scales: { x: { title: { display: true, text: "epoch" } }, y: { title: { display: true, text: "HNT per epoch" } }, total: { position: "right", title: { display: true, text: "HNT" } } } },
  });
}

function drawSubDaos(subDaos, details) {
  const epochs = [...new Set(details.flatMap((d) => d.epochs.map((e) => e.epoch)))].sort((a, b) => a - b);
  const series = (pick) => details.map((d, i) => ({
    label: d.subDao.symbol,
    data: epochs.map((epoch) => { const e = d.epochs.find((x) => x.epoch === epoch); return e ? pick(e) : null; }),
    backgroundColor: colours[i % colours.length], borderColor: colours[i % colours.length],
  }));
  draw("dc", { type: "bar", data: { labels: epochs, datasets: series((e) => units(e.dcBurned)) },
    options: { scales: { y: { title: { display: true, text: "DC" } } } } });
  draw("utility", { type: "bar", data: { labels: epochs, datasets: series((e) => e.utilityShareBps / 100) },
    options: { scales: { x: { stacked: true }, y: { stacked: true, max: 100, title: { display: true, text: "% of the epoch's HNT" } } } } });
  const cumulative = details.map((d, i) => {
    let sum = 0;
    return {
      label: `${d.subDao.symbol} (holds ${format(subDaos.find((s) => s.id === d.subDao.id).treasuryHnt)} HNT)`,
      data: epochs.map((epoch) => { const e = d.epochs.find((x) => x.epoch === epoch); if (e) sum += units(e.hntToTreasury); return sum; }),
      borderColor: colours[i % colours.length], backgroundColor: colours[i % colours.length],
    };
  });
  draw("treasury", { type: "line", data: { labels: epochs, datasets: cumulative }, options: { scales: { y: { title: { display: true, text: "HNT" } } } } });
}

function drawPrice(price) {
  if (price.price) state.priceSamples.push({ x: price.chainTimeMs, y: units(price.price), fresh: price.quorum.fresh });
  const time = (v) => new Date(v).toISOString().slice(11, 19);
  draw("price", {
    type: "scatter",
    data: {
      datasets: [
        { label: "oracle submissions", data: price.oracles.filter((o) => o.price).map((o) => ({ x: o.timestampMs, y: units(o.price) })), backgroundColor: colours[0] },
        { label: "median (sampled)", type: "line", data: state.priceSamples.map((s) => ({ x: s.x, y: s.y })), borderColor: colours[1], backgroundColor: colours[1] },
        { label: "fresh oracles (sampled)", type: "line", data: state.priceSamples.map((s) => ({ x: s.x, y: s.fresh })), borderColor: colours[2], backgroundColor: colours[2], yAxisID: "quorum", stepped: true },
      ],
    },
    options: { scales: { x: { type: "linear", ticks: { callback: time } }, y: { title: { display: true, text: "USD" } },
      quorum: { position: "right", beginAtZero: true, suggestedMax: price.quorum.oracles, ticks: { stepSize: 1 }, title: { display: true, text: "fresh oracles" } } } },
  });
}

function drawProposals(proposals) {
  const rows = proposals.flatMap((p) => p.choices.map((c) => ({ label: `${p.title}: ${c.label}`, tally: units(c.tally) })));
  draw("proposals", { type: "bar", data: { labels: rows.map((r) => r.label), datasets: [{ label: "veHNT", data: rows.map((r) => r.tally), backgroundColor: colours[3] }] },
    options: { indexAxis: "y" } });
  document.getElementById("proposals").innerHTML = "<tr><th>proposal</th><th>state</th><th>voting ends</th><th>votes (veHNT)</th></tr>"
    + proposals.map((p) => `<tr><td>${p.title}</td><td>${p.state}</td><td>${new Date(p.votingEndMs).toISOString().slice(0, 16)}</td><td>${format(p.totalVotes)}</td></tr>`).join("");
}

async function load() {
  const head = await api("/v1/epochs");
  const { economy } = head;
  const from = Math.max(economy.firstEpoch, economy.currentEpoch - 199);
  const [epochs, subDaos, price, proposals] = await Promise.all([
    api(`/v1/epochs?from=${from}&to=${economy.currentEpoch}`), api("/v1/subdaos"), api("/v1/price"), api("/v1/proposals?state=Voting"),
  ]);
  const details = await Promise.all(subDaos.map((s) => api(`/v1/subdaos/${s.id}?from=${Math.max(from, s.firstEpoch)}&to=${economy.currentEpoch}`)));
  stats(economy, price, subDaos);
  drawEpochs(economy, epochs.epochs);
  drawSubDaos(subDaos, details);
  drawPrice(price);
  drawProposals(proposals);
  document.getElementById("status").textContent = `Chain time ${new Date(economy.chainTimeMs).toISOString()}; ${epochs.epochs.filter((e) => e.closed).length} closed epochs shown.`;
}

async function refreshPrice() {
  try {
    drawPrice(await api("/v1/price"));
  } catch (e) {
    document.getElementById("status").textContent = e.message;
  }
}

load().then(() => {
  state.ready = true;
  setInterval(refreshPrice, 15000);
}).catch((e) => {
  state.error = e.message;
  state.ready = true;
  document.getElementById("status").textContent = `The gateway did not answer: ${e.message}`;
});
