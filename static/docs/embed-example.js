// An example docs page: the page owns its design (here, fetched from the
// examples; a real page would inline it or load it from its repository),
// shows it in an Airlock embed through postMessage, and checks it with the
// page-script API. Plain text only: findings are written with textContent.
import init, { check } from "../airlock-web.js";

const loading = fetch("../examples/glue-ingests-all-tables-then-filters.json").then((r) => r.json());

// 1. The embed: send the design once the frame says it is ready. The
// listener is added before anything is awaited: the frame may say it is
// ready before the design has arrived, and a message nobody listens for is
// lost.
const frame = document.getElementById("diagram");
const appOrigin = new URL(frame.src, location.href).origin;
addEventListener("message", async (event) => {
  if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
  const message = event.data;
  if (message.type === "airlock:ready") {
    frame.contentWindow.postMessage({ type: "airlock:load", id: 1, document: await loading }, appOrigin);
  } else if (message.type === "airlock:findings" && message.id === 1) {
    const ids = message.report.findings.map((f) => f.id);
    document.getElementById("embed-result").textContent = ids.length ? ids.join(", ") : "no findings";
  } else if (message.type === "airlock:error") {
    document.getElementById("embed-result").textContent = "error: " + message.errors.join("; ");
  }
});

const design = await loading;
document.getElementById("source").textContent = JSON.stringify(design, null, 2);

// 2. The page-script API, from the same wasm module.
await init({ module_or_path: new URL("../airlock-web_bg.wasm", import.meta.url) });
const list = document.getElementById("api-result");
const report = check(design);
for (const finding of report.findings) {
  const item = document.createElement("li");
  const severity = document.createElement("span");
  severity.className = "sev";
  severity.textContent = finding.severity;
  item.append(severity, ` ${finding.id}: ${finding.message}`);
  list.append(item);
}
if (report.findings.length === 0) list.textContent = "No findings.";
