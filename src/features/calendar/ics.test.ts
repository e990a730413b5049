import { afterEach, describe, expect, it } from "vitest";
import { type IcsMeeting, meetingsCalendar } from "./ics";

/** A small RFC 5545 reader: unfolds lines and splits each content line into name, parameters and value. */
type Property = { name: string; params: Record<string, string>; value: string };
type Component = { type: string; properties: Property[]; children: Component[] };

function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, "").split("\r\n").filter((line) => line !== "");
}

function parseLine(line: string): Property {
  // The value starts at the first colon outside a quoted parameter value.
  let inQuotes = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') inQuotes = !inQuotes;
    if (line[i] === ":" && !inQuotes) {
      colon = i;
      break;
    }
  }
  const [name, ...paramParts] = line.slice(0, colon).split(";");
  const params = Object.fromEntries(paramParts.map((part) => part.split("=") as [string, string]));
  return { name: name!, params, value: line.slice(colon + 1) };
}

function parse(text: string): Component {
  const stack: Component[] = [{ type: "ROOT", properties: [], children: [] }];
  for (const line of unfold(text)) {
    const property = parseLine(line);
    if (property.name === "BEGIN") {
      const component: Component = { type: property.value, properties: [], children: [] };
      stack.at(-1)!.children.push(component);
      stack.push(component);
    } else if (property.name === "END") {
      expect(stack.pop()!.type).toBe(property.value);
    } else {
      stack.at(-1)!.properties.push(property);
    }
  }
  expect(stack).toHaveLength(1);
  return stack[0]!.children[0]!;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));
}

const prop = (component: Component, name: string) => component.properties.find((p) => p.name === name);
const events = (calendar: Component) => calendar.children.filter((c) => c.type === "VEVENT");

