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
