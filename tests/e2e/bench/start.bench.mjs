// Start-up benchmark of the app (`make bench-start`, README "Benchmarks"): how long from asking
// for the app to an interactive dashboard, and how much memory it holds then. Not a test of
// behaviour and never part of `make test`: it asserts nothing about speed, it prints numbers.
//
// What one run measures: the app is closed, then a WebDriver session is opened (WebKitWebDriver
// starts the app) and the clock stops when the dashboard's "next deadline" line — data that came
// from Rust over IPC, drawn by the page — is displayed. The database already holds the demo city
// (the first start puts it there), so each run is a start as an officer has it every morning:
// the program's files in the OS cache, a database to open, the dashboard to draw.
// Memory: resident set (RSS) and proportional set (PSS, shared pages divided among the processes
// that share them) of the app and the WebKit processes it started, read from /proc.
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { appPath, withApp } from '../harness.mjs';
import { button } from '../ui.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** Kilobytes of `field` in /proc/PID/`file` (e.g. VmRSS in status, Pss in smaps_rollup). */
function kb(pid, file, field) {
  try {
    const line = readFileSync(`/proc/${pid}/${file}`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) : 0;
  } catch {
    return 0; // gone, or not ours to read
  }
}

/** The process and every descendant of it (WebKit's web and network processes). */
function family(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // ended while we looked
    }
  }
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...(children.get(all[i]) ?? []));
  return all;
}

function memory(app) {
  const [main] = app.appProcesses();
  if (!main) return null;
  const pids = family(main.pid);
  const mb = (k) => Math.round(k / 1024);
  return {
    appRss: mb(kb(main.pid, 'status', 'VmRSS')),
    totalRss: mb(pids.reduce((sum, p) => sum + kb(p, 'status', 'VmRSS'), 0)),
    totalPss: mb(pids.reduce((sum, p) => sum + kb(p, 'smaps_rollup', 'Pss'), 0)),
    processes: pids.length,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test(`start to an interactive dashboard, ${RUNS} runs`, { timeout: 60_000 + RUNS * 60_000 }, async (t) => {
  await withApp(t, async (app) => {
    await (await button(app, 'Explore with demo data')).click();
    await app.find('[data-testid="next-due"]');
    const times = [];
    const memories = [];
    for (let run = 1; run <= RUNS; run++) {
      const before = app.appProcesses().map((p) => p.pid);
      await app.closeSession();
      for (let i = 0; i < 100 && before.some((pid) => { try { process.kill(pid, 0); return true; } catch { return false; } }); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const start = performance.now();
      await app.openSession();
      await app.find('[data-testid="next-due"]');
      const ms = Math.round(performance.now() - start);
      times.push(ms);
      // Memory once the dashboard is up, and again after it settled for two seconds.
      const atDashboard = memory(app);
      await new Promise((r) => setTimeout(r, 2000));
      const settled = memory(app);
      memories.push(settled);
      console.log(`run ${run}: ${ms} ms to the dashboard; memory at dashboard ${JSON.stringify(atDashboard)}, 2 s later ${JSON.stringify(settled)}`);
    }
    console.log(`app: ${appPath}`);
    console.log(`start to interactive dashboard: median ${median(times)} ms (runs: ${times.join(', ')} ms)`);
    console.log(`memory 2 s after start, median: app RSS ${median(memories.map((m) => m.appRss))} MB, ` +
      `app + WebKit processes RSS ${median(memories.map((m) => m.totalRss))} MB, PSS ${median(memories.map((m) => m.totalPss))} MB ` +
      `(${memories[0].processes} processes)`);
  });
});
