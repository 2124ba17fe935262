/* Types for the generator, for the tests that import it. */
export interface ManifestItem {
  name: string;
  description?: string;
  default?: string;
  fieldName?: string;
  type?: { text?: string };
}
export interface ElementInfo {
  name: string;
  tagName: string;
  summary?: string;
  description?: string;
  modulePath: string;
  attributes: ManifestItem[];
  properties: ManifestItem[];
  events: ManifestItem[];
  slots: ManifestItem[];
  cssParts: ManifestItem[];
  cssProperties: ManifestItem[];
}
export interface Inputs {
  manifest: unknown;
  readme: string;
  themeSource: string;
  pkg: { name: string; version: string; homepage?: string };
}
export function elementsOf(manifest: unknown): ElementInfo[];
export function choices(type: { text?: string } | undefined): string[] | undefined;
export function generate(inputs: Inputs): { committed: Record<string, string>; built: Record<string, string> };
export function readInputs(dir?: string): Inputs;
