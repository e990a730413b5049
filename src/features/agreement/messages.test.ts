import { describeCatalogue } from "../../../tests/support/catalogue-checks";
import en from "./messages.en.json";
import sv from "./messages.sv.json";

describeCatalogue("the agreement's messages", { sv, en });
