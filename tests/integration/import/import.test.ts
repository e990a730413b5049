import { beforeAll, describe, expect, it } from "vitest";
import { buildPreview, previewImport, runImport } from "@/features/import/import-members";
import type { Actor } from "@/server/auth/actor";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { actorFor } from "../../support/actors";
import { testDatabase } from "../../support/test-database";

const prisma = () => testDatabase().prisma;
let partnershipId: string;

function upload(text: string | Uint8Array, name = "ledamöter.csv", type = "text/csv"): FormData {
  const data = new FormData();
  data.set("file", new File([typeof text === "string" ? new TextEncoder().encode(text) : new Uint8Array(text)], name, { type }));
  return data;
}

function confirm(csv: string): FormData {
  const data = new FormData();
  data.set("csv", csv);
  return data;
}

const HEADER = "namn;e-post;titel;part;enhet;grupp;roll;startdatum;slutdatum;tematiska områden";
const VALID = [
  `\uFEFF${HEADER}`,
  "Åsa Öberg;Asa.Oberg@example.se;Universitetslektor;lärosäte;Lärarutbildningen;arbetsgrupp;ledamot;2026-01-01;;VFU och lärarutbildning|ULF – Utveckling, lärande, forskning",
  "Per Ängelholm;per.angelholm@example.se;Utvecklingsledare;kommun;Barn- och utbildningsförvaltningen;strategisk arbetsgrupp;;2026-02-01;2027-12-31;Hållbar samhällsutveckling",
  "",
  '"Nilsson, Lars";lars.nilsson@example.se;"Utredare; analys";Huddinge kommun;;;;;;',
  "Åsa Öberg;asa.oberg@example.se;Universitetslektor;lärosäte;Lärarutbildningen;ledningsgrupp;ledamot;2026-01-01;;",
].join("\r\n");

async function counts() {
  const [people, memberships, areaLinks, audit] = await Promise.all([
    prisma().person.count(),
    prisma().membership.count(),
    prisma().membershipThematicArea.count(),
    prisma().auditEvent.count({ where: { action: "membership.imported" } }),
  ]);
  return { people, memberships, areaLinks, audit };
}

let admin: Actor;
beforeAll(async () => {
  ({ partnershipId } = await seedDemoPartnership(prisma()));
  admin = await actorFor("admin@huddinge.example");
});

describe("previewing an import", () => {
  it("refuses a non-administrator and a signed-out visitor", async () => {
    const reader = await actorFor("lasare@huddinge.example");
    const member = await actorFor("arbetsgrupp@sh.example");
    expect(await previewImport(reader, upload(VALID))).toMatchObject({ status: "error", message: "errors.forbidden", preview: null });
    expect(await previewImport(member, upload(VALID))).toMatchObject({ status: "error", message: "errors.forbidden", preview: null });
    expect(await previewImport(null, upload(VALID))).toMatchObject({ status: "error", message: "errors.signedOut" });
  });

  it("shows what each row will do and writes nothing", async () => {
    const before = await counts();
    const state = await previewImport(admin, upload(VALID));
    expect(state).toMatchObject({ status: "success", message: "import.previewReady", messageValues: { rows: 4 }, fileName: "ledamöter.csv" });
    // The byte-order mark is gone: the text sent back is what was judged.
    expect(state.csv).toBe(VALID.replace(/^\uFEFF/, ""));
    const preview = state.preview!;
    expect(preview.valid).toBe(true);
    expect(preview.refusal).toBeNull();
    expect(preview.rows.map((row) => [row.row, row.name, row.outcome?.person, row.outcome?.firstRow, row.outcome?.membership?.group ?? null])).toEqual([
      [2, "Åsa Öberg", "new", null, "WORKING_GROUP"],
      [3, "Per Ängelholm", "new", null, "WORKING_GROUP"],
      [5, "Nilsson, Lars", "new", null, null],
      [6, "Åsa Öberg", "new", 2, "STEERING_GROUP"],
    ]);
    expect(preview.counts).toEqual({ rows: 4, invalidRows: 0, newPeople: 3, existingPeople: 0, updatedPeople: 0, memberships: 3 });
    expect(await counts()).toEqual(before);
  });

  it("refuses files that are not UTF-8 CSV, too large or missing", async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode("namn;e-post;part\n"), 0xc5, 0x73, 0x61, 0x3b, 0x61, 0x40, 0x62, 0x2e, 0x73, 0x65, 0x3b, 0x6b]);
    expect(await previewImport(admin, upload(latin1))).toMatchObject({ status: "error", fieldErrors: { file: ["import.fileErrors.notUtf8"] } });
    expect(await previewImport(admin, upload("x".repeat(1024 * 1024 + 1)))).toMatchObject({ fieldErrors: { file: ["import.fileErrors.tooLarge"] } });
    expect(await previewImport(admin, upload("namn", "bild.png", "image/png"))).toMatchObject({ fieldErrors: { file: ["import.fileErrors.notCsv"] } });
    expect(await previewImport(admin, new FormData())).toMatchObject({ fieldErrors: { file: ["import.fileErrors.noFile"] } });
    const header = await previewImport(admin, upload("namn;telefon\nA;1"));
    expect(header).toMatchObject({ status: "error", message: "import.previewFileInvalid" });
    expect(header.preview?.fileIssues).toContainEqual({ key: "import.fileErrors.unknownColumn", values: { header: "telefon" } });
  });
});

