import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { messagesFor } from "@/i18n/catalogue";
import { ACTION_NOTICES, readNotice, withNotice } from "@/lib/forms/action-notice";
import { executeFormAction } from "@/server/actions/form-action";
import { form } from "../../support/actors";
import { INVENTORY, buildWorld, definitionOf, successCase, type World } from "./action-table";

/**
 * Issue #19, item 4: every step is confirmed. Each action of the inventory (the list the
 * authorization matrix walks) is run once with its valid fixture; the page it lands on carries its
 * success message in the address (createFormAction redirects there), and the frame's confirmation
 * (ActionNotice) reads it back and says it in Swedish and in English, with the action's values.
 */

let world: World;
beforeAll(async () => {
  world = await buildWorld();
}, 120_000);

const translators = (["sv", "en"] as const).map((locale) => ({ locale, t: createTranslator({ locale, messages: messagesFor(locale) }) }));

describe("the confirmation after each action", () => {
  it("lists only success messages the catalogues hold", () => {
    for (const { t } of translators) for (const key of ACTION_NOTICES) expect(t.has(key as never), key).toBe(true);
  });

  describe.each([...INVENTORY.keys()])("%s", (key) => {
    it("lands on a page that says, in both languages, that it succeeded", async () => {
      const found = successCase(key);
      expect(found, `a row of the table where ${key} succeeds`).not.toBeNull();
      const fixture = await found!.row.fixture(world, found!.actor);
      const { state } = await executeFormAction(definitionOf(INVENTORY.get(key)!, fixture), world.actors[found!.actor]!, form(fixture.fields));
      expect(state.status, JSON.stringify(state)).toBe("success");

      const landing = withNotice("/the-form-page?tab=1", state.message!, state.messageValues);
      const notice = readNotice(new URL(landing, "http://samverkan.test").searchParams);
      expect(notice, `${state.message} is in ACTION_NOTICES (src/lib/forms/action-notice.ts)`).not.toBeNull();
      expect(notice!.values).toEqual(state.messageValues ?? {});
      for (const { locale, t } of translators) {
        const text = t(notice!.key as never, notice!.values as never);
        expect(text, `${locale}: ${notice!.key}`).not.toBe(notice!.key);
        expect(text.length).toBeGreaterThan(5);
      }
    });
  });
});
