// Makes an account the installation's administrator (issue #15): the one who creates partnerships
// at /installation. Usage:
//
//   npm run installation:admin -- --email anna@example.se --name "Anna Andersson"
//
// The account for the e-mail address is made when missing. When it has no password yet, the script
// asks for one (hidden on a terminal; the first line of standard input when piped), so that the
// administrator can sign in: an installation administrator belongs to no partnership, so there is
// no partnership administrator who could invite them. An existing password is never replaced.
import { parseArgs } from "node:util";
import { hash } from "@node-rs/argon2";
import { z } from "zod";
import { accountNeedsPassword, makeInstallationAdministrator } from "@/server/auth/installation-administrators";
import { migrateAndSeed, withConfiguredDatabase } from "./lib/database";

const MIN_PASSWORD_LENGTH = 10;

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
const email = (values.email ?? "").trim().toLowerCase();
const name = (values.name ?? "").trim();
if (!z.email().safeParse(email).success) {
  console.error('Usage: npm run installation:admin -- --email <address> --name "<name>"');
  process.exit(2);
}

/** A line typed without echo on a terminal, or the first line of piped input. */
async function readPassword(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    let text = "";
    for await (const chunk of input) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? "";
  }
  process.stdout.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding("utf8");
  return new Promise((resolve, reject) => {
    let typed = "";
    const onData = (key: string) => {
      for (const character of key) {
        if (character === "\r" || character === "\n") {
          finish();
          resolve(typed);
          return;
        }
        if (character === "\u0003") {
          finish();
          reject(new Error("Cancelled."));
          return;
        }
        typed = character === "\u007f" || character === "\b" ? typed.slice(0, -1) : typed + character;
      }
    };
    const finish = () => {
      input.off("data", onData);
      input.setRawMode(false);
      input.pause();
      process.stdout.write("\n");
    };
    input.on("data", onData);
  });
}

await withConfiguredDatabase(async (database) => {
  await migrateAndSeed(database, { seed: false });
  let passwordHash: string | null = null;
  if (await accountNeedsPassword(database.prisma, email)) {
    if (!name) throw new Error("The account is new or has no password: give --name as well.");
    const password = await readPassword(`A password for ${email} (at least ${MIN_PASSWORD_LENGTH} characters): `);
    if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters. Nothing was changed.`);
    passwordHash = await hash(password);
  }
  const outcome = await makeInstallationAdministrator(database.prisma, { email, name: name || email, passwordHash });
  const origin = process.env.AUTH_URL?.trim() || `http://localhost:${process.env.PORT ?? 3000}`;
  const what = outcome.created ? "was created as" : outcome.alreadyAdministrator ? "already was" : "is now";
  console.log(`${email} ${what} the installation's administrator${outcome.passwordSet ? ", with the password given" : ""}.`);
  console.log(`Sign in at ${new URL("/sign-in", origin).href} and open ${new URL("/installation", origin).href} to create partnerships.`);
});
