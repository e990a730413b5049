import type { ReactNode } from "react";
import { FormsLayout } from "@/components/i18n/client-messages";

// Pages here have forms: their client components get the shared messages and these namespaces (see FormsLayout).
export default function Layout({ children }: { children: ReactNode }) {
  return <FormsLayout namespaces={["membership", "people"]}>{children}</FormsLayout>;
}
