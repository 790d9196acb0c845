/**
 * Whether the machine was quiet while a benchmark measured: the CPU time used by processes
 * that are not this one or its descendants (its Neo4j, its servers), from /proc (Linux), and
 * the load averages around the run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** Linux reports CPU times in USER_HZ, 100 per second on every common configuration. */
const TICKS_PER_SECOND = 100;

/** Busy ticks of all CPUs since boot: user, nice, system, irq, softirq, steal. */
function busyTicks(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return [user, nice, system, irq, softirq, steal].reduce<number>((sum, x) => sum + (x ?? 0), 0);
}

/** utime + stime of the live process `rootPid` and all its descendants. */
function treeTicks(rootPid: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // After the command name (which may hold spaces and parentheses): state, ppid, … utime, stime.
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), {
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // the process ended meanwhile
    }
  }
  const inTree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, { ppid }] of stats) {
      if (!inTree.has(pid) && inTree.has(ppid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const pid of inTree) ticks += stats.get(pid)?.ticks ?? 0;
  return ticks;
}

export interface MachineLoad {
  /** One-minute load average when the run started (before its own Neo4j). */
  loadBefore: number;
  /** One-minute load average when it ended (its own work included). */
  loadAfter: number;
  cores: number;
  /** CPU used by other processes during the measurements, in cores on average. */
  othersCores: number;
  verdict: 'quiet' | 'lightly loaded' | 'busy';
}

/** Call `begin` before the measurements and `end` after them, before stopping the servers. */
export function watchMachineLoad(loadBefore = loadavg()[0] ?? 0) {
  let start: { at: number; busy: number; own: number } | null = null;
  return {
    begin() {
      start = { at: Date.now(), busy: busyTicks(), own: treeTicks(process.pid) };
    },
    end(): MachineLoad {
      if (!start) throw new Error('watchMachineLoad: end() before begin()');
      const seconds = (Date.now() - start.at) / 1000;
      const busy = busyTicks() - start.busy;
      const own = treeTicks(process.pid) - start.own;
      const othersCores = Math.max(0, (busy - own) / TICKS_PER_SECOND / seconds);
      const verdict = othersCores < 0.25 ? 'quiet' : othersCores < 0.75 ? 'lightly loaded' : 'busy';
      return {
        loadBefore,
        loadAfter: loadavg()[0] ?? 0,
        cores: cpus().length,
        othersCores,
        verdict,
      };
    },
  };
}
