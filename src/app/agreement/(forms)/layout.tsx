// Pages here have forms: their client components get the whole message catalogue (see FormsLayout).
// The route group keeps the public page beside them (../public) out of it: it has no form.
export { FormsLayout as default } from "@/components/i18n/client-messages";
