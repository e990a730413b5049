/**
 * Stands in for `npm start`'s server process in parent-watch.test.ts: it watches its parents as
 * scripts/start.ts does, says "ready <pid>", and exits (code 0) once the watch reports them gone.
 */
import { watchParents } from "../../../scripts/lib/parent-watch";

watchParents(() => process.exit(0));
setInterval(() => {}, 1_000);
process.stdout.write(`ready ${process.pid}\n`);
