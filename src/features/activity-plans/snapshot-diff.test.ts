import { describe, expect, it } from "vitest";
import { activitySnapshot, planSnapshot, readSnapshot, type ActivitySnapshot, type ActivitySource, type PlanSnapshot } from "./snapshot";
import { changedFields, diffSnapshots, fieldFingerprints, fieldsChangedSince, isEmptyDiff } from "./snapshot-diff";

const day = (text: string) => new Date(`${text}T00:00:00Z`);

function source(overrides: Partial<ActivitySource> = {}): ActivitySource {
  return {
    id: "a1",
    title: "VFU i förskolan",
    description: "Fler platser",
    focusArea: "EDUCATION_AND_COMPETENCE",
    dimensions: ["SOCIAL", "ECONOMIC"],
    collaborationKinds: ["VFU_PLACEMENT"],
    startsOn: day("2027-01-15"),
    endsOn: day("2027-12-15"),
    expectedResults: "30 platser",
    carriedOverFromId: null,
    priorityArea: { id: "pa1", title: "VFU" },
    thematicArea: { id: "t1", name: "VFU och lärarutbildning" },
    municipalResponsible: { id: "p1", name: "Anna" },
    universityResponsible: null,
    municipalUnit: { id: "u1", name: "BUF" },
    universityUnit: null,
    indicators: [
      { id: "i2", name: "Handledare", unit: "st", targetValue: 10, sortOrder: 1 },
      { id: "i1", name: "Platser", unit: "st", targetValue: 30, sortOrder: 0 },
    ],
    ...overrides,
  };
}

const plan = { id: "plan", year: 2027, summary: "Planen" };
const snapshotOf = (...activities: ActivitySource[]): PlanSnapshot => planSnapshot(plan, activities);