describe("importing", () => {
  it("refuses a non-administrator and writes nothing", async () => {
    const before = await counts();
    const reader = await actorFor("lasare@huddinge.example");
    const state = await runImport(reader, confirm(VALID));
    expect(state).toMatchObject({ status: "error", message: "errors.forbidden", preview: null, csv: null });
    expect(await counts()).toEqual(before);
  });

  it("writes nothing, and shows the row errors, when one row is invalid", async () => {
    const before = await counts();
    const bad = `${VALID}\r\nKalle Anka;kalle@example.se;;Region Stockholm;;arbetsgrupp;;2026-02-30;;Rymdforskning`;
    const preview = await previewImport(admin, upload(bad));
    expect(preview).toMatchObject({ status: "error", message: "import.previewInvalid", messageValues: { count: 1 } });
    expect(preview.preview?.rows.at(-1)).toMatchObject({
      row: 7,
      outcome: null,
      issues: [
        { key: "import.rowErrors.unknownParty", values: { value: "Region Stockholm" } },
        { key: "import.rowErrors.date", column: "startDate", values: { value: "2026-02-30" } },
        { key: "import.rowErrors.unknownArea", values: { value: "Rymdforskning" } },
      ],
    });

    const state = await runImport(admin, confirm(bad));
    expect(state).toMatchObject({ status: "error", message: "import.errors.invalid" });
    expect(state.preview?.counts.invalidRows).toBe(1);
    expect(state.csv).toBe(bad);
    expect(await counts()).toEqual(before);
  });

  it("refuses a file that would give the steering group a second chair, now or when it starts", async () => {
    const before = await counts();
    for (const start of ["2026-01-01", "2099-01-01"]) {
      const chair = `${HEADER}\nIngela Ros;ingela.ros@example.se;Kommundirektör;kommun;;ledningsgrupp;ordförande;${start};;`;
      const preview = await previewImport(admin, upload(chair));
      expect(preview).toMatchObject({ status: "error", message: "import.previewRefused" });
      expect(preview.preview?.refusal).toMatchObject({ key: "import.refusals.severalChairs", values: { group: "STEERING_GROUP" } });
      const state = await runImport(admin, confirm(chair));
      expect(state).toMatchObject({ status: "error", message: "import.refusals.severalChairs", messageValues: { group: "STEERING_GROUP" } });
    }
    expect(await counts()).toEqual(before);
  });

  it("imports people, memberships and thematic areas in one change with one audit event", async () => {
    const before = await counts();
    const state = await runImport(admin, confirm(VALID));
    expect(state).toMatchObject({ status: "success", message: "import.imported", csv: null, preview: null });
    expect(state.imported?.counts).toMatchObject({ newPeople: 3, memberships: 3 });
    expect(await counts()).toEqual({
      people: before.people + 3,
      memberships: before.memberships + 3,
      areaLinks: before.areaLinks + 3,
      audit: before.audit + 1,
    });

    const asa = await prisma().person.findFirstOrThrow({
      where: { partnershipId, email: "asa.oberg@example.se" },
      include: { party: true, unit: true, memberships: { include: { group: true, thematicAreas: { include: { thematicArea: true } } }, orderBy: { startDate: "asc" } } },
    });
    expect(asa).toMatchObject({ name: "Åsa Öberg", title: "Universitetslektor", party: { type: "UNIVERSITY" }, unit: { name: "Lärarutbildningen" } });
    expect(asa.memberships.map((membership) => [membership.group.kind, membership.role, membership.startDate.toISOString().slice(0, 10), membership.endDate]).sort()).toEqual([
      ["STEERING_GROUP", "MEMBER", "2026-01-01", null],
      ["WORKING_GROUP", "MEMBER", "2026-01-01", null],
    ]);
    const working = asa.memberships.find((membership) => membership.group.kind === "WORKING_GROUP")!;
    expect(working.thematicAreas.map((link) => link.thematicArea.name).sort()).toEqual(["ULF – Utveckling, lärande, forskning", "VFU och lärarutbildning"]);
    const per = await prisma().person.findFirstOrThrow({ where: { partnershipId, email: "per.angelholm@example.se" }, include: { memberships: true } });
    expect(per.memberships[0]?.endDate?.toISOString().slice(0, 10)).toBe("2027-12-31");
    expect(await prisma().person.findFirst({ where: { partnershipId, email: "lars.nilsson@example.se" } })).toMatchObject({ name: "Nilsson, Lars", title: "Utredare; analys" });

    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: "membership.imported" } });
    expect(event).toMatchObject({ partnershipId, actorUserId: admin.userId, entityType: "Partnership", entityId: partnershipId });
    const data = event.data as { counts: Record<string, number>; rows: { row: number; person: string; email: string; group?: string }[] };
    expect(data.counts).toMatchObject({ rows: 4, newPeople: 3, memberships: 3 });
    expect(data.rows.map((row) => [row.row, row.person, row.email, row.group ?? null])).toEqual([
      [2, "created", "asa.oberg@example.se", "WORKING_GROUP"],
      [3, "created", "per.angelholm@example.se", "WORKING_GROUP"],
      [5, "created", "lars.nilsson@example.se", null],
      [6, "existing", "asa.oberg@example.se", "STEERING_GROUP"],
    ]);
  });

  it("reuses existing people on a second import of the same file and refuses the overlapping memberships", async () => {
    const before = await counts();
    const preview = await previewImport(admin, upload(VALID));
    expect(preview.status).toBe("error");
    const rows = preview.preview!.rows;
    expect(rows.map((row) => [row.row, row.issues.map((issue) => issue.key)])).toEqual([
      [2, ["import.rowErrors.overlapsExistingOpen"]],
      [3, ["import.rowErrors.overlapsExisting"]],
      [5, []],
      [6, ["import.rowErrors.overlapsExistingOpen"]],
    ]);
    expect(rows[2]?.outcome).toMatchObject({ person: "existing", changes: [] });

    const state = await runImport(admin, confirm(VALID));
    expect(state).toMatchObject({ status: "error", message: "import.errors.invalid" });
    expect(await counts()).toEqual(before);
  });

  it("updates an existing person's name and title, and records before and after", async () => {
    const file = `${HEADER}\nEva Lundgren-Ek;EVA.LUNDGREN@huddinge.example;Kommundirektör;Huddinge kommun;;arbetsgrupp;;2026-03-01;;Kompetensförsörjning för bristyrken`;
    const preview = await buildPreview(partnershipId, file);
    expect(preview.valid).toBe(true);
    expect(preview.rows[0]?.outcome).toMatchObject({
      person: "existing",
      changes: [
        { field: "name", before: "Eva Lundgren", after: "Eva Lundgren-Ek" },
        { field: "title", before: "Gymnasie- och arbetsmarknadsdirektör", after: "Kommundirektör" },
      ],
    });
    const before = await counts();
    const state = await runImport(admin, confirm(file));
    expect(state.status).toBe("success");
    expect(await counts()).toMatchObject({ people: before.people, memberships: before.memberships + 1, audit: before.audit + 1 });
    const eva = await prisma().person.findFirstOrThrow({ where: { partnershipId, email: "eva.lundgren@huddinge.example" } });
    expect(eva).toMatchObject({ name: "Eva Lundgren-Ek", title: "Kommundirektör" });
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: "membership.imported" }, orderBy: { id: "desc" } });
    expect((event.data as { rows: unknown[] }).rows[0]).toMatchObject({
      person: "updated",
      before: { name: "Eva Lundgren", title: "Gymnasie- och arbetsmarknadsdirektör" },
      after: { name: "Eva Lundgren-Ek", title: "Kommundirektör" },
    });
  });
});

describe("the largest file allowed", () => {
  // Guards the transaction's time limit: a full file is written in a few statements, not per row.
  it("imports a thousand rows in one change", async () => {
    const lines = ["name,email,party,group,start,thematic areas"];
    for (let index = 0; index < 1000; index += 1) {
      const month = String((index % 12) + 1).padStart(2, "0");
      lines.push(`Person ${index},person.${index}@example.se,${index % 2 ? "municipality" : "university"},working group,2027-${month}-01,VFU och lärarutbildning`);
    }
    const csv = lines.join("\n");
    expect((await previewImport(admin, upload(csv))).status).toBe("success");
    const before = await counts();
    const state = await runImport(admin, confirm(csv));
    expect(state).toMatchObject({ status: "success", imported: { counts: { rows: 1000, newPeople: 1000, memberships: 1000 } } });
    expect(await counts()).toEqual({
      people: before.people + 1000,
      memberships: before.memberships + 1000,
      areaLinks: before.areaLinks + 1000,
      audit: before.audit + 1,
    });
  });
});
