import type { Reference } from "./matching";

/** A small partnership for the import's unit tests, with Swedish names. */
export const REFERENCE: Reference = {
  parties: [
    { id: "party-m", type: "MUNICIPALITY", name: "Ängelholms kommun" },
    { id: "party-u", type: "UNIVERSITY", name: "Södertörns högskola" },
  ],
  units: [
    { id: "unit-buf", partyId: "party-m", name: "Barn- och utbildningsförvaltningen", nameEn: "Child and Education Administration" },
    { id: "unit-lut", partyId: "party-u", name: "Lärarutbildningen", nameEn: "Teacher Education" },
  ],
  areas: [
    { id: "area-vfu", name: "VFU och lärarutbildning", nameEn: "Teacher placements" },
    { id: "area-ulf", name: "ULF – Utveckling, lärande, forskning", nameEn: null },
  ],
  groups: [
    { id: "group-sg", kind: "STEERING_GROUP" },
    { id: "group-wg", kind: "WORKING_GROUP" },
  ],
};

export const HEADER = "namn;e-post;titel;part;enhet;grupp;roll;startdatum;slutdatum;tematiska områden";
