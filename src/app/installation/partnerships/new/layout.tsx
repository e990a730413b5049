// Pages here have forms: their client components get the whole message catalogue (see FormsLayout).
export { FormsLayout as default } from "@/components/i18n/client-messages";
