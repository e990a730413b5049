import { describeCatalogue, type Catalogue } from "../../tests/support/catalogue-checks";
import { FEATURE_CATALOGUES } from "./catalogue";

// Every feature's own catalogue (registered in ./catalogue.ts) passes the same checks: the same
// keys in Swedish and English, one namespace, keys that can be looked up, valid ICU in both.
FEATURE_CATALOGUES.sv.forEach((sv, index) => {
  const en = FEATURE_CATALOGUES.en[index]!;
  describeCatalogue(`the ${Object.keys(sv).join(", ")} catalogue`, { sv: sv as Catalogue, en: en as Catalogue });
});
