import type { Role } from "@/lib/roles";

/** The demo sign-ins, printed by `npm start` and used by the end-to-end tests. */
export const DEMO_PASSWORD = "samverkan-demo";

export const DEMO_ACCOUNTS = [
  { email: "admin@huddinge.example", role: "ADMINISTRATOR", person: "Maria Lindqvist" },
  { email: "ledning@huddinge.example", role: "STEERING_GROUP_MEMBER", person: "Anders Holmberg" },
  { email: "arbetsgrupp@sh.example", role: "WORKING_GROUP_MEMBER", person: "Sara Nyström" },
  { email: "forskare@sh.example", role: "CONTRIBUTOR", person: "Johan Ekberg" },
  { email: "lasare@huddinge.example", role: "READER", person: "Karin Sjöberg" },
] as const satisfies readonly { email: string; role: Role; person: string }[];

/**
 * More of the steering group's members with sign-ins, made with the demo's work (seedDemoWork, not
 * with the bare partnership that tests build on): with the chair (ledning@) members of both parties
 * can sign in, so a justerare who is neither the chair nor the secretary can approve the minutes.
 * Same password as the others.
 */
export const DEMO_STEERING_GROUP_ACCOUNTS = [
  { email: "eva.lundgren@huddinge.example", role: "STEERING_GROUP_MEMBER", person: "Eva Lundgren" },
  { email: "peter.axelsson@sh.example", role: "STEERING_GROUP_MEMBER", person: "Peter Axelsson" },
  { email: "lena.forsberg@sh.example", role: "STEERING_GROUP_MEMBER", person: "Lena Forsberg" },
] as const satisfies readonly { email: string; role: Role; person: string }[];

/**
 * Sign-ins of the demo's second partnership (demo-second-partnership.ts). ledning@ is the first
 * partnership's steering-group chair: the same account, a second participation, so the demo shows
 * the partnership switcher. admin@fvh.example administers only the second partnership.
 */
export const DEMO_SECOND_PARTNERSHIP_ACCOUNTS = [
  { email: "admin@fvh.example", role: "ADMINISTRATOR", person: "Linnea Sandberg" },
  { email: "ledning@huddinge.example", role: "STEERING_GROUP_MEMBER", person: "Anders Holmberg" },
  { email: "camilla.strand@huddinge.example", role: "STEERING_GROUP_MEMBER", person: "Camilla Strand" },
] as const satisfies readonly { email: string; role: Role; person: string }[];

/** The installation administrator: creates partnerships, takes part in none. Same password. */
export const DEMO_INSTALLATION_ADMINISTRATOR = { email: "installation@samverkan.example", name: "Installationens administratör" } as const;