describe("a plan's snapshot", () => {
  it("is stable JSON: fixed key order, sorted lists, days as text, names with ids", () => {
    const one = activitySnapshot(source());
    const two = activitySnapshot(source({ dimensions: ["ECONOMIC", "SOCIAL"], indicators: [...source().indicators].reverse() }));
    expect(JSON.stringify(one)).toBe(JSON.stringify(two));
    expect(one.dimensions).toEqual(["ECONOMIC", "SOCIAL"]);
    expect(one.indicators.map((indicator) => indicator.name)).toEqual(["Platser", "Handledare"]);
    expect(one.startsOn).toBe("2027-01-15");
    expect(one.priorityArea).toEqual({ id: "pa1", name: "VFU" });
    expect(Object.keys(one)).toEqual([
      "id",
      "title",
      "description",
      "priorityArea",
      "focusArea",
      "thematicArea",
      "dimensions",
      "collaborationKinds",
      "municipalResponsible",
      "universityResponsible",
      "municipalUnit",
      "universityUnit",
      "startsOn",
      "endsOn",
      "expectedResults",
      "carriedOverFromId",
      "indicators",
    ]);
  });

  it("orders activities by start, then title", () => {
    const snapshot = snapshotOf(source({ id: "b", title: "B", startsOn: day("2027-03-01") }), source({ id: "a", title: "A", startsOn: day("2027-03-01") }), source({ id: "c", title: "C" }));
    expect(snapshot.activities.map((activity) => activity.id)).toEqual(["c", "a", "b"]);
  });

  it("reads back what was stored, and an unreadable value as an empty plan", () => {
    const snapshot = snapshotOf(source());
    expect(readSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
    expect(readSnapshot(null).activities).toEqual([]);
    expect(readSnapshot({ nonsense: true }).activities).toEqual([]);
  });

  it("reads an older shape (bare ids, instants) into the current one, so comparisons by id still hold", () => {
    const stored = {
      plan: { year: 2027, summary: "Planen", status: "ADOPTED" },
      activities: [{ id: "a1", title: "VFU", priorityAreaId: "pa1", municipalResponsibleId: null, startsOn: "2027-01-15T00:00:00.000Z", dimensions: ["SOCIAL"], indicators: [{ name: "Platser", unit: "st", targetValue: 30 }] }],
    };
    const [activity] = readSnapshot(stored).activities;
    expect(activity).toMatchObject({ id: "a1", priorityArea: { id: "pa1", name: "" }, municipalResponsible: null, startsOn: "2027-01-15", endsOn: "", description: "" });
    expect(activity!.indicators).toEqual([{ id: "", name: "Platser", unit: "st", targetValue: 30 }]);
    const current = activitySnapshot(source({ id: "a1", title: "VFU", priorityArea: { id: "pa1", title: "VFU-området" } }));
    expect(changedFields(activity!, current).map((change) => change.field)).not.toContain("priorityArea");
  });
});

describe("comparing two snapshots", () => {
  it("finds nothing between equal snapshots", () => {
    expect(isEmptyDiff(diffSnapshots(snapshotOf(source()), snapshotOf(source())))).toBe(true);
  });

  it("lists activities added and removed", () => {
    const diff = diffSnapshots(snapshotOf(source(), source({ id: "gone", title: "Borta" })), snapshotOf(source(), source({ id: "new", title: "Ny" })));
    expect(diff.added.map((activity) => activity.id)).toEqual(["new"]);
    expect(diff.removed.map((activity) => activity.id)).toEqual(["gone"]);
    expect(diff.changed).toEqual([]);
  });

  it("shows per activity the fields that changed, old → new, in form order", () => {
    const after = source({ title: "VFU i förskola och fritidshem", endsOn: day("2027-11-30"), universityResponsible: { id: "p2", name: "Bo" }, collaborationKinds: ["VFU_PLACEMENT", "COURSE"] });
    const diff = diffSnapshots(snapshotOf(source()), snapshotOf(after));
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]!.changes).toEqual([
      { field: "title", before: "VFU i förskolan", after: "VFU i förskola och fritidshem" },
      { field: "collaborationKinds", before: ["VFU_PLACEMENT"], after: ["COURSE", "VFU_PLACEMENT"] },
      { field: "universityResponsible", before: null, after: { id: "p2", name: "Bo" } },
      { field: "endsOn", before: "2027-12-15", after: "2027-11-30" },
    ]);
  });

  it("compares references by id (a renamed person is no change) and indicators by what they say", () => {
    const renamed = source({ municipalResponsible: { id: "p1", name: "Anna Andersson" } });
    expect(changedFields(activitySnapshot(source()), activitySnapshot(renamed))).toEqual([]);
    const newTarget = source({ indicators: [{ id: "i1", name: "Platser", unit: "st", targetValue: 40, sortOrder: 0 }] });
    const changes = changedFields(activitySnapshot(source()), activitySnapshot(newTarget));
    expect(changes.map((change) => change.field)).toEqual(["indicators"]);
    // The same indicators under new ids (recreated) say the same.
    const recreated = source({ indicators: source().indicators.map((indicator) => ({ ...indicator, id: `${indicator.id}x` })) });
    expect(changedFields(activitySnapshot(source()), activitySnapshot(recreated))).toEqual([]);
  });

  it("shows the summary's change, and against no previous snapshot everything as added", () => {
    const before = snapshotOf(source());
    const after: PlanSnapshot = { ...snapshotOf(source()), plan: { ...plan, summary: "Ny sammanfattning" } };
    expect(diffSnapshots(before, after).summary).toEqual({ before: "Planen", after: "Ny sammanfattning" });
    const first = diffSnapshots(null, before);
    expect(first.added).toHaveLength(1);
    expect(first.summary).toBeNull();
  });
});

describe("the edit form's baseline", () => {
  it("names the fields changed since the form was rendered", () => {
    const seen: ActivitySnapshot = activitySnapshot(source());
    const now = activitySnapshot(source({ title: "Annan titel", indicators: [] }));
    expect(fieldsChangedSince(fieldFingerprints(seen), seen)).toEqual([]);
    expect(fieldsChangedSince(fieldFingerprints(seen), now)).toEqual(["title", "indicators"]);
    expect(fieldsChangedSince("garbage", now)).toHaveLength(15);
  });
});
