import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";
import security from "eslint-plugin-security";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "src/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Server translations go through src/i18n/server.ts, which keeps parsed messages and formatters
    // per language; next-intl's own builds them again on every request (issue #16).
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/i18n/server.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next-intl/server",
              importNames: ["getTranslations", "getFormatter", "getLocale"],
              message: "Import getTranslations, getFormatter and getLocale from @/i18n/server.",
            },
          ],
        },
      ],
    },
  },
  // Every accessibility rule of jsx-a11y, not only the few that eslint-config-next turns on. The
  // plugin is already registered by eslint-config-next, so only its rules are added here.
  { files: ["**/*.{jsx,tsx}"], rules: jsxA11y.flatConfigs.strict.rules },
  {
    ...security.configs.recommended,
    rules: {
      ...security.configs.recommended.rules,
      // Flags every obj[key] — nearly all of them typed lookups in records keyed by unions. TypeScript
      // strict checks those keys; the rule's noise would hide real findings.
      "security/detect-object-injection": "off",
    },
  },
  {
    // Scripts, tests and the database layer work with paths from configuration and temporary
    // folders, never from a request; the rule is kept for the application code that handles requests.
    // Test files' patterns run on the tests' own strings only.
    files: ["scripts/**", "tests/**", "src/**/*.test.{ts,tsx}", "src/server/db/**", "*.config.{ts,mjs}"],
    rules: {
      "security/detect-non-literal-fs-filename": "off",
      "security/detect-non-literal-regexp": "off",
      "security/detect-unsafe-regex": "off",
    },
  },
];

export default config;