function meeting(overrides: Partial<IcsMeeting> = {}): IcsMeeting {
  return {
    id: "m-1",
    title: "Strategisk arbetsgrupp, vårmöte",
    startsAt: new Date("2027-01-15T12:00:00Z"), // 13:00 in Stockholm (CET, UTC+1)
    endsAt: new Date("2027-01-15T14:00:00Z"),
    location: "Huddinge kommunhus, sal A",
    onlineUrl: null,
    status: "PLANNED",
    isExtra: false,
    description: "",
    groupName: "Strategisk arbetsgrupp",
    sequence: 0,
    url: null,
    ...overrides,
  };
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("meetingsCalendar", () => {
  it("writes a VCALENDAR with the name escaped, the method and one VTIMEZONE for Europe/Stockholm", () => {
    const calendar = parse(meetingsCalendar([meeting()], { name: "Samverkan, möten; 2027" }));
    expect(calendar.type).toBe("VCALENDAR");
    expect(prop(calendar, "VERSION")?.value).toBe("2.0");
    expect(prop(calendar, "METHOD")?.value).toBe("PUBLISH");
    expect(prop(calendar, "X-WR-CALNAME")?.value).toBe("Samverkan\\, möten\\; 2027");
    const zones = calendar.children.filter((c) => c.type === "VTIMEZONE");
    expect(zones).toHaveLength(1);
    expect(prop(zones[0]!, "TZID")?.value).toBe("Europe/Stockholm");
    const kinds = zones[0]!.children.map((c) => c.type).sort();
    expect(kinds).toEqual(["DAYLIGHT", "STANDARD"]);
    const daylight = zones[0]!.children.find((c) => c.type === "DAYLIGHT")!;
    expect(prop(daylight, "TZOFFSETTO")?.value).toBe("+0200");
  });

  it("uses METHOD:REQUEST when asked, with the organizer given", () => {
    const calendar = parse(
      meetingsCalendar([meeting()], { name: "Inbjudan", method: "REQUEST", organizer: { name: "Samverkan", email: "noreply@samverkan.example" } }),
    );
    expect(prop(calendar, "METHOD")?.value).toBe("REQUEST");
    const organizer = prop(events(calendar)[0]!, "ORGANIZER")!;
    expect(organizer.params.CN).toBe('"Samverkan"');
    expect(organizer.value).toBe("mailto:noreply@samverkan.example");
    expect(prop(events(parse(meetingsCalendar([meeting()], { name: "x" })))[0]!, "ORGANIZER")).toBeUndefined();
  });

  it("writes Stockholm local times with TZID in winter (UTC+1) and summer (UTC+2)", () => {
    const winter = meeting({ id: "winter" });
    const summer = meeting({
      id: "summer",
      startsAt: new Date("2027-06-10T07:30:00Z"), // 09:30 CEST
      endsAt: new Date("2027-06-10T09:00:00Z"),
    });
    const [w, s] = events(parse(meetingsCalendar([winter, summer], { name: "x" })));
    expect(prop(w!, "DTSTART")).toMatchObject({ params: { TZID: "Europe/Stockholm" }, value: "20270115T130000" });
    expect(prop(w!, "DTEND")).toMatchObject({ params: { TZID: "Europe/Stockholm" }, value: "20270115T150000" });
    expect(prop(s!, "DTSTART")).toMatchObject({ params: { TZID: "Europe/Stockholm" }, value: "20270610T093000" });
    expect(prop(s!, "DTEND")?.value).toBe("20270610T110000");
    // DTSTAMP is always UTC.
    expect(prop(w!, "DTSTAMP")?.value).toMatch(/^\d{8}T\d{6}Z$/);
  });

  it("does not depend on the server process's own time zone", () => {
    process.env.TZ = "America/New_York";
    const [event] = events(parse(meetingsCalendar([meeting()], { name: "x" })));
    expect(prop(event!, "DTSTART")?.value).toBe("20270115T130000");
  });

  it("handles the night summer time begins: 01:30 CET and 03:30 CEST are an hour apart", () => {
    const night = meeting({
      startsAt: new Date("2027-03-28T00:30:00Z"), // 01:30 CET
      endsAt: new Date("2027-03-28T01:30:00Z"), // 03:30 CEST
    });
    const [event] = events(parse(meetingsCalendar([night], { name: "x" })));
    expect(prop(event!, "DTSTART")?.value).toBe("20270328T013000");
    expect(prop(event!, "DTEND")?.value).toBe("20270328T033000");
  });

  it("gives each meeting a stable UID and the sequence of its version", () => {
    const first = events(parse(meetingsCalendar([meeting({ sequence: 4 })], { name: "x" })))[0]!;
    const second = events(parse(meetingsCalendar([meeting({ sequence: 5, title: "Ändrat" })], { name: "y" })))[0]!;
    expect(prop(first, "UID")?.value).toBe("m-1@samverkan");
    expect(prop(second, "UID")?.value).toBe("m-1@samverkan");
    expect(prop(first, "SEQUENCE")?.value).toBe("4");
    expect(prop(second, "SEQUENCE")?.value).toBe("5");
  });

  it("escapes commas, semicolons, backslashes and newlines in titles, places and descriptions", () => {
    const tricky = meeting({
      title: "Budget, plan; uppföljning\\del 2\nandra raden",
      location: "Sal 1; plan 2, hus B",
      description: "Dagordning:\n1. Öppnande, val; justerare",
    });
    const text = meetingsCalendar([tricky], { name: "x" });
    const [event] = events(parse(text));
    const summary = prop(event!, "SUMMARY")!.value;
    expect(summary).toBe("Budget\\, plan\\; uppföljning\\\\del 2\\nandra raden");
    expect(unescapeText(summary)).toBe("Budget, plan; uppföljning\\del 2\nandra raden");
    expect(unescapeText(prop(event!, "LOCATION")!.value)).toBe("Sal 1; plan 2, hus B");
    expect(unescapeText(prop(event!, "DESCRIPTION")!.value)).toContain("Dagordning:\n1. Öppnande, val; justerare");
    // No raw line break inside a property: every physical line is a property or a fold.
    for (const line of text.split("\r\n")) expect(line).not.toContain("\n");
  });

  it("marks cancelled meetings STATUS:CANCELLED and others CONFIRMED", () => {
    const list = [
      meeting({ id: "a", status: "CANCELLED" }),
      meeting({ id: "b", status: "PLANNED" }),
      meeting({ id: "c", status: "HELD" }),
    ];
    const [a, b, c] = events(parse(meetingsCalendar(list, { name: "x" })));
    expect(prop(a!, "STATUS")?.value).toBe("CANCELLED");
    expect(unescapeText(prop(a!, "SUMMARY")!.value)).toMatch(/^Inställt: /);
    expect(prop(b!, "STATUS")?.value).toBe("CONFIRMED");
    expect(prop(c!, "STATUS")?.value).toBe("CONFIRMED");
  });

  it("marks extra meetings in the summary and the description", () => {
    const [extra, regular] = events(
      parse(meetingsCalendar([meeting({ id: "e", isExtra: true }), meeting({ id: "r" })], { name: "x" })),
    );
    expect(unescapeText(prop(extra!, "SUMMARY")!.value)).toContain("Extrainsatt möte");
    expect(unescapeText(prop(extra!, "DESCRIPTION")!.value)).toContain("Extrainsatt möte");
    expect(unescapeText(prop(regular!, "SUMMARY")!.value)).not.toContain("Extrainsatt");
  });

  it("writes LOCATION and URL, and falls back to the online link when there is no place", () => {
    const [inRoom, online] = events(
      parse(
        meetingsCalendar(
          [
            meeting({ id: "room", url: "https://samverkan.example/meetings/room" }),
            meeting({ id: "online", location: "", onlineUrl: "https://video.example/abc" }),
          ],
          { name: "x" },
        ),
      ),
    );
    expect(unescapeText(prop(inRoom!, "LOCATION")!.value)).toBe("Huddinge kommunhus, sal A");
    expect(prop(inRoom!, "URL")?.value).toBe("https://samverkan.example/meetings/room");
    expect(prop(online!, "LOCATION")?.value).toBe("https://video.example/abc");
    expect(prop(online!, "URL")).toBeUndefined();
    expect(unescapeText(prop(online!, "DESCRIPTION")!.value)).toContain("https://video.example/abc");
  });

  it("writes an empty but valid calendar when there are no meetings", () => {
    const calendar = parse(meetingsCalendar([], { name: "Tomt" }));
    expect(events(calendar)).toHaveLength(0);
  });
});
