import { fetchPage, signedInClients } from "./lib/bench-load";
const [base, path, n] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4] ?? 300)];
const [client] = await signedInClients([base], "admin@huddinge.example", "samverkan-demo", 1);
const t0 = performance.now();
for (let i = 0; i < n; i++) await fetchPage(client!, path);
console.log(path, n, "requests", ((performance.now() - t0) / n).toFixed(1), "ms each");
