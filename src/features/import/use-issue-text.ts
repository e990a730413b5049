"use client";

import { useTranslations } from "next-intl";
import type { Issue } from "./issue";

/** Renders an Issue in the user's language; a column is passed as its translated name. */
export function useIssueText(): (issue: Issue) => string {
  const t = useTranslations();
  return (issue) => {
    const values = { ...issue.values, ...(issue.column ? { column: t(`import.columns.${issue.column}`) } : {}) };
    return t(issue.key, values);
  };
}
