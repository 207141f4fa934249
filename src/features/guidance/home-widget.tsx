/** What the guidance section shows on the start page (nothing until the section lands). */
export function HomeWidget() {
  return null;
}
