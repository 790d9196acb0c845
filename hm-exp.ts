import { hostileRun, subjectsOf, percentile } from './bench/hostile-mix.ts';
const url = 'http://127.0.0.1:4000';
const s = await subjectsOf(url);
const r = await hostileRun(url, s, { attackers: 3, seconds: 20 });
console.log(JSON.stringify(r.attacks, null, 1));
console.log('cached p50/p99/max', percentile(r.reader.cached, 0.5), percentile(r.reader.cached, 0.99), Math.max(...r.reader.cached), r.reader.cached.length);
console.log('point p50/p99/max', percentile(r.reader.point, 0.5), percentile(r.reader.point, 0.99), Math.max(...r.reader.point), r.reader.point.length);
console.log(r.reader.failures.slice(0, 5), r.ready);
